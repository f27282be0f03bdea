import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'

/**
 * Table 四 as pdftotext printed it in reading order from Chromium's PDF of a generated report (seed 5249): the
 * table cut by a page break, its 行政复议 header left on the page before. The viewer gave the printed row as two
 * blocks, `0 0 ０ 0 0 0 0 0 0件 0 0件` then `0 无 0 ０` — the second block is the row's first four cells. Every
 * figure is 0, so both orders keep every total, and the blank `无` lands in another cell in each.
 */
const texts = import.meta.glob<string>('../../test/fixtures/pdftotext/*.txt', { query: '?raw', import: 'default', eager: true })

describe('an inline table given in blocks', () => {
  it('reads no cell where the blocks in another order keep its totals with other values in its cells', () => {
    const report = convertReport(texts['../../test/fixtures/pdftotext/default-seed-5249.txt'] ?? '', { inputType: 'text' })
    // Read in the blocks' order, 纠正 of 行政复议 was 0 where the report leaves it blank.
    expect(valueAt(report, 'reviewLitigation.administrativeReview.corrected')).toBeNull()
    expect(Object.values(valueAt(report, 'reviewLitigation.litigationAfterReview') as object).every((v) => v === null)).toBe(true)
    const codes = report.warnings.filter((w) => w.path?.startsWith('reviewLitigation')).map((w) => w.code)
    // Three rows withheld in a print's text: the table also carries the hint to post the PDF itself (assemble/paged-hint.ts).
    expect(codes).toEqual(['ambiguous_cells', 'ambiguous_cells', 'ambiguous_cells', 'paged_text'])
  })

  it('reads a table given as one line in the order printed (`11 0 １０ 0 21 0 0 1 ０ 1 ０ 6 0 0件 6`, seed 1)', () => {
    const report = convertReport(texts['../../test/fixtures/pdftotext/default-seed-1-table4.txt'] ?? '', { inputType: 'text' })
    expect(valueAt(report, 'reviewLitigation.administrativeReview')).toEqual({ upheld: 11, corrected: 0, other: 10, pending: 0, total: 21 })
    expect(valueAt(report, 'reviewLitigation.litigationAfterReview.total')).toBe(6)
  })

  // pdftotext -raw of LibreOffice's PDF export of a generated .docx (seed 3): 0件 wrapped in its narrow cell (`0` / `件`)
  // parts the row's line, `10 0 0 9 19 0 0 0 ０` | `0` `件` | `0 0 0 8 8`. Its last block first keeps every total too
  // (0 0 0 8 8 | 10 0 0 9 19 | 0 0 0 0 0), but -raw keeps the order the cells were drawn in: no blocks to reorder.
  it('reads the table in the order printed where the text keeps the cells’ drawn order (-raw)', () => {
    const report = convertReport(texts['../../test/fixtures/pdftotext/raw-office-seed-3-table4.txt'] ?? '', { inputType: 'text' })
    expect(valueAt(report, 'reviewLitigation.administrativeReview')).toEqual({ upheld: 10, corrected: 0, other: 0, pending: 9, total: 19 })
    expect(valueAt(report, 'reviewLitigation.litigationWithoutReview')).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 })
    expect(valueAt(report, 'reviewLitigation.litigationAfterReview')).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 8, total: 8 })
  })
})
