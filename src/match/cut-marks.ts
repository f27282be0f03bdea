import type { TableModel } from '../model/index.ts'
import { aloneOnLine } from '../tokens/lines.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'

/**
 * A blank written as dashes wraps like a figure (`——` in a narrow cell: `—` over `—`), so two marks of one dash, each
 * alone on touching lines and parted from the rest by blank lines (one paragraph, as reading order sets a cell), may be
 * one blank cell cut, or two blank cells: text without columns does not say which (pdftotext's
 * reading order of LibreOffice's table 四, 21241: `-` `0` `7` `—` `—` `7` `10` … read 直接起诉's blank 尚未审结 as two
 * cells, and every cell after it one over). The rows whose cells they fill are not read — in an inline table (四),
 * whose one printed row a shift moves whole, none is.
 */

/** One dash repeated, and the dash. */
function dashOf(t: Token | undefined): string | null {
  if (t?.kind !== 'mark' || !/^[-－—–─]+$/.test(t.folded)) return null
  const glyph = t.folded.charAt(0)
  for (let k = 1; k < t.folded.length; k++) if (t.folded.charAt(k) !== glyph) return null
  return glyph
}

/** Nothing but a blank line (or none) touches token i's line from the side of token n, the token beyond it. */
function partedFrom(tokens: readonly Token[], i: number, n: number): boolean {
  const t = tokens[i]
  const beyond = tokens[n]
  return !beyond || beyond.kind === 'empty' || Math.abs(beyond.line - (t?.line ?? 0)) > 1
}

/** Tokens a and a + 1, dashes of one glyph each alone on touching lines, are a block of their own: blank lines around. */
function cutPair(tokens: readonly Token[], a: number): boolean {
  const [x, y] = [tokens[a], tokens[a + 1]]
  const glyph = dashOf(x)
  return glyph !== null && x !== undefined && y !== undefined && y.line === x.line + 1 && dashOf(y) === glyph && aloneOnLine(tokens, a) && aloneOnLine(tokens, a + 1) && partedFrom(tokens, a, a - 1) && partedFrom(tokens, a + 1, a + 2)
}

/** The rows of `table` (by index) whose cells hold a dash mark cut over touching lines, as the alignment filled them. */
export function cutMarkRows(tokens: readonly Token[], readings: ValueAlignment['cells'], table: TableModel): Set<number> {
  const out = new Set<number>()
  let j = 0
  table.rows.forEach((row, r) => {
    for (let k = 0; k < row.columns.length; k++, j++) {
      for (const f of readings[j]?.fills ?? []) {
        if (f.type === 'token' && (cutPair(tokens, f.token - 1) || cutPair(tokens, f.token))) out.add(r)
      }
    }
  })
  if (table.inline && out.size > 0) table.rows.forEach((_, r) => out.add(r))
  return out
}
