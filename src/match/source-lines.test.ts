import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report in narrow columns (the seed in
 * the file's name; beside it, the cells the generator printed): a row two lines high whose second line of pieces
 * was merged into its first. A piece printed below the label's line is only ever the rest of a figure, merged or
 * not: read as a cell of its own, it gave a joining the row's total happens to keep.
 */
describe('pieces merged into a row’s line keep the line they were printed on', () => {
  it('reads no cell from `件 7 4` under `（二）部分公开 17 0 85 0 0 0 87` (17件 0 857 0 0 0 874; 17 7 0 850 0 0 874 adds up too)', () => {
    const { report, wrong } = readPrinted('layout-seed-5052')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.partiallyDisclosed'
    expect(valueAt(report, `${path}.researchInstitution`)).toBeNull()
    expect(report.warnings.filter((w) => w.path === path).map((w) => w.code)).toEqual(['unreadable_row'])
  })
})

/**
 * pdftotext -layout of a Chromium print (seed 18): 总计's total `84，` over `362`, joined. A figure cut at its
 * separator stands with its rest only: the piece between the rows could be no cell of 结转下一年度继续办理 below, which
 * is read as printed on its label's line (its blank 商业企业 counts 4 that the row's total keeps: the check says so).
 */
describe('a figure joined from pieces that could not stand alone', () => {
  it('doubts no row under it: `四、结转下一年继续办理 0件 - 4 0件 0 7 15` under `84，` / `362`', () => {
    const { report, wrong } = readPrinted('layout-seed-18-sealed')
    expect(wrong).toEqual([])
    const path = 'applications.rows.carriedForward'
    expect(valueAt(report, path)).toEqual({ naturalPerson: 0, commercialEnterprise: null, researchInstitution: 4, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 7, total: 15 })
    expect(valueAt(report, 'applications.rows.results.total.total')).toBe(84362)
    expect(report.warnings.filter((w) => w.path === path && w.code === 'ambiguous_cells')).toEqual([])
  })
})
