import type { RowModel } from '../model/types.ts'
import { rowPaths } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'

/**
 * How wide a column is, at least, as its figures printed on one line show. A table's column has one width on every
 * row (a browser or a word processor lays the table out once), and a figure wraps only where it is wider than its
 * cell: a figure no wider than one its column prints whole on a line is not cut over two there.
 */

/**
 * A figure's printed width in a digit's widths, bounded from above (`wide`) or below: fonts set a full-width glyph or a
 * CJK character at 1.7–2 digits and a separator at a quarter to a half, so a joined figure is weighed at its widest
 * and a column's one-line figure at its narrowest — a joining is ruled out only where no font could have wrapped it.
 * (Whether it could have wrapped, over every font: a bound.)
 */
export function printedWidth(s: string, wide: boolean): number {
  let w = 0
  for (const ch of s) {
    if (/\s/.test(ch)) continue
    if (/[0-9+\-−]/.test(ch)) w += 1
    else if (/[,.]/.test(ch)) w += wide ? 1 : 0
    else w += wide ? 2.5 : 1.5
  }
  return w
}

/**
 * A figure's printed width in a digit's widths as one font sets it: a glyph from U+1100 on (CJK, full-width forms,
 * `−`) 2, a comma or point ½, anything else (a space too) 1. (Which of two figures of one row prints wider, in the font
 * they share: a comparison, not a bound — unit-across.ts.) It parts from printedWidth's middle on a space and on `−`;
 * weighed by that middle, unit-across decided 5 of the 3,656 rows it weighed on the cached prints otherwise.
 */
export function likelyWidth(s: string): number {
  let w = 0
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x1100 ? 2 : ch === ',' || ch === '.' ? 0.5 : 1
  return w
}

/**
 * Per column key: the widest figure a read cell of the table prints on one line (a figure joined from lines counts
 * its first line). `text`: the normalized input, where the tokens' offsets tell a joined figure's lines apart.
 */
export function columnWidths(tokens: readonly Token[], rows: readonly RowModel[], values: CellValues, sources: ReadonlyMap<string, number>, text: string | undefined): Map<string, number> {
  const out = new Map<string, number>()
  if (text === undefined) return out
  for (const row of rows) {
    const paths = rowPaths(row)
    row.columns.forEach((column, c) => {
      const s = sources.get(paths[c] as string)
      if (s === undefined || typeof values.get(paths[c] as string) !== 'number') return
      const t = tokens[s] as Token
      if (t.kind !== 'number' || t.start < 0 || t.end <= t.start) return
      const line = /^\S+/.exec(text.slice(t.start, t.end))?.[0] ?? ''
      out.set(column.key, Math.max(out.get(column.key) ?? 0, printedWidth(line, false)))
    })
  }
  return out
}
