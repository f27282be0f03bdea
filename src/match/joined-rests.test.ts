import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * LibreOffice's PDF of a generated .docx through `pdftotext -layout` (seed 22524): `8、属于行政查询事项 0 0 5 0 0 0 5`
 * over `3 … 3`, which the text joined into 53 and 53, over `1、本机关不掌握相关政府信息 ０ 4 0` / `0 0 0` / `4`. The
 * `3`s were 本机关不掌握's first parts (30 and 34); its row read without them, 0 4 0 0 0 0 4, keeps its sum as 0 4 30 0 0
 * 0 34 does, and lone-figure.ts then left its parts blank and its total 4 read. The row above unread, the joined
 * figures are no reading: their lower pieces are weighed as the row below's first parts, as a line of them would be.
 */
describe('a figure joined from two lines that no cell took, over a row read whole', () => {
  it('leaves the row unread where its lower piece, joined to the row\'s cells, keeps its total too', () => {
    const { report, wrong } = readPrinted('layout-office-seed-22524-joined-rest')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.unableToProvide.notHeld'
    expect(Object.values(valueAt(report, row) as Record<string, unknown>).every((v) => v === null)).toBe(true)
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row && w.message.includes('Figures no cell took'))).toBe(true)
  })
})
