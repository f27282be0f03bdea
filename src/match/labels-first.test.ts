import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of a narrow Chromium print in pdftotext's reading order: the labels of its rows first, then every figure,
 * wrapped over lines a cell (seed 2, `-layout` beside it in layout-seed-2.txt). The lines are cut into the rows in
 * the model's order, each row's lines into its cells (a line's pieces left to right, a cell's top to bottom), and
 * a row is read where every cut of the whole run whose rows keep their totals gives it the same figures.
 */
describe('a table whose labels all come before its figures', () => {
  it('reads the rows every fitting cut of the lines gives the same figures (seed 2)', () => {
    const { report, wrong } = readPrinted('default-seed-2-labels-first')
    expect(wrong).toEqual([])
    // `1 0 0 0 0 0 1`, then `0 ０ 94` / `0 0 0 94` / `00 件 件 00` (a row no join models: its cells read nothing),
    // then `0 0 0 19 0 0 19` and `0 0 0 0 0 12 12`: every cut that keeps the totals sets them in these rows.
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed')).toEqual({
      naturalPerson: 1,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 1,
    })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw.total')).toBe(19)
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability.total')).toBe(12)
    expect(valueAt(report, 'applications.rows.results.unableToProvide.needsCreation.total')).toBe(25)
    // 本年新收 (`17 94 98 31 41` / `97 99` / `63 9 2 07 0 90 341`) is 9763 17999 2 … or 9763 9 17992 …: both keep
    // its total, so it stays unread.
    expect(valueAt(report, 'applications.rows.newlyReceived.total')).toBeNull()
  })

})
