import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextText, readPrinted } from '../../test/support/printed-table.ts'

/**
 * LibreOffice's PDF of a generated report's .docx through `pdftotext -raw`: table 四's fifteen cells in one run, a
 * figure too wide for its narrow column wrapped one digit a line. Seed 1 prints `11 0` / `１` / `０` / `0 21 0 0 1 ０ 1
 * ０ 6 0` / `0` / `件` / `6` for 11 0 10 0 21 | 0 0 1 0 1 | 0 6 0 0 6: sixteen pieces for fifteen cells. Seed 20
 * prints 复议后诉讼 as 0 0 10 — 13, the report's own slip (10 ≠ 13).
 */
const cells = (report: ReturnType<typeof convertReport>, row: string) => valueAt(report, `reviewLitigation.${row}`)
const group = (upheld: number | null, corrected: number | null, other: number | null, pending: number | null, total: number | null) => ({ upheld, corrected, other, pending, total })

describe('table 四 printed as one run of wrapped pieces, in drawn order', () => {
  it('reads each row where every reading breaking the fewest rows gives it the same figures', () => {
    const { report, wrong } = readPrinted('raw-office-seed-1-four-wrapped')
    expect(wrong).toEqual([])
    expect(cells(report, 'administrativeReview')).toEqual(group(11, 0, 10, 0, 21))
    expect(cells(report, 'litigationWithoutReview')).toEqual(group(0, 0, 1, 0, 1))
    expect(cells(report, 'litigationAfterReview')).toEqual(group(0, 6, 0, 0, 6))
    expect(report.warnings.filter((w) => w.path?.startsWith('reviewLitigation')).map((w) => w.code)).toEqual(['wrapped_cells', 'wrapped_cells', 'wrapped_cells'])
  })

  it('leaves blank a row the report’s own arithmetic breaks, and reads the others', () => {
    const { report, wrong } = readPrinted('raw-office-seed-20-four-slip')
    expect(wrong).toEqual([])
    expect(cells(report, 'administrativeReview')).toEqual(group(0, 3, 0, 1, 4))
    expect(cells(report, 'litigationWithoutReview')).toEqual(group(0, 0, 12, 0, 12))
    expect(cells(report, 'litigationAfterReview')).toEqual(group(null, null, null, null, null))
    expect(report.warnings.find((w) => w.path === 'reviewLitigation.litigationAfterReview')?.code).toBe('unreadable_row')
  })

  it('leaves blank the rows a blank that left no trace could stand in', () => {
    // 直接起诉's five cells 0 0 0 0 0 with one printed as nothing: fifteen pieces with the wrapped 10, and nothing
    // says which cell is empty — one of 直接起诉's, or 复议后诉讼's 维持 (`０` then read as 直接起诉's total).
    const text = pdftotextText('raw-office-seed-1-four-wrapped').replace('0 21 0 0 1 ０ 1 ０ 6 0', '0 21 0 0 0 0 ０ 6 0')
    const report = convertReport(text, { inputType: 'text' })
    expect(cells(report, 'administrativeReview')).toEqual(group(11, 0, 10, 0, 21))
    expect(cells(report, 'litigationWithoutReview')).toEqual(group(null, null, null, null, null))
    expect(cells(report, 'litigationAfterReview')).toEqual(group(null, null, null, null, null))
  })
})
