import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextFixture, readPrinted, wrongCells } from '../../test/support/printed-table.ts'

/**
 * Table 二 as pdftotext printed it from Chromium's PDF of generated reports (test/support/tools, the seed in each
 * file's name; `npm run score:tools`): figures wrapped in their cells, read back by joining their pieces where
 * the row's arithmetic allows one joining only — and left null where a piece of the figure is out of reach.
 */
const texts = import.meta.glob<string>('../../test/fixtures/pdftotext/*.txt', { query: '?raw', import: 'default', eager: true })
const text = (name: string) => texts[`../../test/fixtures/pdftotext/${name}.txt`] ?? ''

function read(name: string) {
  const report = convertReport(text(name), { inputType: 'text' })
  const row = (path: string) => valueAt(report, `applications.rows.${path}`)
  const codes = (path: string) => report.warnings.filter((w) => w.path === `applications.rows.${path}`).map((w) => w.code)
  return { report, row, codes }
}

describe('rows whose figures wrapped in their cells', () => {
  it('joins `１３４ ２１件` (one cell cut in two on its line) as the one joining the row total keeps (-layout)', () => {
    const { report, row, codes } = read('layout-seed-6')
    expect(text('layout-seed-6')).toContain('一、本年新收政府信息公开申请数量 １３４ ２１件 10168 28 15044 16,057 72 54790')
    expect(row('newlyReceived')).toEqual({ naturalPerson: 13421, commercialEnterprise: 10168, researchInstitution: 28, socialWelfareOrganization: 15044, legalServiceAgency: 16057, otherOrganization: 72, total: 54790 })
    expect(codes('newlyReceived')).toEqual(['wrapped_cells'])
    // The joined cell names the piece its figure starts with.
    expect(report.provenance?.['applications.rows.newlyReceived.naturalPerson']?.text).toBe('１３４')
    // The row under it, left unread beside it by the alignment, is read once its neighbour's figures are settled.
    expect(row('carriedOver')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 1, socialWelfareOrganization: 0, legalServiceAgency: 12, otherOrganization: 0, total: 13 })
  })

  it('joins a figure wrapped over a line break where the text has no columns (-raw: `２０３` then `３ ０ …`)', () => {
    const { row, codes } = read('raw-seed-3')
    expect(row('newlyReceived')).toEqual({ naturalPerson: 2033, commercialEnterprise: 0, researchInstitution: 25174, socialWelfareOrganization: 9407, legalServiceAgency: 3, otherOrganization: 200, total: 36817 })
    expect(codes('newlyReceived')).toEqual(['wrapped_cells'])
  })

  it('reads no row whose cells lost a piece to the row above (`1,` over `89`/`4`: 894 and 896 add up as 1,894 and 1,896 do)', () => {
    const { row } = read('layout-seed-15')
    const cells = Object.values(row('results.notDisclosed.threeSecuritiesOneStability') as Record<string, unknown>)
    // Never 894 and 896 (this guard); the run of wrapped rows (stack-runs.ts) reads the printed 1,894 and 1,896.
    expect(cells.every((v) => v === null) || cells.join() === [1894, null, 2, 0, 0, 0, 1896].join()).toBe(true)
  })

  it('reads no row where a piece may end either of two cells (`４６６ 0` and `２` below: 4660 + 2 is 466|2 + 0)', () => {
    const { row } = read('layout-seed-215')
    const cells = row('results.notDisclosed.prohibitedByLaw') as Record<string, unknown>
    expect(cells.commercialEnterprise).not.toBe(4660)
    expect([null, 4662]).toContain(cells.commercialEnterprise)
  })

  it('reads no row whose figures’ first parts stand before its label in reading order (`14 14` … `33` `33`)', () => {
    const { row } = read('default-seed-1013')
    const cells = row('results.notDisclosed.stateSecret') as Record<string, unknown>
    expect(cells.otherOrganization).toBeNull()
    expect(cells.total).toBeNull()
  })

  it('reads no row beside a wrap’s pieces over its figures (`18,` `18` over `85`/`2` and `89`/`5`: 852 and 895 add up as 18,852 and 18,895 do)', () => {
    const { row, codes } = read('layout-seed-2023')
    const cells = row('results.notDisclosed.processInformation') as Record<string, unknown>
    // Never 852 and 895 (this guard); the run of wrapped rows (stack-runs.ts) reads the printed 18,852 and 18,895.
    expect([null, 18852]).toContain(cells.naturalPerson)
    expect([null, 18895]).toContain(cells.total)
    // `18,` `18` are the first lines of three-line figures (extract/wrapped-figures.ts): left apart, they are figures
    // the alignment cannot place.
    expect(codes('results.notDisclosed.processInformation')).toContain(cells.total === null ? 'unreadable_row' : 'wrapped_cells')
  })

  it('leaves a row the alignment read null where a wrap’s piece no read row holds stands by its figures (`17` `10 －` `18` over `24 23 — 17 － 26 —`, `3` `4` under it)', () => {
    const { report, row, codes } = read('layout-seed-3044')
    const cells = row('results.total') as Record<string, unknown>
    // Read as printed, 243, 174 and 26 — the report has 17,243, 10,174 and 1,826.
    expect(cells.naturalPerson).toBeNull()
    expect(cells.socialWelfareOrganization).toBeNull()
    expect(codes('results.total')).toContain('ambiguous_cells')
    expect(wrongCells(report, pdftotextFixture('layout-seed-3044').cells)).toEqual([])
  })

  it('counts a wrap’s figures kept as words (`１ 件 件 件` under `13 １ 0 0 3 0 27`) as pieces beside the row', () => {
    const { row } = read('layout-seed-2005')
    const cells = row('results.notDisclosed.thirdPartyRights') as Record<string, unknown>
    expect(cells.commercialEnterprise).not.toBe(1)
    expect([null, 11]).toContain(cells.commercialEnterprise)
  })

  it('reads a row on its label line beside an unread row’s figures printed on that row’s label line (`7436 0 … ７４３` under `4．保护第三方合法权益 0 0 0 0 0 0 0`)', () => {
    const { report, wrong } = readPrinted('layout-seed-4')
    expect(text('layout-seed-4')).toContain('5.属于三类内部事务信 7436 0')
    // Rows do not share a printed line: the figures on 5.'s label line are 5.'s, never pieces of 4.'s zeros.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 0 })
    expect(wrong).toEqual([])
  })

  it('keeps every figure around a row as a possible piece where one of its own came from a line of pieces (`37` over `9`: 379, printed upside down)', () => {
    const { report, wrong } = readPrinted('layout-seed-4159')
    expect(text('layout-seed-4159')).toContain('3.补正后申请内容仍不明确   9 ０ 0 0 0 0 件9')
    // `37` under 2.'s 18 is 3.'s first part: joined to 18 it would read 1837, and the total 1837 with it.
    expect(valueAt(report, 'applications.rows.results.unableToProvide.needsCreation.naturalPerson')).not.toBe(1837)
    expect(wrong).toEqual([])
  })

  it('reads a row under a figure cut at its separator on the row above’s label line (`18， 416` over `0件 0 0 6 0 2 8`)', () => {
    const { report, wrong } = readPrinted('layout-seed-11')
    expect(text('layout-seed-11')).toContain('一、本年新收政府信息公开申请数量 29097 147 18， 416')
    // `18，` was printed on 一's label line: its rest is 一's too, never one of 二's figures.
    expect(valueAt(report, 'applications.rows.carriedOver')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 6, legalServiceAgency: 0, otherOrganization: 2, total: 8 })
    expect(wrong).toEqual([])
  })

  it('keeps a row the alignment read under a figure cut at its separator on the row above’s label line (`16，      098` over `1 0 0 12 0 0 13`)', () => {
    const { report, wrong } = readPrinted('layout-seed-1099')
    expect(text('layout-seed-1099')).toContain('一、本年新收政府信息公开申请数量 44580 104 56196 6717 16，      098')
    expect(valueAt(report, 'applications.rows.carriedOver')).toEqual({ naturalPerson: 1, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 12, legalServiceAgency: 0, otherOrganization: 0, total: 13 })
    expect(wrong).toEqual([])
  })

  it('joins a wrapped figure’s rest that starts with a zero (`１７９` over `０７`: 17907, no cell’s figure alone)', () => {
    const { report, wrong } = readPrinted('layout-seed-9')
    expect(text('layout-seed-9')).toContain('（2）其他法律行政法 17907 0         0        0   0   0   １７９')
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw')).toEqual({ naturalPerson: 17907, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 17907 })
    expect(wrong).toEqual([])
  })

  it('reads the cells a wrapped cell pushed onto the line under the label’s (`2025 0 25，164 ７件` over `９４０ 0 200 36,796`)', () => {
    const { report, wrong } = readPrinted('layout-seed-3')
    expect(text('layout-seed-3')).toContain('七、总计          2025 0 25，164 ７件')
    // The one-line cells right of ７件/９４０ stand midway between its lines, and the viewer gave them the lower one.
    expect(valueAt(report, 'applications.rows.results.total')).toEqual({ naturalPerson: 2025, commercialEnterprise: 0, researchInstitution: 25164, socialWelfareOrganization: 9407, legalServiceAgency: 0, otherOrganization: 200, total: 36796 })
    // The row under it is read too, once the pieces beside it are the total row's.
    expect(valueAt(report, 'applications.rows.carriedForward')).toEqual({ naturalPerson: 8, commercialEnterprise: 0, researchInstitution: 10, socialWelfareOrganization: 0, legalServiceAgency: 3, otherOrganization: 0, total: 21 })
    expect(wrong).toEqual([])
  })

  // Found on a fresh print (seed 8136): `１２６ １２６` over `0 … 0 ９ ９`; the columns drift, so `１２６` over `９`
  // overlaps the next cell's `９` and was no reading, leaving 1260 | 9 | 1269 the only one (0 | 1269 | 1269 printed).
  it('reads no row where a reading whose cells the columns do not order fits too (`１２６` over `９`: 1269, or 1260 beside 9)', () => {
    const { report, wrong } = readPrinted('layout-seed-8136')
    expect(wrong).toEqual([])
    // Not from the row's own joinings; its columns name every cell, and its pieces join into just those
    // (column-joins.ts), so it is read so, and said so.
    const warning = report.warnings.find((w) => w.path === 'applications.rows.results.notDisclosed.internalAffairs')
    expect(warning?.message).toContain("columns' totals hold them")
  })

  // Found on a fresh print (seed 8312): the label's first line ends `只 27，`, its second `881 0 0 0 0 0 27881`.
  it('reads 27,881 where a figure cut at its separator ends the label’s first line (`只 27，` over `881 … 27881`; 881 before)', () => {
    const { report, wrong } = readPrinted('layout-seed-8312')
    expect(wrong).toEqual([])
    // Cut from the label, `27，` meets its rest under it (src/extract/text.ts): the row reads as printed.
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed.naturalPerson')).toBe(27881)
  })

  it('joins `333件 92，` as 92,333: a first part cut at its separator, set right of its wider rest on one line (-layout)', () => {
    const { report, row, codes } = read('layout-seed-28-rest-first')
    expect(text('layout-seed-28-rest-first')).toContain('一、本年新收政府信息公开申请数量 24277 无 12473 40 38 3614 333件        92，')
    // 无 stands for a figure the report's total counts (92,333 is not the sum of the others): the row's total is
    // set aside for that blank, and 92,333 is held by its column's equation.
    expect(row('newlyReceived')).toEqual({ naturalPerson: 24277, commercialEnterprise: null, researchInstitution: 12473, socialWelfareOrganization: 40, legalServiceAgency: 38, otherOrganization: 3614, total: 92333 })
    expect(codes('newlyReceived')).toEqual(['wrapped_cells'])
    expect(wrongCells(report, pdftotextFixture('layout-seed-28-rest-first').cells)).toEqual([])
  })
})

describe('a blank mark wrapped over lines (LibreOffice’s PDF export, pdftotext -raw)', () => {
  it('is one mark cut, its pieces one dash: `—` / `—` / `－` / `－` are two blank cells, not one (seed 21281)', () => {
    // Read as one blank, the four dashes left a cell for `1` / `2` / `1` / `2` to fill as 12 and 12, which keep a
    // total the report itself breaks (0 0 0 0 and 1212).
    const { report, wrong } = readPrinted('office-raw-seed-21281-dashes')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.otherOrganization')).not.toBe(12)
  })
})
