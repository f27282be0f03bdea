import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (the seed in the file's name;
 * beside it, the cells the generator printed): two figures cut at their separators, their rests on the line below
 * a few columns off. The text joined one rest to the wrong first part; the row's total cannot say so.
 */
describe('two figures cut at their separators', () => {
  it('reads neither `1，` nor `26，` over `284  433件` (1,284 and 26,433, or 1,433 and 26,284: the same sum)', () => {
    const { report, wrong } = readPrinted('layout-seed-5278')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.notDisclosed.prohibitedByLaw'
    expect(valueAt(report, `${path}.socialWelfareOrganization`)).toBeNull()
    expect(valueAt(report, `${path}.otherOrganization`)).toBeNull()
  })
})
