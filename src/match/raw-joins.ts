import type { Token } from '../tokens/token.ts'
import { apartOneLine, pageBetween } from './drawn-lines.ts'

/**
 * Without columns (`pdftotext -raw`) a viewer gives a row's cells in the order they were drawn, and a cell's
 * figure wrapped over lines as pieces that end one line and begin the next: `1` / `7，` / `99` / `9` is one cell
 * (17,999) or up to four. In a narrow print a figure wraps into three pieces or more, so a row is read as every
 * split of its pieces, in their order, into its cells, each cell one piece or pieces that follow each other over
 * line breaks — never two pieces of one line. The arithmetic then chooses (wrapped-resolve.ts): a split is one
 * reading among all of them, so adding splits only ever leaves more rows unread where several fit.
 */

/** Joins (pieces beyond the cells) a row may hold: past it, the row stays unread. */
export const MAX_RAW_JOINS = 16
/** Splits listed per row at most: past it the row stays unread. */
const MAX_SPLITS = 512
/** Cells tried per row at most (each a run of pieces, read once): past it the row stays unread. */
const MAX_STEPS = 20_000

/**
 * Every split of `pieces` (a row's figures in reading order, no columns) into `want` cells, as each cell's
 * pieces in order, where `cellOk` accepts each cell (its index, its pieces' positions from and to); null where
 * there are too many to weigh. A cell refused ends every split through it: a total the other rows fix, or a
 * figure no joining reads, prunes the search long before the splits of a figure in five pieces are all listed.
 */
export function rawSplits(
  tokens: readonly Token[],
  pieces: readonly number[],
  want: number,
  cellOk: (k: number, from: number, to: number) => boolean = () => true,
): number[][][] | null {
  const joins = pieces.length - want
  if (joins < 0 || joins > MAX_RAW_JOINS) return null
  // Where a piece may run on into the next: it ends its line, and the next begins the line after it.
  const runsOn = pieces.map((p, k) => {
    const next = tokens[pieces[k + 1] ?? -1]
    return next !== undefined && next.line === (tokens[p] as Token).line + 1 && !pageBetween(tokens, p, pieces[k + 1] as number)
  })
  const out: number[][][] = []
  const cells: number[][] = []
  let overflow = false
  let steps = 0
  const split = (from: number) => {
    if (overflow) return
    if (from === pieces.length) {
      if (cells.length === want) out.push(cells.map((c) => [...c]))
      if (out.length > MAX_SPLITS) overflow = true
      return
    }
    // Cells left must each take a piece: no split leaves one empty.
    if (cells.length === want || pieces.length - from < want - cells.length) return
    const cell: number[] = []
    // After a cell of one piece, this piece alone is no cell where the two could not be two cells' one lines (drawn-lines.ts).
    const before = cells.at(-1)
    const alone = !(before?.length === 1 && apartOneLine(tokens, before[0] as number, pieces[from] as number))
    cells.push(cell)
    for (let k = from; k < pieces.length && !overflow; k++) {
      cell.push(pieces[k] as number)
      if (++steps > MAX_STEPS) overflow = true
      else if ((alone || k > from) && cellOk(cells.length - 1, from, k)) split(k + 1)
      if (!runsOn[k]) break
    }
    cells.pop()
  }
  split(0)
  return overflow ? null : out
}
