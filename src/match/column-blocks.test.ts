import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readCells, pdftotextFixture, readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of generated reports (seeds 5 and 1010;
 * beside them, the cells the generator printed). The second page gives each row only its first cells (five, or
 * two) beside its label, and the other columns after the page's furniture (`file:///…`), as blocks: a band of
 * rows column by column (`0 0 ０` then `0 3 56` for three rows' 其他 and 总计), or a band's columns as one block
 * row by row (`0 21` `12 21,991` `0 10`).
 */
describe('a page whose right-hand columns come after its text', () => {
  it('reads each row with its columns put back by the rows’ order and counts, where one cut of the blocks keeps every total (seed 5)', () => {
    const { report, wrong } = readPrinted('default-seed-5-blocks')
    expect(wrong).toEqual([])
    // 7.属于行政执法案卷 3 0 0件 0 0 | block 0 0 ０ / 0 3 56: the band's column 其他, then 总计.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles')).toMatchObject({ naturalPerson: 3, otherOrganization: 0, total: 3 })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.administrativeQuery')).toMatchObject({ naturalPerson: 28, legalServiceAgency: 28, total: 56 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated')).toMatchObject({ socialWelfareOrganization: 18, total: 18 })
    const { right } = readCells(report, pdftotextFixture('default-seed-5-blocks').cells)
    expect(right).toBeGreaterThanOrEqual(130)
  })

  it('reads a page of rows printed with one cell each beside their labels (seed 1010)', () => {
    const { report, wrong } = readPrinted('default-seed-1010-blocks')
    expect(wrong).toEqual([])
    const { right } = readCells(report, pdftotextFixture('default-seed-1010-blocks').cells)
    expect(right).toBeGreaterThanOrEqual(150)
  })

  it('reads rows whose own figures say nothing of their totals, and cuts that differ only in `0` for `0件` (seed 1000)', () => {
    // One cell beside each label (`1、属于国家秘密 ０`), six after the footer; `12，` `930` (12,930, cut beside
    // 2.重复申请) checks no total, and two cuts of the first blocks give the same zeros.
    const { report, wrong } = readPrinted('default-seed-1000-blocks')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw')).toMatchObject({ naturalPerson: 1802, total: 1802 })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles')).toMatchObject({ commercialEnterprise: 30, socialWelfareOrganization: 28, total: 58 })
    const { right } = readCells(report, pdftotextFixture('default-seed-1000-blocks').cells)
    expect(right).toBeGreaterThanOrEqual(90)
  })
  it('puts back the rows every cut agrees on, where two cuts differ in another row (seed 2019)', () => {
    // One cell beside each label of the second page (`3．危及“三安全一稳 0`), six after the footer and table 四's
    // heading. Two cuts keep every total and differ in one row: （7）属于行政执法案卷 gets `0 0 10 0 0 10` or
    // `0 0 0 0 10 10` (the printed one), its total holding either way. That row is not read; the rows both cuts
    // agree on are (before, the one row in doubt left the whole page unread).
    const { report, wrong } = readPrinted('default-seed-2019-blocks')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability')).toMatchObject({ commercialEnterprise: 17, otherOrganization: 23, total: 40 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest')).toMatchObject({ naturalPerson: 12033, researchInstitution: 1130, socialWelfareOrganization: 2, total: 13165 })
    expect(valueAt(report, 'applications.rows.results.otherHandling.other')).toMatchObject({ naturalPerson: 28, socialWelfareOrganization: 3, total: 31 })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles.otherOrganization')).toBeNull()
    const { right } = readCells(report, pdftotextFixture('default-seed-2019-blocks').cells)
    expect(right).toBeGreaterThanOrEqual(125)
  })
  it('puts back no block where rows higher on the page hold the same first cells: the text does not say whose it is (seed 9379)', () => {
    // The second page's rows hold two cells each beside their labels (`1、属于国家秘密 0 ０` … `（1）信访举报投诉 0 0`), the
    // middle rows' other columns come as one column block, and after the footer four rows' five (`0 28件 0 238件 266`,
    // `15 0 19 0 ２７９`): those of the page's first four rows. The last four rows hold two each too and the count fits
    // them; put back there, 1.申请人无正当理由逾期不补正 read 0 28 0 238 266 for a row of zeros.
    const { report, wrong } = readPrinted('default-seed-9379-page-band')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.otherHandling.overdueCorrection.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated.total')).toBeNull()
  })
  it('reads a page whose blocks hold one figure more than its cells, a wrapped figure’s two pieces (seed 3027)', () => {
    // One cell beside each label of the second page, six after the footer; 七、总计's `19954 ９３６` over `９９` (93,699
    // wrapped in its cell) is one figure more than the rows' cells. Read as one cell, the count fits and one cut keeps
    // every total: the other rows are read, 总计 itself is not (its total cannot say which of its cells `９３６` begins).
    const { report, wrong } = readPrinted('default-seed-3027-wraps')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.administrativeQuery')).toMatchObject({ naturalPerson: 27461, researchInstitution: 21, legalServiceAgency: 11, total: 27493 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated')).toMatchObject({ socialWelfareOrganization: 25, legalServiceAgency: 15, total: 40 })
    expect(valueAt(report, 'applications.rows.carriedForward.total')).toBe(19)
    expect(valueAt(report, 'applications.rows.results.total.total')).toBeNull()
    const { right } = readCells(report, pdftotextFixture('default-seed-3027-wraps').cells)
    expect(right).toBeGreaterThanOrEqual(150)
  })
  it('reads a row’s cells on through a block read row by row that ends inside a row (seed 9227)', () => {
    // The second page gives each row five cells beside its label, and the last two after the footer: one row a line
    // in a block that ends on half a row (`０ 575` / `0 24827` / `0 1372` / `0 9017` / `0`), its total `641` in the
    // next block. Before, a band had to be whole blocks, and no cut fitted: the page stayed unread.
    const { report, wrong } = readPrinted('default-seed-9227-row-stream')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.needsCreation')).toMatchObject({ naturalPerson: 641, otherOrganization: 0, total: 641 })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles')).toMatchObject({ researchInstitution: 23156, total: 24827 })
    const { right } = readCells(report, pdftotextFixture('default-seed-9227-row-stream').cells)
    expect(right).toBeGreaterThanOrEqual(130)
  })
  it('reads the rows above where no cut of the blocks goes on, where every cut places them alike (seed 12213)', () => {
    // Three cells beside each label of the second page, four after the footer. The last two rows' blocks mix their
    // cells (`18` `0` `0` `0` then `0 27128件 0 115` for 18 0 0 27128 and 0 0 0 115): no cut reaches the blocks' end,
    // and before, no row of the page was read. Every cut places the rows above them alike: those are read.
    const { report, wrong } = readPrinted('default-seed-12213-stops')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights')).toMatchObject({ naturalPerson: 16, researchInstitution: 8, total: 24 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.petitionOrComplaint')).toMatchObject({ naturalPerson: 1658, legalServiceAgency: 26, total: 1684 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.total')).toBeNull()
    const { right } = readCells(report, pdftotextFixture('default-seed-12213-stops').cells)
    expect(right).toBeGreaterThanOrEqual(145)
  })
  it('reads the rows below where no cut of the blocks read back from their end goes on, where every such cut places them alike (seed 11)', () => {
    // Four cells beside each label of the second page, three after the footer. The page's first rows mix their cells
    // across bands (`0` `0` `9` `13` … `0 0 0` `0 0 0` `10 25,588 0 3 35件`): no cut from the top goes past the second
    // row. Read back from the blocks' end, the cuts place the rows from 2．没有现成信息需要另行制作 down alike, each
    // keeping its total: those are read; the rows above them, and the rows whose totals are not figures the cuts make, are not.
    const { report, wrong } = readPrinted('default-seed-11-ends')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.stillUnclear')).toMatchObject({ naturalPerson: 1871, researchInstitution: 26, total: 1897 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.petitionOrComplaint')).toMatchObject({ naturalPerson: 15, commercialEnterprise: 127, researchInstitution: 18384, total: 18526 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest')).toMatchObject({ socialWelfareOrganization: 386, total: 386 })
    const { right } = readCells(report, pdftotextFixture('default-seed-11-ends').cells)
    expect(right).toBeGreaterThanOrEqual(95)
  })
  it('reads no row by a cut that stops where no row it places has a total other than 0 that its figures make (seed 12110)', () => {
    // The report leaves 总计 blank in every row (`——`, `--`, `-` among the blocks), and no cut reaches the blocks' end.
    // Read back from the end, every cut set a `0` where 4.无正当理由大量反复申请's and 5.要求行政机关确认's blank totals
    // stand: zeros and blanks keep any total, so such cuts are not the text's for certain, and nothing is read by them.
    const { wrong } = readPrinted('default-seed-12110-blank-totals')
    expect(wrong).toEqual([])
  })
  it('reads the rows a stopped cut places alike with every pairing of a wrapped figure’s pieces too (seed 12054)', () => {
    // Five cells beside each label of the second page, two after the footer, one figure more than the rows' cells. No
    // cut reads the blocks whole with any pair joined; read back from their end, every pairing places the last rows
    // alike, each keeping a total other than 0.
    const { report, wrong } = readPrinted('default-seed-12054-pair-ends')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated')).toMatchObject({ socialWelfareOrganization: 25, otherOrganization: 17, total: 42 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest')).toMatchObject({ commercialEnterprise: 1178, total: 1178 })
  })
  it('reads the rows a stopped cut places alike up to its last row with a total other than 0, those it cannot check too (seed 12175)', () => {
    // Rows whose own first cells beside the label are not the page's count (a figure cut near them) check no total in
    // a cut; placed alike by every cut, above a row whose total 41 its cells make (0 22 19 0 0 0), they are read.
    const { report, wrong } = readPrinted('default-seed-12175-anchor')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability')).toMatchObject({ commercialEnterprise: 22, researchInstitution: 19, total: 41 })
    expect(valueAt(report, 'applications.rows.carriedForward')).toMatchObject({ otherOrganization: 11, total: 11 })
  })
  it('reads a page whose blocks hold two wrapped figures, every pairing of two pairs tried (seed 12108)', () => {
    // Two cells beside each label of the second page, five after the footer, two figures more than the rows' cells:
    // `２５９ 0` over `２１` (2,591) and `０ ４６６` over `９５` (46,695) each end a line and begin the next. Read back from
    // the blocks' end, every pairing of two pairs places the page's last rows alike, each keeping a total other than 0.
    const { report, wrong } = readPrinted('default-seed-12108-two-wraps')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest')).toMatchObject({ naturalPerson: 29, commercialEnterprise: 0, total: 29 })
    expect(valueAt(report, 'applications.rows.results.otherHandling.overdueCorrection')).toMatchObject({ naturalPerson: 8, total: 8 })
    expect(valueAt(report, 'applications.rows.results.otherHandling.overdueFee')).toMatchObject({ naturalPerson: 26, researchInstitution: 28, total: 54 })
  })
  it('joins a zero-led piece to the figure ending the line above: it is no cell alone (seed 12235)', () => {
    // One cell beside each label of the second page, six after the footer, two figures more than the rows' cells:
    // `28 15219 １５２` over `６９` (15,269) and `0 １９５` over `０１` (19,501). `０１` stands in no cell alone (no figure
    // begins with a zero), so every reading joins it; read back from the blocks' end, every such reading places the
    // page's last rows alike.
    const { report, wrong } = readPrinted('default-seed-12235-led-rest')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated')).toMatchObject({ naturalPerson: 17, total: 17 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest')).toMatchObject({ naturalPerson: 0, otherOrganization: 0, total: 0 })
  })
  it('leaves a page unread whose blocks no cut keeps the totals of, with the report’s slips in two rows (seed 14)', () => {
    // Two cells beside each label of the second page (one on its last three), five after the footer, `1，` `239`
    // (1,239) among them. The report's totals break in two rows (一、本年新收 31,538 19 1254 29 904 44 for 33,779;
    // 3.补正后申请内容仍不明确 0 … 19 for 28) and the last rows' totals column is set among the next rows' blocks
    // (`0` / `0 ２４９` / `１` / `0 0`): no cut keeps every total but one, and the page is not read. The cuts by the
    // blocks' shapes alone break eleven totals: they follow the text only in part, and read so they put a figure of
    // another row in a row elsewhere (15012: `5` `5` for a row of zeros), so they are no reading (docs/engine.md, Open).
    const { report, wrong } = readPrinted('default-seed-14-shapes')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.unableToProvide.stillUnclear.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.carriedForward')).toMatchObject({ legalServiceAgency: 6, total: 6 })
  })
})
