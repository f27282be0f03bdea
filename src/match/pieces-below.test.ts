import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as `pdftotext -layout` printed it from Chromium's PDF of generated reports (the seed in each file's
 * name; beside it, the cells the generator printed): a row with pieces below or above its label's line whose
 * neighbour is left unread.
 */
describe('pieces above and below a row whose neighbours are unread (-layout)', () => {
  it('reads `3.要求提供公开出版物 … ２７４ … 27，` over `８６ 491`: no reading that leaves a piece below to the next row keeps its total', () => {
    const { report, wrong } = readPrinted('layout-seed-20')
    expect(wrong).toEqual([])
    // Left unread before: the next row's label wraps over two lines with a figure beside its first.
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication')).toEqual({
      naturalPerson: 0,
      commercialEnterprise: 0,
      researchInstitution: 27486,
      socialWelfareOrganization: null,
      legalServiceAgency: 5,
      otherOrganization: 0,
      total: 27491,
    })
  })

  it('reads `5．属于三类内部事务信息 10 0 0 18 0 0 28` over `18,` `18,`: the pieces below are the next row’s first parts (18,852 and 18,895), as only leaving them to it keeps the total', () => {
    const { report, wrong } = readPrinted('layout-seed-2023-below')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs')).toEqual({
      naturalPerson: 10,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 18,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 28,
    })
  })

  it('reads `二、上年结转 0 3 6 7 0 ０ 16` under `４１ 825`: the pieces above are the row above’s rests, as only leaving them to it keeps the total', () => {
    const { report, wrong } = readPrinted('layout-seed-217-above')
    expect(wrong).toEqual([])
    // 一 above, whose rests they are (12641, 19825), stays unread.
    expect(valueAt(report, 'applications.rows.newlyReceived.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.carriedOver')).toEqual({
      naturalPerson: 0,
      commercialEnterprise: 3,
      researchInstitution: 6,
      socialWelfareOrganization: 7,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 16,
    })
  })

  it('reads no row with three pieces stacked on touching lines (`19` / `35` / `8` for 19358: read 358 and 373 without the guard)', () => {
    const { report, wrong } = readPrinted('layout-seed-1066-stacked')
    expect(wrong).toEqual([])
    // Not read from its own lines (this guard); the run of wrapped rows (stack-runs.ts) reads the printed 19373.
    expect([null, 19373]).toContain(valueAt(report, 'applications.rows.results.partiallyDisclosed.total'))
  })

  // Found on a check-only print (seed 5024): `25` over 471, a figure the text joined from `47` over `1`.
  it('reads no row with a piece above by a figure the text joined from two lines (25471 read 471 without the guard)', () => {
    const { report, wrong } = readPrinted('layout-seed-5024-apart')
    expect(wrong).toEqual([])
    // Not read from its own lines (this guard): the run of wrapped rows (stack-runs.ts) reads the printed 25,495.
    expect(valueAt(report, 'applications.rows.results.notProcessed.petitionOrComplaint.total')).toBe(25495)
    expect(report.warnings.filter((w) => w.path === 'applications.rows.results.notProcessed.petitionOrComplaint').map((w) => w.code)).toContain('wrapped_cells')
  })

  // Found on a check-only print (seed 4102): without the guard the row read 4715 where 1547 was printed.
  it('reads no row by a joining of two pieces side by side (`47 15` for 1547: a line’s order is not the cell’s); nor the stacks, which see it both ways', () => {
    // The joinings here take a line's pieces in its order. The stack search (column-stacks.ts) lists both orders of
    // a line's two pieces of one column: 15 then 47 keeps the row's total with 总计's `15` over `47` read top first —
    // and 47 then 15 keeps it as well with those two lines inverted, as pdftotext sets them too (stack-swaps.ts).
    const { report, wrong } = readPrinted('layout-seed-4102')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs.researchInstitution')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs.total')).toBeNull()
  })

  // Found on fresh prints (seeds 8078, 8215), each a wrong pair of cells without its guard.
  it('reads no row with a piece below by a figure the text joined from two lines (`69` … `69` over `0 件 0`: 690 and 690 read 69 and 69)', () => {
    const { report, wrong } = readPrinted('layout-seed-8078')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.disclosed.total')).toBeNull()
  })

  it('reads no row under a piece above that stands under another (`１` / `18 ８` / `44 … ４７`: 1844 and 1847 read 44 and 47)', () => {
    const { report, wrong } = readPrinted('layout-seed-8215')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.stateSecret.total')).toBeNull()
  })

  // LibreOffice's PDF of the generated .docx: a one-line row is centred in its cell, between its wrapped label's lines.
  it('reads `5、属于三类内部事` / `26 17 0 0 0 0 43 件` / `务信息` over `1` (LibreOffice): figures between the label’s lines are inside the row, only the `1` under them may be the next row’s', () => {
    const { report, wrong } = readPrinted('layout-office-seed-9-inside-label')
    expect(wrong).toEqual([])
    // Left unread before: all eight pieces counted as below the label, past the four subsets weighed.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs')).toEqual({
      naturalPerson: 26,
      commercialEnterprise: 17,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 43,
    })
  })
})
