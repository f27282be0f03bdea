import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextText } from '../../test/support/printed-table.ts'

/**
 * LibreOffice's PDFs of generated reports' .docx through pdftotext's reading order (fresh prints, 2026-12-02): table
 * 二's labels, its header's words and its figures come as blocks parted by blank lines. A row was read across them:
 * `行政许可` / `` / `上一年` `项目数` `量` / `23` / `` as a blank, 23 and a blank (seed 400: 23 is 上一年项目数量's,
 * and 本年增/减 is −37), and 行政规范性文件's 对外公开总数量 as 17 (seed 243: 8).
 */
const read = (name: string) => convertReport(pdftotextText(name), { inputType: 'text' })

describe('words of the table’s column headings between a row’s cells', () => {
  it('leave the row unread: the blank lines part blocks, not cells (seed 400)', () => {
    const report = read('office-default-seed-400')
    expect(valueAt(report, 'activeDisclosure.administrativeLicensing')).toEqual({ previousYearItems: null, change: null, decisions: null })
    expect(report.warnings.find((w) => w.path === 'activeDisclosure.administrativeLicensing')?.code).toBe('unreadable_row')
  })

  it('leave the row unread where another row’s figure was taken past them (seed 243)', () => {
    const report = read('office-default-seed-243')
    expect(valueAt(report, 'activeDisclosure.normativeDocuments.totalPublished')).toBeNull()
  })
})
