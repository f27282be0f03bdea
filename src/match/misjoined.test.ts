import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (the seed in the file's name;
 * beside it, the cells the generator printed): a wrapped figure's second piece set a few columns off, under the
 * figure beside its own, and joined to that one.
 */
describe('a piece joined to a figure it does not complete', () => {
  it('reads no row from `２８` joined to `24,122` (no number) while `５４１` beside it is 54,128; the text’s own lines read it', () => {
    const { report, wrong } = readPrinted('layout-seed-5121')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.total'
    // The joined token reads no row (before the run reading, this row was null, `unreadable_row`); read again from the
    // text's own lines (stack-runs.ts), where `２８` is a piece of its own, the row is exactly as printed.
    expect(valueAt(report, `${path}.legalServiceAgency`)).toBe(54128)
    expect(valueAt(report, `${path}.otherOrganization`)).toBe(24122)
    expect(report.warnings.filter((w) => w.path === path).map((w) => w.code)).toEqual(['wrapped_cells'])
  })
})
