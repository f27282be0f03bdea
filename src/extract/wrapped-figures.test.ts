import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextFixture, wrongCells } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report in narrow columns (the seed in
 * the file's name; beside it, the cells the generator printed): a figure wrapped over three lines, its first line
 * standing between the row above's line and its own. Joined to the row above's figure it made two wrong numbers.
 */
describe('a line of pieces between two rows', () => {
  it('joins `14` to neither `9` above nor `42` below when `8` stands under `42` (9 and 14428, or 914 and 428)', () => {
    const { text, cells } = pdftotextFixture('layout-seed-5005')
    const report = convertReport(text, { inputType: 'text' })
    expect(wrongCells(report, cells)).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.commercialEnterprise')).not.toBe(914)
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication.commercialEnterprise')).toBeNull()
  })
})
