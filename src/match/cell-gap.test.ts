import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of `pdftotext -layout` prints (the seed in each file's name) where a line of pieces no read row holds
 * stands between two rows' labels, over a part and the total alike, but not within two characters of the cells'
 * first (or last) pieces: a right-aligned `1` over `2， … 57 … 7` (12,577), and `3 … 3` past a page break that moved
 * the columns (14553 under `14 … 14` / `55 … 55`). Joined or not, the row keeps its sum: it is left null
 * (run-edges.ts weighs each piece against its cell's whole extent, cell-gap.ts).
 */
function blank(report: ReturnType<typeof readPrinted>['report'], path: string): boolean {
  return Object.values(valueAt(report, `applications.rows.${path}`) as Record<string, number | null>).every((v) => v === null)
}

describe('free pieces beside a wrapped cell', () => {
  it('leaves 属于国家秘密 null where `1 … 1` above `2, … 2，` may begin 12,567 and 12,577', () => {
    const { report, wrong } = readPrinted('layout-seed-17753-free-right')
    expect(blank(report, 'results.notDisclosed.stateSecret')).toBe(true)
    expect(wrong).toEqual([])
  })

  it('leaves 没有现成信息需另行制作 null where `3 … 3` past the page break may end 14553 twice', () => {
    const { report, wrong } = readPrinted('layout-seed-17856-free-page')
    expect(blank(report, 'results.unableToProvide.needsCreation')).toBe(true)
    expect(wrong).toEqual([])
  })
})
