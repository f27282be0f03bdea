import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (the seed in the file's name;
 * beside it, the cells the generator printed): a wrapped figure's second piece set a few columns off, under the
 * figure beside its own, and joined to that one.
 */
describe('a piece joined to a figure it does not complete', () => {
  it('reads no row where `２８` joined `24,122` (no number) while `５４１` beside it is 54,128', () => {
    const { report, wrong } = readPrinted('layout-seed-5121')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.total'
    expect(valueAt(report, `${path}.legalServiceAgency`)).toBeNull()
    expect(report.warnings.filter((w) => w.path === path).map((w) => w.code)).toEqual(['unreadable_row'])
  })
})
