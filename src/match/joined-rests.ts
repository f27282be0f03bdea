import type { Token } from '../tokens/token.ts'
import { printedWidth } from './column-widths.ts'

/**
 * A figure the text joined from two lines (`5` over `3`, read 53) that no cell took: its row left it unread, so the
 * join is no reading, and its lower piece may as well be the first part of the row below's figure (LibreOffice 22524:
 * 行政查询事项's `5 … 5` over `3 … 3`, joined 53 and 53, where 本机关不掌握's 30 and 34 began with the `3`s; that row
 * read `0 4 0 … 4` keeps its sum alike with and without them). pieces-beside.ts weighs such a lower piece as it does a
 * piece no cell took on a line of its own, on the row below only.
 */

/** A lower piece of an untaken figure joined from two lines: its digits, printed width and columns on its own line. */
export interface JoinedRest {
  digits: string
  width: number
  col: number
  colEnd: number
  /** The line of the figure's first piece: the rest stands just under it, before any later line. */
  line: number
  /** A head's: the start of the input line it is printed on. */
  start?: number
}

/** The lower piece of `t` where the text joined it from two lines (its span crosses a line end); undefined elsewhere. */
export function joinedRest(t: Token, text: string | undefined): JoinedRest | undefined {
  if (text === undefined || t.kind !== 'number' || t.col === undefined || t.start < 0 || t.end > text.length) return undefined
  const span = text.slice(t.start, t.end)
  const nl = span.lastIndexOf('\n')
  if (nl < 0) return undefined
  // The rest is the figure's last word, on the line its span ends on.
  const lower = span.slice(nl + 1).trimEnd()
  const cut = Math.max(lower.lastIndexOf(' '), lower.lastIndexOf('\t'))
  const piece = lower.slice(cut + 1)
  // Only a piece of digits alone (a unit or separator on it ends the figure: no next row's first part).
  if (!/^[0-9０-９]+$/.test(piece)) return undefined
  const at = cut + 1
  const digits = piece.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  return { digits, width: printedWidth(piece, true), col: at, colEnd: at + piece.length, line: t.line }
}

/**
 * The upper piece of `t` where the text joined it from two lines: as the lower piece may be the row below's first
 * part, the upper may be the row above's rest (14919: `11` merged down and joined to the next row's `件` as `11件`).
 * Its line is the figure's, under the row above; pieces-beside.ts weighs it on that row only.
 */
export function joinedHead(t: Token, text: string | undefined): JoinedRest | undefined {
  if (text === undefined || t.kind !== 'number' || t.col === undefined || t.start < 0 || t.end > text.length) return undefined
  const span = text.slice(t.start, t.end)
  const nl = span.indexOf('\n')
  if (nl < 0) return undefined
  // The head is the figure's first word, on the line its span starts on.
  const piece = span.slice(0, nl).trimEnd()
  if (!/^[0-9０-９]+$/.test(piece)) return undefined
  const digits = piece.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  return { digits, width: printedWidth(piece, true), col: t.col, colEnd: t.col + piece.length, line: t.line, start: text.lastIndexOf('\n', t.start - 1) + 1 }
}

/** The starts of the input lines a table's row labels stand on (a head printed on one is that row's figure). */
export function labelStarts(text: string, tokens: readonly Token[], labels: ReadonlyMap<number, readonly number[]>): Set<number> {
  const out = new Set<number>()
  for (const label of labels.values()) for (const i of label) out.add(text.lastIndexOf('\n', (tokens[i] as Token).start - 1) + 1)
  return out
}
