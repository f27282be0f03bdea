import { firstFolded, fold } from '../normalize/fold.ts'
import { isBrokenNumber, isUnit, isValueLike, readCell, startsWords } from '../normalize/numbers.ts'
import { DROP } from '../normalize/units.ts'
import type { Cell, GridRow } from './grid.ts'
import { endsCut } from './cut-rests.ts'

/**
 * The cells of text set out with spaces as wrapped-figures.ts weighs them: which hold a figure, which figure of a
 * line a piece stands under, and whether two pieces read as one number.
 */

/** The next row's line stands under most of the figures above it: a line of fewer, without a label, is no row's. */
export const MIN_ROW_FIGURES = 4

export const MAYBE_FIGURE = /[\d０-９—–―－−~\-/无空\\万元件个项条次人]/

/** MAYBE_FIGURE's units, one flag each: every placed cell is asked once per call, and the pattern cost a call per cell. */
const FIGURE_UNITS = new Uint8Array(0x10000)
for (const ch of '0123456789０１２３４５６７８９—–―－−~-/无空\\万元件个项条次人') FIGURE_UNITS[ch.charCodeAt(0)] = 1

/** MAYBE_FIGURE.test(text), read from the table. */
export function maybeFigure(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FIGURE_UNITS[text.charCodeAt(i)] === 1) return true
  return false
}

/**
 * Whether a cell holds a figure, worked out once per cell (rows are looked at from both sides) and kept for one call of
 * joinWrappedFigures on the cell itself (`figure`, with the call's number in `figureIn`): a Map of the cells cost a
 * lookup per question and grew with every line; a WeakMap's lookups cost most of this stage.
 */
let call = 0

/** Forgets what isFigure worked out: the next call of joinWrappedFigures asks every cell again. */
export function forgetFigures(): void {
  call++
}

export function isFigure(c: Cell): boolean {
  if (c.figureIn === call) return c.figure === true
  // Only a cell with a digit, a unit or a blank's mark in it can be one, and none that starts with words (a line of
  // prose that names 人 or 件): most cells are ruled out unfolded.
  const first = firstFolded(c.text)
  const f = first !== DROP && !startsWords(first) && maybeFigure(c.text) ? fold(c.text) : ''
  const known = f !== '' && (isValueLike(f) || isBrokenNumber(f) || isUnit(f))
  c.figureIn = call
  c.figure = known
  return known
}

export const notFigure = (c: Cell): boolean => !isFigure(c)

/** Two cells share columns ([col, colEnd): touching is not overlapping). */
export function overlaps(a: Cell, b: Cell): boolean {
  return (a.col ?? 0) < (b.colEnd ?? 0) && (b.col ?? 0) < (a.colEnd ?? 0)
}

export function isPlaced(c: Cell): boolean {
  return c.col !== undefined
}

export function placedFigures(row: GridRow | undefined): Cell[] {
  return row && !row.blank ? row.cells.filter((c) => c.col !== undefined && isFigure(c)) : []
}

/**
 * placedFigures(row).length without the array (asked of a line or two per line of text). Every placed cell is weighed,
 * as the filter weighs it: isFigure keeps its first answer per cell, so which cells are asked, and when, is kept.
 */
export function placedFigureCount(row: GridRow | undefined): number {
  if (!row || row.blank) return 0
  let n = 0
  for (const c of row.cells) if (c.col !== undefined && isFigure(c)) n++
  return n
}

/** The figure of `row` each piece stands over (undefined: over none), or null where one stands over two or shares one. */
export function over(pieces: readonly Cell[], row: GridRow | undefined): (Cell | undefined)[] | null {
  // A blank line holds none (no array made for it). A row's line: its label and some figures, or most of its figures.
  if (row === undefined || row.blank) return null
  const labelled = row.cells.some(notFigure)
  const figures = placedFigures(row)
  if (figures.length === 0 || (!labelled && figures.length < MIN_ROW_FIGURES)) return null
  const out: (Cell | undefined)[] = []
  for (const p of pieces) {
    // Columns are [col, colEnd): touching is not overlapping.
    const under = figures.filter((f) => (f.col ?? 0) < (p.colEnd ?? 0) && (p.col ?? 0) < (f.colEnd ?? 0))
    // Under two (a viewer's columns drift by a character or two): the one figure it completes, if one.
    const one = under.length > 1 ? completed(under, p) : under
    if (one.length > 1 || (one[0] && out.includes(one[0]))) return null
    // Under one and touching another no piece of the line stands under (`６３` under `14897`, touching `１８５`: wide
    // glyphs shift a line's columns, WIDE_DRIFT): either may be the one it continues, unless it completes only one.
    // Its figure's extent only: a unit after it (`１０ 件`) is no part of where it stands.
    const touching = one.length === 1 && figures.some((f) => f !== one[0] && touches(f, p) && free(f, p, pieces))
    if (touching && completed(figures.filter((f) => touches(f, p) && (f === one[0] || free(f, p, pieces))), p).length !== 1) return null
    out.push(one[0])
  }
  return out
}

/** Figure `f` touches piece `p` where `p`'s figure (up to its last digit: a unit after it, `１０ 件`, is no part of where it stands) reaches it. */
function touches(f: Cell, p: Cell): boolean {
  return (f.col ?? 0) <= (p.col ?? 0) + lastDigit(p.text) && (p.col ?? 0) <= (f.colEnd ?? 0) + (WIDE.test(f.text) ? WIDE_DRIFT : 0)
}

/** No piece of the line but `p` stands under figure `f`. Functions, not arrows made per piece over's loop weighs. */
function free(f: Cell, p: Cell, pieces: readonly Cell[]): boolean {
  for (const q of pieces) if (q !== p && (f.col ?? 0) < (q.colEnd ?? 0) && (q.col ?? 0) < (f.colEnd ?? 0)) return false
  return true
}

/** Characters up to a text's last digit (its whole length where it has none). */
function lastDigit(text: string): number {
  for (let k = text.length - 1; k >= 0; k--) if (HAS_DIGIT.test(text[k] as string)) return k + 1
  return text.length
}

/** Two pieces joined still make a figure (a number, or its first part awaiting the rest): `10352件` and `05` do not. */
export function readsAsFigure(text: string): boolean {
  const folded = fold(text)
  return readCell(folded).kind === 'number' || isBrokenNumber(folded)
}

/**
 * Joins `piece` to `target` (after or before its text). The cell stays `sealed` while every join into it was one
 * whose first part or rest could not stand as a cell (`84，` over `362`, `0` over `件`, `12` over `，345`): no other
 * reading of those pieces reads at all.
 */
export function join(target: Cell, piece: Cell, after: boolean): void {
  const [first, rest] = after ? [fold(target.text), fold(piece.text)] : [fold(piece.text), fold(target.text)]
  target.sealed = (target.sealed ?? true) && (piece.sealed ?? true) && (endsCut(first) || STARTS_CUT.test(rest) || isUnit(rest))
  target.text = after ? target.text + piece.text : piece.text + target.text
  target.start = Math.min(target.start ?? piece.start ?? 0, piece.start ?? target.start ?? 0)
  target.end = Math.max(target.end ?? piece.end ?? 0, piece.end ?? target.end ?? 0)
}

export const STARTS_CUT = /^[,，]/
export const HAS_DIGIT = /[0-9０-９]/
/**
 * Characters a line's figures after one set in wide glyphs (`２０３`) may stand left of where the pieces under them
 * do: the line above prints each wide glyph in one character, and pieces a few characters right of its end may
 * still be its rests (`３８件` two right of `２０３`, under `1370`: 20338 and 1370, not 203 and 137038).
 */
const WIDE_DRIFT = 2
const WIDE = /[０-９]/

/** The figures that `piece` is the cut-off rest of: a unit alone, figures after a separator, or the rest of `19，`. */
export function completed(figures: readonly Cell[], piece: Cell): Cell[] {
  const p = fold(piece.text)
  return figures.filter((f) => (isUnit(p) || STARTS_CUT.test(p) || endsCut(fold(f.text))) && readCell(fold(f.text + piece.text)).kind === 'number')
}

/**
 * Where the last `,` or `，` stands (-1: none), walked back by code: lastIndexOf is a call into the runtime in V8, and
 * two of them per figure asked were a fifth of the one-cell-per-line input's wrapped-figure joins.
 */
function lastSeparator(text: string): number {
  for (let k = text.length - 1; k >= 0; k--) {
    const unit = text.charCodeAt(k)
    if (unit === 0x2c || unit === 0xff0c) return k
  }
  return -1
}

/** A figure whose last group after its separator has fewer than three digits (`21,9`, `1，44`): its rest is still to come. */
export function shortGroup(folded: string): boolean {
  const k = lastSeparator(folded)
  if (k < 1 || folded.length - k - 1 >= 3) return false
  for (let i = k + 1; i < folded.length; i++) if (folded.charCodeAt(i) < 0x30 || folded.charCodeAt(i) > 0x39) return false
  return /[0-9]/.test(folded[k - 1] ?? '')
}
