import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

const ROW = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceAgency', 'otherOrganization', 'total'] as const
const row = (values: readonly number[]) => Object.fromEntries(ROW.map((k, j) => [k, values[j]]))

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDFs of generated reports: rows left unread for
 * a label out of its place, read where the figures between the read rows are exactly the run's cells and each
 * row's total holds with its own.
 */
describe('rows unread for their order, counted', () => {
  it('are read: `（2）重复申请` / `947 0 0 0 0 0 947` / six `0` / `五、不予处理 3.要求提供公开出版物 0` (seed 4)', () => {
    const { report, wrong } = readPrinted('default-seed-4-counted')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated')).toEqual(row([947, 0, 0, 0, 0, 0, 947]))
    // Its label stands among its figures, its last `0` on the label's line: its first cell (label-line-first.ts).
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication')).toEqual(row([0, 0, 0, 0, 0, 0, 0]))
  })

  it('weigh the wraps without a row whose total breaks with every guess: `１１５ … 11516` / `定”` / `１６` / seven `0` / `4．保护第三方合法权` (seed 4)', () => {
    // Two figures wrapped between digits (11516, 7436) in four rows; 6．属于四类过程性信's `0 26 0 3 0 0 26` is the
    // report's slip and breaks with either placing. Only 3．'s row holding `１１５` + `１６` keeps the other totals.
    const { report, wrong } = readPrinted('default-seed-4-counted')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights')).toEqual(row([0, 0, 0, 0, 0, 0, 0]))
    // The wrapped row itself is not read (its one-line cells around the wrap in no kept order), nor the slipped one.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability.naturalPerson')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notDisclosed.processInformation.total')).toBeNull()
  })

  it('read the rows beside a figure cut at its separator, not its row: `… 11373` / `12，` / `… 0 12,864` / `件 864` (seed 22)', () => {
    const { report, wrong } = readPrinted('default-seed-22-cut')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability')).toEqual(row([0, 0, 354, 0, 11019, 0, 11373]))
  })

  it('read each row on its own total: rows 3 and 4 beside row 5, whose total the report slipped (seed 12001)', () => {
    const { report, wrong } = readPrinted('default-seed-12001-slip')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability')).toEqual(row([0, 0, 0, 0, 0, 0, 0]))
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights')).toEqual(row([0, 0, 0, 0, 0, 0, 0]))
    // `0 0 25539 26 0 2 25565`: 25567 printed as 25565 — its slip, or its figures out of order: not read.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs.researchInstitution')).toBeNull()
  })

  it('try a figure wrapped between digits in each row: `(六)其他处理` / seven `0` / `９４０ 0 200 36,796` / `七、总计` / `2025 0 25，164 ７件` (seed 3)', () => {
    // Only 七、总计 adds up holding two pieces (9407: 2*36796 is the sum): the seven before it are （六）'s.
    const { report, wrong } = readPrinted('default-seed-3-wrapped')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.otherHandling')).toEqual(row([0, 0, 0, 0, 0, 0, 0]))
    expect(valueAt(report, 'applications.rows.carriedOver')).toEqual(row([0, 0, 0, 0, 0, 0, 0]))
  })

  it("count a page's part alone: its rows' right-hand columns stand past its edge as blocks, out of the rows' order (seed 14457)", () => {
    // `1．属于国家秘密 0 1406` … each row two figures beside its label, the other five after the page's footer.
    const { wrong } = readPrinted('default-seed-14457-edge')
    expect(wrong).toEqual([])
  })
})
