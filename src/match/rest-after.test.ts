import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Seed 17735 (Chromium, pdftotext's reading order; held back, scored once at 11:30): 要求行政机关确认或重新出具已获取
 * 信息 `12 0 ０ 6 ０ 7 １` / `取信息` / `件２`, a report whose total (12) breaks; its `２` after the label's rest, and
 * the row read with total 1.
 */
describe('a row breaking its total with a figure no cell took after it (reading order)', () => {
  it('leaves the row blank (seed 17735)', () => {
    const { report, wrong } = readPrinted('default-seed-17735-rest-after')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.notProcessed.confirmationRequest'
    expect(valueAt(report, `${row}.total`)).toBeNull()
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row)).toBe(true)
  })
})
