import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of `pdftotext -layout` prints of narrow pages (the seed in each file's name), whose runs of wrapped rows
 * are read together (stack-runs.ts): a line of pieces between two rows' labels joined to a part and its total alike
 * keeps their sum as the row above's last parts and as the row below's first, so the arithmetic says nothing of
 * whose it is — the rows it may join are left null (run-edges.ts).
 */
function row(report: ReturnType<typeof readPrinted>['report'], path: string) {
  return valueAt(report, `applications.rows.${path}`) as Record<string, number | null>
}

const blank = (cells: Record<string, number | null>) => Object.values(cells).every((v) => v === null)

describe('lines at a run’s edges', () => {
  it('leaves 予以公开 and 部分公开 null where `5 … 5` over `25 … 25` may end `12 … 12` / `88 … 88` or begin 25', () => {
    const { report, wrong } = readPrinted('layout-seed-16677-edge-line')
    // 1288 and 525 keep both rows' sums as 12885 and 25 do.
    expect(blank(row(report, 'results.disclosed'))).toBe(true)
    expect(blank(row(report, 'results.partiallyDisclosed'))).toBe(true)
    expect(wrong).toEqual([])
  })

  it('leaves 要求提供公开出版物 null where `2 … 2`, which no row read holds, over `5， … 5，` may be its first parts', () => {
    const { report, wrong } = readPrinted('layout-seed-16709-edge-free')
    // 5563 and 5581 keep the row's sum as 25563 and 25581 do.
    expect(blank(row(report, 'results.notProcessed.publication'))).toBe(true)
    expect(wrong).toEqual([])
  })

  it('leaves 予以公开 null where `6 … 6` past a page break, its columns moved, may end `27 … 27` / `34 … 34` (seed 18006)', () => {
    const { report, wrong } = readPrinted('layout-seed-18006-page-edge')
    // Held back, scored once at 14:20: 2734 kept the row's sum as 27346 does; the next page set the 6s six characters right.
    expect(blank(row(report, 'results.disclosed'))).toBe(true)
    expect(wrong).toEqual([])
  })
})
