import type { TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'
import type { PageRow, Segment } from './page-rows.ts'

/**
 * A page's column blocks (column-blocks.ts) where its rows print different counts of first cells beside their labels
 * (a narrower label cell leaves room for one more: `22 0` on most rows, `0` on the page's last three, seed 14). The
 * blocks after the page's footer are that page's rows' and no other's, so the rows are those whose labels stand after
 * the page's top edge (its furniture dropped: a line skipped) up to the footer; each row's block holds the cells its
 * own figures leave, n − k of them for k beside its label. Where those counts add up to the blocks' figures exactly,
 * the cut (block-cuts.ts, a width a row) places them; no uniform k is assumed, and the edge itself is the bound.
 */

/** Rows of one page at most (a page of table 三 holds at most its 25 rows). */
const PAGE_ROWS = 32

/**
 * Lines a page's edge skips at least: its footer, page number, running head and the blank lines between them are
 * dropped (`file:///…`, ``, `1/3`, ``, the next page's head); a blank line between blocks skips one.
 */
const EDGE_LINES = 3

/** A page's edge stands between tokens `from` and `to`: its furniture dropped (lines skipped), or its margin. */
export function edgeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(from, 0) + 1; i <= to; i++) {
    const t = tokens[i]
    const before = tokens[i - 1]
    if (!t || !before) return false
    if (t.margin || t.line > before.line + EDGE_LINES) return true
  }
  return false
}

/** The last figure before token `at` (a table above's), or -1. */
function figureBefore(tokens: readonly Token[], at: number): number {
  for (let i = at - 1; i >= 0; i--) if (tokens[i]?.kind === 'number') return i
  return -1
}

/**
 * The rows of the page that ends with segment `s`, whose own first `k` figures stand before its blocks: each row's own
 * figures (all of them, 1 to n − 1; a segment covering rows whose labels were not found, as many each) and where its
 * block's go, with each row's share of the blocks (`widths`); null where the page's top edge is not found, a row's
 * own figures are no share, or the shares do not add up to `cells`.
 */
export function pageRunAtEdge(tokens: readonly Token[], events: readonly Event[], segments: readonly Segment[], s: number, k: number, table: TableModel, cells: number): { run: PageRow[]; widths: number[] } | null {
  const last = segments[s] as Segment
  const n = table.rows[last.row]?.columns.length ?? 0
  const cut = (j: number) => (segments[j]?.figures ?? []).some((f) => tokens[events[f]?.token ?? -1]?.kind === 'bad')
  const run: PageRow[] = [{ row: last.row, own: cut(s) ? null : last.figures.slice(0, k), after: last.figures[k - 1] as number }]
  const widths = [n - k]
  for (let j = s; j >= 0 && run.length <= PAGE_ROWS; j--) {
    const seg = segments[j] as Segment
    const prev = segments[j - 1]
    // The token before this row's label: the row above's last figure; above the table's first row, the figure before
    // its header (the words between are the table's head, on this page or the one before: an edge among them bounds it).
    const label = events[seg.label]?.token ?? -1
    const before = prev ? (events[prev.figures.at(-1) ?? prev.label]?.token ?? -1) : figureBefore(tokens, label)
    const top = edgeBetween(tokens, before, label)
    if (top) {
      const sum = widths.reduce((a, b) => a + b, 0)
      return sum === cells && !cut(j - 1) ? { run, widths } : null
    }
    if (!prev || prev.row < 0) return null
    const covers = seg.row - prev.row
    if (covers < 1 || prev.figures.length % covers !== 0) return null
    const each = prev.figures.length / covers
    if (each < 1 || each >= n) return null
    for (let r = prev.row; r < seg.row; r++) if (table.rows[r]?.columns.length !== n) return null
    const sure = !cut(j - 2) && !cut(j - 1) && !cut(j)
    for (let c = covers - 1; c >= 0; c--) {
      run.unshift({ row: prev.row + c, own: sure ? prev.figures.slice(c * each, c * each + each) : null, after: prev.figures[c * each + each - 1] as number })
      widths.unshift(n - each)
    }
  }
  return null
}
