import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'

/**
 * Generated reports saved as .docx, exported to PDF by LibreOffice (as an office publishes them), then read by
 * pdftotext in its three orders. Each fixture is one whole print that gave a wrong cell; each cell named here
 * was read wrong and must now be blank (a missing cell is acceptable, a wrong one never).
 */
const texts = import.meta.glob<string>('../../test/fixtures/pdftotext/office-*.txt', { query: '?raw', import: 'default', eager: true })
const read = (name: string) => convertReport(texts[`../../test/fixtures/pdftotext/${name}.txt`] ?? '', { inputType: 'text' })
const blank = (row: unknown) => Object.values(row as object).every((v) => v === null)

describe('a figure wrapped one or two characters a line (-layout)', () => {
  it('a separator alone under a piece marks it cut: 1,878 is not read as 878 (seed 30)', () => {
    const report = read('office-layout-seed-30')
    expect(blank(valueAt(report, 'applications.rows.results.notProcessed.publication'))).toBe(true)
    // The cell two lines high around its row's line still reads (straddled-cells.test.ts).
    expect(valueAt(report, 'activeDisclosure.normativeDocuments')).toEqual({ issued: 1464, repealed: 23, inForce: 15 })
  })

  it("a stack run past a spanned label is not taken for the next row's first parts: 12513, not 30 (seed 93)", () => {
    const report = read('office-layout-seed-93')
    expect(blank(valueAt(report, 'applications.rows.results.notProcessed.publication'))).toBe(true)
  })
})

describe("table 四's one run of figures with a row unread (-layout)", () => {
  it('reads none of its rows: a blank that left no trace shifts them (seed 123)', () => {
    const report = read('office-layout-seed-123')
    for (const row of ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview']) {
      expect(blank(valueAt(report, `reviewLitigation.${row}`))).toBe(true)
    }
  })
})

describe('text without columns (-raw)', () => {
  it('`64 / 1262` inside a page is a row, not a page number (seed 123)', () => {
    const report = read('office-raw-seed-123')
    // Its figures were dropped as a page number, and the next lines' pieces read as its cells (64 as 24).
    expect(valueAt(report, 'applications.rows.newlyReceived.naturalPerson')).not.toBe(24)
    expect(blank(valueAt(report, 'applications.rows.newlyReceived'))).toBe(true)
  })

  it('`2` and `2` alone on two lines may be one cell: 22 and a blank total, not 2 and 2 (seed 85)', () => {
    const report = read('office-raw-seed-85')
    expect(blank(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated'))).toBe(true)
  })
})

describe('reading order: a figure left on the other side of a label', () => {
  it('行政许可 is not read from the figure before it while 599 stands after it (seed 36)', () => {
    expect(valueAt(read('office-default-seed-36'), 'activeDisclosure.administrativeLicensing.decisions')).toBeNull()
  })

  it('nor are the rows above, once its figure is free (seed 106: 0 5 14 read as 无 0 5)', () => {
    const report = read('office-default-seed-106')
    expect(valueAt(report, 'activeDisclosure.administrativeLicensing.decisions')).toBeNull()
    expect(blank(valueAt(report, 'activeDisclosure.normativeDocuments'))).toBe(true)
  })
})

describe("reading order: figures after a block's header, before its first row's label", () => {
  it('行政许可 is not read from the figures after it while 10 +58 0 stand before it, under (五)\'s header (seed 21551)', () => {
    // `处理决定数量 10 +58 0 行政许可 29 +22 0 其他对外管理服务事项`: 29 +22 0 are the next row's.
    const report = read('office-default-seed-21551')
    expect(blank(valueAt(report, 'activeDisclosure.administrativeLicensing'))).toBe(true)
  })

  it('nor 行政处罚 from the 0 after it while 15672 stands before it (seed 21610, 2021)', () => {
    expect(valueAt(read('office-default-seed-21610'), 'activeDisclosure.administrativePunishment.decisions')).toBeNull()
  })

  it('nor 行政许可 from `/ −139 0` while `7961 0 25,606` stand before it (seed 21624)', () => {
    const report = read('office-default-seed-21624')
    expect(blank(valueAt(report, 'activeDisclosure.administrativeLicensing'))).toBe(true)
  })
})

describe("reading order: labels after the table's last figure with another row's label among the figures", () => {
  it('收费 and 采购 are not read by the rows\' order where 规范性文件 and 其他对外管理服务事项 stand among the figures (seed 21145)', () => {
    // `行政强制 968 规范性文件 … 其他对外管理服务事项 … -１５ ５ -１５ ５ 22788 28`, then 收费's and 采购's labels: 22788 and
    // 28 (two rows' 处理决定数量) had been read as 采购's cells, -１５ and ５ (one figure cut over lines) as two of 强制's.
    const report = read('office-default-seed-21145')
    expect(blank(valueAt(report, 'activeDisclosure.centralizedProcurement'))).toBe(true)
    expect(valueAt(report, 'activeDisclosure.administrativeCoercion.change')).not.toBe(-15)
    expect(valueAt(report, 'activeDisclosure.administrativeCoercion.decisions')).not.toBe(5)
  })

  it('nor where blank lines make up the count: `行政强制` `` `0` `` `` is no seven cells of 强制, 收费 and 采购 (seed 20135)', () => {
    // 收费's 本年增/减 had been read 0 for -360 (its figures stand nowhere near).
    expect(valueAt(read('office-default-seed-20135'), 'activeDisclosure.administrativeFees.change')).toBeNull()
  })
})

describe('reading order: a dash mark over two touching lines', () => {
  it('`—` over `—`, a paragraph of its own, may be one blank cell cut: table 四 is not read a cell over (seed 21241)', () => {
    // `- 0 7 — — 7 10 7 2 ０`: 直接起诉's 尚未审结 is `——` cut, its 总计 7; the row after had been read 7 10 7 2 0 for 10 7 2 0 19.
    const report = read('office-default-seed-21241')
    for (const row of ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview']) {
      expect(blank(valueAt(report, `reviewLitigation.${row}`))).toBe(true)
    }
  })
})

describe('reading order: a dash alone over a figure, one paragraph', () => {
  it('行政强制 is not read `21` `－` `345` where `－` over `345` may be −345, its 增/减 (seed 22013)', () => {
    // Its own 处理决定数量, 1065, stands before 行政处罚's label; 345 had been read as it, the dash as a blank 增/减.
    const report = read('office-default-seed-22013')
    expect(blank(valueAt(report, 'activeDisclosure.administrativeCoercion'))).toBe(true)
    const warning = report.warnings.find((w) => w.path === 'activeDisclosure.administrativeCoercion')
    expect(warning?.message).toContain('sign')
  })
})
