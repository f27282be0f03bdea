import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readCells, pdftotextFixture, readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report (seed 8; beside it,
 * the cells the generator printed). Its second page gives each row its first two cells beside its label; the
 * other five columns come after the next section's heading and its table's first word (`四．…行政诉讼情况`
 * `行政复议`), past the page's footer, as blocks: each cell alone (`0` `0` `０` `0` `25150` for 3、危及“三安全一稳定”)
 * or a band of three rows column by column (`16 ０ 0` … `35 ０ 0`); then table 四's header and its row.
 */
describe('a last page whose right-hand columns come after the next section’s heading', () => {
  it('puts the blocks back in their rows by the rows’ order, counts and totals, and leaves table 四 its own row', () => {
    const { report, wrong } = readPrinted('default-seed-8-tail-blocks')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability')).toMatchObject({ naturalPerson: 25150, otherOrganization: 0, total: 25150 })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights')).toMatchObject({ legalServiceAgency: 11, total: 11 })
    // 1．申请人无正当理由逾期不补正,行政机关不 0 holds its first figure on its label's line: read, its row shows the
    // report's second slip (0 0 0 0 8 0 0), and no cut breaks one total alone. The rows from either end up to the
    // last whose total a cut proves are read; the band of three rows column by column (1、信访举报投诉类申请 19 0 |
    // 16 … 35) between them is not.
    expect(valueAt(report, 'applications.rows.results.notProcessed.petitionOrComplaint.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.total')).toMatchObject({ researchInstitution: 197, otherOrganization: 30, total: 26111 })
    expect(valueAt(report, 'applications.rows.carriedForward')).toMatchObject({ researchInstitution: 10, total: 14 })
    // The report's own slip (7 6 0 0 0 27 33): the one cut that breaks one row's total alone, and that row not read.
    expect(valueAt(report, 'applications.rows.results.unableToProvide.stillUnclear.total')).toBeNull()
    const { right } = readCells(report, pdftotextFixture('default-seed-8-tail-blocks').cells)
    expect(right).toBeGreaterThanOrEqual(98)
    // Table 四's one printed row, without the blocks that stood at its region's start.
    expect(report.reviewLitigation?.administrativeReview).toMatchObject({ corrected: 7, total: 7 })
    expect(report.reviewLitigation?.litigationAfterReview).toMatchObject({ corrected: 2, other: 3, pending: 2, total: 7 })
  })

  it('takes them past more of table 四’s header where table 四’s own figures follow them (seed 9004)', () => {
    // The page's footer comes after `四、…行政诉讼情况` `行政复议` `结果 结果 其他 尚未 总计` `直接起诉` `维持 纠正 结果 审结`:
    // five words, more than a heading and one word. Table 四's fifteen figures stand after the blocks, under the rest
    // of its header: the blocks are not its own. Before, table 三 read 21 cells of 182.
    const { report, wrong } = readPrinted('default-seed-9004-header-tail')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs')).toMatchObject({ naturalPerson: 4258, legalServiceAgency: 577, total: 4835 })
    expect(valueAt(report, 'applications.rows.results.total')).toMatchObject({ naturalPerson: 5652, total: 7509 })
    const { right } = readCells(report, pdftotextFixture('default-seed-9004-header-tail').cells)
    expect(right).toBeGreaterThanOrEqual(160)
  })
})
