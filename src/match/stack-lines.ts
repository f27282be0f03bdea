import { UNIT, type StackPiece } from './stack-cells.ts'

/** What the stack search (column-stacks.ts) counts of its pieces, line by line, before it places any. */

/** Pieces a line may set beside another piece of their cell (two lines of a column merged). */
const JOINS = 2

export interface LineCounts {
  /** Pieces from the i-th on that may stand in column k: each row still to come needs one there. */
  suffix: number[][]
  /** Pieces after the i-th on its line that need a column right of it, none set beside another. */
  rest: number[]
  /** The joins the i-th piece's line needs (at most JOINS). */
  need: number[]
}

/** The counts for `sorted` (pieces by line, then column) in `n` columns. */
export function lineCounts(sorted: readonly StackPiece[], n: number): LineCounts {
  const suffix: number[][] = new Array<number[]>(sorted.length + 1)
  suffix[sorted.length] = new Array<number>(n).fill(0)
  for (let i = sorted.length - 1; i >= 0; i--) {
    const row = [...(suffix[i + 1] as number[])]
    const p = sorted[i] as StackPiece
    if (!UNIT.test(p.text)) for (const k of p.columns) row[k] = (row[k] ?? 0) + 1
    suffix[i] = row
  }
  const rest = new Array<number>(sorted.length).fill(0)
  for (let i = sorted.length - 2; i >= 0; i--) {
    const next = sorted[i + 1] as StackPiece
    if (next.line === sorted[i]?.line) rest[i] = (rest[i + 1] ?? 0) + (UNIT.test(next.text) ? 0 : 1)
  }
  // A line's pieces set in column order, each in the leftmost column its position allows, two in one column only
  // where no column is left. A line that fits without is read without: joins multiply the placings, and where
  // the columns leave room they say nothing of which pieces share one.
  const need = new Array<number>(sorted.length).fill(0)
  for (let s = 0; s < sorted.length; ) {
    let e = s
    let last = -1
    let paired = true
    let joins = 0
    for (; e < sorted.length && (sorted[e] as StackPiece).line === (sorted[s] as StackPiece).line; e++) {
      const p = sorted[e] as StackPiece
      if (UNIT.test(p.text)) continue
      const next = p.columns.find((k) => k > last)
      if (next !== undefined) {
        last = next
        paired = false
      } else if (!paired && p.columns.includes(last)) {
        joins++
        paired = true
      }
    }
    need.fill(Math.min(joins, JOINS), s, e)
    s = e
  }
  return { suffix, rest, need }
}
