import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of narrow prints (Chromium's PDF through `pdftotext -layout`, the seed in each file's name): a row read
 * by joining its own pieces, with pieces no read row holds around it, is left null where some joining of those
 * to its figures keeps its arithmetic too — including pieces past a line of label text alone.
 */
describe('rows read by joinings, beside pieces that may be their own', () => {
  it('reads neither `2．没有现成信息 … 11 11` nor `（3）补正后 … 2，28 … 2,` with `1` `1` between them over a label’s `供`: 111 or 12,288 both add up', () => {
    const { report, wrong } = readPrinted('layout-seed-9010')
    expect(wrong).toEqual([])
    // Read before as 2288, and the `1`s then taken by the row above (111). The rows' own lines cannot say whose they
    // are; the run of wrapped rows (stack-runs.ts), weighing both rows at once, may still read the printed figures.
    expect([null, 12288]).toContain(valueAt(report, 'applications.rows.results.unableToProvide.stillUnclear.total'))
    expect([null, 11]).toContain(valueAt(report, 'applications.rows.results.unableToProvide.needsCreation.total'))
  })

  it('reads no `1、本机关不掌握 … 0 0 0 0 ０ 0 /` under a `３` set over its ０ (30): its total is printed blank, and a blank total refuses no joining', () => {
    const { report, wrong } = readPrinted('layout-seed-9275')
    expect(wrong).toEqual([])
    // Read before as 0: the blank total was counted as 0, which refused 30 though it says nothing.
    expect(valueAt(report, 'applications.rows.results.unableToProvide.notHeld.legalServiceAgency')).toBeNull()
    expect(report.warnings.some((w) => w.path?.startsWith('applications.rows.results.unableToProvide.notHeld'))).toBe(true)
  })
})
