import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report: 14919 sets 无正当理由大量反复申请's
 * 0 0 0 0 0 11 11 as `0 0 0 ０ 0 １ １件` with the two cells' rests set as one word `11` past the row's last column,
 * merged down into the next row's line and joined to its `件` as `11件`. Read without them the row's total was 1.
 */
describe('two cells\' rests set as one word under their row', () => {
  it('leaves the row blank where the word cut in two, one rest a cell, keeps its total too (seed 14919)', () => {
    const { report, wrong } = readPrinted('layout-seed-14919-split-rests')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.notProcessed.excessiveRepeated'
    expect(valueAt(report, `${row}.total`)).toBeNull()
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row)).toBe(true)
  })
})
