import type { TableModel } from '../model/index.ts'
import { aloneOnLine } from '../tokens/lines.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'

/**
 * A signed figure wraps like any other: in a narrow 本年增/减 cell its sign may stand alone on a line over its digits
 * (`－` over `345`: −345). Text without columns that parts its cells by blank lines (a cell a paragraph, as reading
 * order sets LibreOffice's) sets the two lines as one paragraph, and they read two ways: a
 * blank written as a dash and a figure after it — two cells, the figure the next cell's — or one signed figure, the
 * next cell's own figure elsewhere. The text does not say which, and table 二's rows have no arithmetic to weigh them
 * (pdftotext's reading order of LibreOffice's table 二, 22013: 行政强制 read `21` `－` `345`, 345 its 处理决定数量, where
 * −345 is its 增/减 and its own 1065 stands before 行政处罚's label). A row read so — a signed column's cell filled by a
 * one-dash mark alone on its line, a figure without a sign alone on the touching line after it, blank lines (or no
 * touching line) before the one and after the other — is not read, nor is the row that figure was read in. Where
 * every cell is a line of its own, no blank between (Chromium's prints), a dash over a figure is two cells.
 */

export const WRAPPED_SIGN = "A dash read as this row's blank 增/减 stands alone over a figure: it may be that figure's sign, wrapped in its cell, and the figures after it one cell over; left blank rather than guessed."

/** A dash a figure may be printed with as its sign (readCell's), alone: folded `－` is `-`. */
const SIGN = /^[-−]$/

/** Nothing but a blank line (or none) touches token i's line from the side of token n, the token beyond it. */
function partedFrom(tokens: readonly Token[], i: number, n: number): boolean {
  const beyond = tokens[n]
  return !beyond || beyond.kind === 'empty' || Math.abs(beyond.line - (tokens[i]?.line ?? 0)) > 1
}

/** A figure printed without a sign. */
function unsigned(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && (t.value ?? -1) >= 0 && !/^[-−+]/.test(t.folded)
}

/**
 * `read`: whether a row is read so far. Returns those of them holding such a mark in a signed cell, or the figure
 * after it. Only where the text keeps no columns (-layout's columns place the two lines in one cell or two).
 */
export function wrappedSignRows(tokens: readonly Token[], readings: ValueAlignment['cells'], table: TableModel, read: (r: number) => boolean): Set<number> {
  const out = new Set<number>()
  if (!table.rows.some((row) => row.columns.some((c) => c.kind === 'signed'))) return out
  // The figures after a sign, with the row of the sign; the rows figures fill a cell of are looked up only for them.
  const after: [number, number][] = []
  let j = 0
  table.rows.forEach((row, r) => {
    for (const c of row.columns) {
      const f = readings[j++]?.fills[0]
      if (c.kind !== 'signed' || f?.type !== 'token') continue
      const t = tokens[f.token]
      const next = tokens[f.token + 1]
      if (t?.kind !== 'mark' || t.col !== undefined || !SIGN.test(t.folded) || !aloneOnLine(tokens, f.token)) continue
      const paragraph = partedFrom(tokens, f.token, f.token - 1) && partedFrom(tokens, f.token + 1, f.token + 2)
      if (next && unsigned(next) && next.line === t.line + 1 && aloneOnLine(tokens, f.token + 1) && paragraph) after.push([r, f.token + 1])
    }
  })
  if (after.length === 0) return out
  // The row each figure fills a cell of (first fills: what the reading put there).
  const rowOf = new Map<number, number>()
  j = 0
  table.rows.forEach((row, r) => {
    for (let k = 0; k < row.columns.length; k++) {
      const f = readings[j++]?.fills[0]
      if (f?.type === 'token') rowOf.set(f.token, r)
    }
  })
  for (const [r, figure] of after) {
    if (read(r)) out.add(r)
    const other = rowOf.get(figure)
    if (other !== undefined && read(other)) out.add(other)
  }
  return out
}
