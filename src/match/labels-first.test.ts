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
    // then `0 0 0 19 0 0 19` and `0 0 0 0 0 12 12`: every cut that keeps the totals sets them in these rows. (部分公开's
    // `1 … 1` and 需另行制作's 25 are left: a viewer may give a cell's lines bottom first, and with that a cut sets other
    // figures there.)
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw.total')).toBe(19)
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability.total')).toBe(12)
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs.total')).toBe(0)
    // 本年新收 (`17 94 98 31 41` / `97 99` / `63 9 2 07 0 90 341`) is 9763 17999 2 … or 9763 9 17992 …: both keep
    // its total, so it stays unread.
    expect(valueAt(report, 'applications.rows.newlyReceived.total')).toBeNull()
  })

  // A print made after the rule was written (seed 14921): `14` / `11` in reading order was 1114 printed top first
  // the other way round, beside a total printed blank, and a needless `13` took a blank row's place.
  it('reads no row whose total is printed blank: nothing weighs the cut there, and a viewer may give a cell’s lines bottom first', () => {
    const { report, wrong } = readPrinted('default-seed-14921-blank-total')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.otherHandling.socialWelfareOrganization')).toBeNull()
  })
})

