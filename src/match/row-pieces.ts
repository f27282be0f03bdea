import type { Token } from '../tokens/token.ts'
import { drawnBefore } from './drawn-lines.ts'
import type { CellReading, Event } from './align-types.ts'
import type { TableModel } from '../model/index.ts'
import { inputLines, onLabelLine, outsideBand, printedOn, rowBand, type RowBand } from './source-lines.ts'

/**
 * A row the alignment left unread, as the text holds it for a second reading (wrapped-cells.ts): its figures in
 * reading order, the lines of its label, and the figures around it that may be pieces of its own.
 */

/** A row's figures as the text holds them, and what stands around them. */
export interface RowSpan {
  /** The row's figures, in reading order. */
  pieces: number[]
  /** The lines its label's pieces stand on. */
  labelLines: Set<number>
  /** The input lines its label's pieces were printed on (source-lines.ts), where the text keeps columns. */
  labelInput: Set<number>
  /** Figures on the lines just above and below those, neither its pieces nor a read row's cells. */
  outside: number[]
  /**
   * Those of `outside` printed on another row's label line: a row's cells never share a printed line with another
   * row's label, so none of them is a piece of this row's figures — a figure cut at its separator there (`18，`)
   * has its rest in that row too.
   */
  onLabels: Set<number>
  /**
   * Every piece was printed on its label's lines: none came from a line of pieces, which may be another row's
   * first parts printed upside down (`37` over `9`: 379, seed 4159), with any figure around a part of them.
   */
  own: boolean
  /** Those of `outside` on lines no row's label stands on (a wrap's), or cut at a separator — but not, where `own`, `onLabels`. */
  beside: number[]
  /**
   * Some of its pieces stand above or below its label's lines (a line between two of its label's pieces is the label
   * cell's: LibreOffice centres a row's figures on its label's two lines, `…申请` `1 0 0 0 3 0 4` `数量`).
   */
  wrapped: boolean
  /**
   * Some of its pieces stand on a label line of its own that holds fewer figures than half its cells, above the
   * line its other figures stand on: a line of pieces, which may be the row above's wrapped rests (`７１ ７１` on
   * `5、属于三类内部事` over `０ 0 0 27件 0 0 27`, the rests of 16871 above).
   */
  piecesOver: boolean
  /** Figures just before its label that no read row holds. */
  loose: boolean
  /** Those figures, nearest the label first. */
  before: number[]
  /** The input lines its figures may stand on (source-lines.ts), where the text keeps columns. */
  band: RowBand | null
}

/**
 * The pieces of row `row`, whose label's first piece is event `from`: the figures after it up to the next row's
 * label, in reading order, or null where one of them is no figure or fills another row's cell on some alignment.
 */
export function rowPieces(
  tokens: readonly Token[],
  events: readonly Event[],
  from: number,
  row: number,
  rowsOfToken: ReadonlyMap<number, ReadonlySet<number>>,
  settled: ReadonlySet<number>,
  labelled: ReadonlySet<number>,
  labelsPrinted: ReadonlySet<number>,
  cells: number,
): RowSpan | null {
  const start = events[from]
  if (start?.type !== 'label' || start.row !== row) return null
  const pieces: number[] = []
  const labelLines = new Set<number>([tokens[start.token]?.line ?? -1])
  for (let k = from + 1; k < events.length; k++) {
    const e = events[k] as Event
    if (e.type === 'label') {
      if (e.row !== row) break
      labelLines.add(tokens[e.token]?.line ?? -1)
      continue
    }
    const t = tokens[e.token] as Token
    if (t.kind === 'empty') continue
    if ((t.kind === 'run' && !isRest(t, tokens[e.token - 1])) || t.kind === 'text') return null
    const rows = rowsOfToken.get(e.token)
    if (rows && [...rows].some((r) => r !== row)) return null
    pieces.push(e.token)
  }
  const lines = [...labelLines]
  const lastLine = Math.max(...lines)
  const above = Math.min(...lines) - 1
  const below = Math.max(...lines, ...pieces.map((p) => tokens[p]?.line ?? -1)) + 1
  const first = start.token
  const mine = new Set(pieces)
  const outside: number[] = []
  const onLabels = new Set<number>()
  // Figures per line around the row: a line holding fewer than half its cells holds pieces, no row's figures.
  const figures = new Map<number, number>()
  const labelInput = inputLines(
    tokens,
    events.slice(from).filter((e, k) => e.type === 'label' && e.row === row && (k === 0 || labelLines.has(tokens[e.token]?.line ?? -1))).map((e) => e.token),
  )
  const band = rowBand(labelInput, labelsPrinted)
  const look = (i: number) => {
    const t = tokens[i] as Token
    if (isFigure(t)) figures.set(t.line, (figures.get(t.line) ?? 0) + 1)
    if (isFigureWords(t) && !labelLines.has(t.line) && !labelled.has(t.line)) outside.push(i)
    if (!isFigure(t) || mine.has(i) || labelLines.has(t.line) || outsideBand(t, band)) return
    // A figure cut at its separator (`1,`) cannot stand alone: wherever it was set, its rest is a figure nearby.
    if (!settled.has(i) || t.kind === 'bad') outside.push(i)
    if ((!settled.has(i) || t.kind === 'bad') && onLabelLine(t, labelsPrinted, t.line > lastLine)) onLabels.add(i)
  }
  const sparse = (line: number) => 2 * (figures.get(line) ?? 0) < cells
  // The lines around the row, reached from its first label piece back and on (linear in them).
  for (let i = first - 1; i >= 0 && (tokens[i]?.line ?? -1) >= above; i--) look(i)
  for (let i = first + 1; i < tokens.length && (tokens[i]?.line ?? Infinity) <= below; i++) look(i)
  // Without columns (a viewer's raw order) the lines say nothing of rows: a row's figures follow its label.
  const [top, bottom] = [Math.min(...labelLines), Math.max(...labelLines)]
  const wrapped = pieces.some((p) => tokens[p]?.col !== undefined && ((tokens[p]?.line ?? -1) < top || (tokens[p]?.line ?? -1) > bottom))
  // There, figures no read row holds just before its label may be its figures' first parts, moved (`14 14` before
  // `1．属于国家秘密` `0 … 33` `33`: 1433 twice).
  const before: number[] = []
  for (let k = from - 1; k >= 0 && events[k]?.type === 'value'; k--) {
    const t = tokens[events[k]?.token ?? -1] as Token
    if (isFigure(t) && !settled.has(events[k]?.token ?? -1)) before.push(events[k]?.token ?? -1)
  }
  // In drawn order they are another row's, unless a page break stands between (drawn-lines.ts).
  if (before.length > 0 && drawnBefore(tokens, before[0] as number, first)) before.length = 0
  const loose = before.length > 0
  // On its label's lines, or all on one line between its first and last (inside the row: LibreOffice centres a
  // one-line row of figures between its wrapped label's lines; source-lines.ts).
  const line = tokens[pieces[0] ?? -1]?.line ?? -1
  const own = pieces.every((p) => printedOn(tokens[p] as Token, labelInput)) || (line > top && line < bottom && pieces.every((p) => tokens[p]?.line === line))
  // A figure on another row's label line is that row's only where the line holds that row's figures, not pieces alone:
  // a wrapped cell's rest may fall on the next row's first label line (below this row's), its figures on the line under it.
  // (Where the text keeps columns: without them, lines say nothing of cells.)
  for (const i of onLabels) if (tokens[i]?.col !== undefined && (tokens[i]?.line ?? -1) > lastLine && sparse(tokens[i]?.line ?? -1)) onLabels.delete(i)
  const lowest = Math.min(...pieces.map((p) => tokens[p]?.line ?? Infinity).filter((l) => !sparse(l)))
  const piecesOver = pieces.some((p) => tokens[p]?.col !== undefined && (tokens[p]?.line ?? Infinity) < lowest && sparse(tokens[p]?.line ?? -1))
  const beside = outside.filter((i) => (!labelled.has(tokens[i]?.line ?? -1) || tokens[i]?.kind === 'bad') && !(own && onLabels.has(i)))
  return { pieces, labelLines, labelInput, outside, onLabels, own, beside, wrapped, piecesOver, loose, before, band }
}

/**
 * Whether any row's span could hold a figure in `outside` (and so in `beside`): a piece of figure words, or a figure
 * no read row holds (or a bad one), on the lines from one above the events' first to one below their last — the
 * only lines rowPieces looks at. Where none stands there, no read row has a wrap's piece beside it: one pass
 * over those lines instead of a span per row.
 */
export function anyOutside(tokens: readonly Token[], events: readonly Event[], settled: ReadonlySet<number>): boolean {
  if (events.length === 0) return false
  let first = Infinity
  let last = -1
  for (const e of events) {
    if (e.token < first) first = e.token
    if (e.token > last) last = e.token
  }
  // Lines rise with the token index: the lines [top, bottom] are one run of tokens.
  const top = (tokens[first]?.line ?? 0) - 1
  const bottom = (tokens[last]?.line ?? 0) + 1
  while (first > 0 && (tokens[first - 1]?.line ?? -1) >= top) first--
  for (let i = first; i < tokens.length && (tokens[i]?.line ?? Infinity) <= bottom; i++) {
    const t = tokens[i] as Token
    if (isFigureWords(t) || (isFigure(t) && (t.kind === 'bad' || !settled.has(i)))) return true
  }
  return false
}

/** Figures and units a line kept as one piece of words (`１ 件 件 件`): a wrap's pieces, not a label. */
const FIGURE_WORDS = /^(?=.*\d)[\d,，件个项条次人元万]+$/

export function isFigureWords(t: Token): boolean {
  return t.kind === 'text' && FIGURE_WORDS.test(t.folded)
}

function isFigure(t: Token): boolean {
  return t.kind !== 'text' && t.kind !== 'empty'
}

/**
 * Digits with a leading zero where the text keeps columns (`０８` under `２４２`): no cell's figure alone, nor glued
 * cells — the rest of a figure that wrapped in its cell, offered as a piece (a reading that leaves it alone fails).
 * Without columns, only where it begins its line (`1,` then `02` then `9`): there a wrap's rest begins one, and a
 * split joins it to the line before or reads nothing (raw-joins.ts).
 */
function isRest(t: Token, before: Token | undefined): boolean {
  return /^0\d+$/.test(t.folded) && (t.col !== undefined || before === undefined || before.line !== t.line)
}

/** The rows each figure fills a cell of on some cheapest alignment (a Set a figure): made only for a table read again. */
export function rowsOfTokens(table: TableModel, cells: readonly CellReading[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>()
  let j = 0
  table.rows.forEach((row, r) => {
    for (let k = 0; k < row.columns.length; k++, j++) {
      for (const f of cells[j]?.fills ?? []) {
        const set = out.get(f.token)
        if (set) set.add(r)
        else out.set(f.token, new Set([r]))
      }
    }
  })
  return out
}
