import { keepsTotal } from './unread-rows.ts'

/**
 * Two cells' wrapped figures whose rests pdftotext sets as one word (their glyphs closer than a space on the rest's
 * line): 14919's 无正当理由大量反复申请 `0 0 0 ０ 0 １ １件` over `11`, 11 and 11 read 1 and 1. The word stands by the
 * last of the two cells, past the row's last column, where a line of full-width glyphs pulls its figures left of a
 * plain line's; the first cell's rest has no place of its own to be weighed by. pieces-beside.ts joins a word whole
 * to one cell: this asks whether its digits cut in two, the first part given to an earlier cell and the second to
 * the cell it stands by (as their last digits: the word stands below), keep the row's total as the
 * reading without them does. The row's total is then no evidence between the readings. At most 7 × 6 cuts a digit.
 */

/** How far a wrapped figure's line may stand from its cell's columns: pdftotext's columns drift by a character or three. */
const DRIFT = 3

/** Whether a piece stands in a cell's columns `[lo, hi]`, give or take the drift (pieces-beside.ts weighs by it too). */
export function inColumns(piece: { col: number; colEnd: number }, [lo, hi]: readonly [number, number]): boolean {
  return piece.col < hi + DRIFT && lo < piece.colEnd + DRIFT
}

/** Digits a word holds at most to be weighed as two rests (a rest of a count is a few digits). */
const MAX_DIGITS = 8

export interface SplitRow {
  values: (number | null)[]
  total: number
  cols: [number, number][]
  widths: number[]
  columnKeys: readonly string[]
  totalAt: number
}

/** A read row of pieces-beside.ts as weighed here. */
export function splitRow(r: { row: { columns: readonly { key: string }[] }; values: (number | null)[]; total: number; cols: [number, number][]; widths: number[] }): SplitRow {
  const columnKeys = r.row.columns.map((c) => c.key)
  return { values: r.values, total: r.total, cols: r.cols, widths: r.widths, columnKeys, totalAt: columnKeys.indexOf('total') }
}

export interface SplitPiece {
  digits: string
  /** Its printed width (column-widths.ts): a part's is its share of it. */
  width: number
  col: number
  colEnd: number
}

export function splitKeepsTotal(r: SplitRow, piece: SplitPiece, below: boolean, widths: ReadonlyMap<string, number>): boolean {
  const { digits } = piece
  // Rests only: two first parts as one word were seen in no print, and weighed so withheld a right row (15325's
  // 0 0 0 0 6 0 6 under the row above's last `１１`: 16 and 16 keep the total as 6 and 6 do).
  if (!below || r.total < 0 || r.totalAt < 0 || digits.length < 2 || digits.length > MAX_DIGITS) return false
  const cells = r.values
  const takes = (c: number, part: string): boolean => {
    const v = cells[c]
    if (v === null || v === undefined || v === 0) return false
    // A figure no wider than one its column prints on one line does not wrap there (column-widths.ts).
    return (piece.width * part.length) / digits.length + (r.widths[c] ?? 0) > (widths.get(r.columnKeys[c] ?? '') ?? 0)
  }
  for (let last = 1; last < cells.length; last++) {
    if (!inColumns(piece, r.cols[last] as [number, number])) continue
    for (let cut = 1; cut < digits.length; cut++) {
      const [a, b] = [digits.slice(0, cut), digits.slice(cut)]
      if (!takes(last, b)) continue
      for (let first = 0; first < last; first++) {
        if (!takes(first, a)) continue
        const joined = [...cells]
        joined[first] = Number(`${cells[first]}${a}`)
        joined[last] = Number(`${cells[last]}${b}`)
        if (keepsTotal(r.totalAt, joined)) return true
      }
    }
  }
  return false
}
