import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextText } from '../../test/support/printed-table.ts'

/**
 * Seed 22720 (LibreOffice's PDF of the .docx, pdftotext reading order; held back, scored once at 14:20): table 二
 * prints `信息内容 行政许可 第二十条第（五）项 本年处理决定数量 0 信息内容 行政处罚 行政强制 第二十条第（六）项
 * 本年处理决定数量 181` — the 0 is 行政许可's, 行政处罚 is blank and left no trace. The 0 was read as 行政处罚's, the
 * figure before its label, with the (六) block's header `信息内容` between them.
 */
describe("a figure before a row's label with a header's words between them (reading order)", () => {
  it('is not read as that row\'s (seed 22720)', () => {
    const report = convertReport(pdftotextText('office-default-seed-22720-header-between'), { inputType: 'text' })
    expect(valueAt(report, 'activeDisclosure.administrativePunishment.decisions') ?? null).toBeNull()
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === 'activeDisclosure.administrativePunishment')).toBe(true)
  })
})
