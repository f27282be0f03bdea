import type { TableRegion } from '../locate/locate.ts'
import { rowPaths, type RowModel, type TableModel } from '../model/index.ts'
import { aloneOnLine } from '../tokens/lines.ts'
import { holdsWords, type Token } from '../tokens/token.ts'
import { piecesMergedAbove } from './source-lines.ts'
import { drawnOrder } from './one-split.ts'
import { regionLines, sourceTokens } from './token-flags.ts'

/**
 * How surely the text itself placed a row's figures, as read (its cells' source tokens), for the arithmetic
 * to weigh (equation-doubt.ts):
 *   - `sure`: the row as a table prints it, read as printed even where it breaks the report's arithmetic —
 *     its figures on one line holding its label and no other figure; or on the line under its wrapped label,
 *     or each alone on its line (a column of cells), with no piece of a cut figure beside them and the last not
 *     just before the label of a row left unread (it may be that row's, printed before its label); or, in text
 *     that keeps the page's columns, beside its label's pieces and left to right in its cells' order;
 *   - `apart`: the figures stand on other lines than the label, or over several (a viewer's reading order
 *     regrouped the page: a figure may have been cut in two at a wrap, or the row shifted by one), or words no
 *     label is stand between them (a group's label: the alignment read past it);
 *   - `far`: between the row's label and its last figure stand another row's label, a figure not read into
 *     the row, or words with figures in them (a line not cut into cells) — the alignment reached past them, so
 *     the label may not be these figures' at all.
 * An inline table (四) prints its figures in one row under its header: all of its rows are `sure` where every
 * row was read and that row is one line of figures (or one figure a line), else `apart`, and they stand or fall
 * together (one `unit`).
 */
export type Certainty = 'sure' | 'apart' | 'far'

export interface RowCertainty {
  certainty: Certainty
  /** Its label's text ends in a figure (`只计 ７９８`, `情形） ２`): a cut figure's first piece, its rest among the row's. */
  cut?: boolean
  /** The rows that stand or fall together: the row's own path, or an inline table's key. */
  unit: string
}

/** Tokens that may be read as a figure (a blank written out, `—`, fills no figure). */
function isFigure(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || t.kind === 'run' || t.kind === 'bad')
}

/** Words with figures among them (`5，142 13202 … 四、结转…`): a line the text did not cut into cells. */
function holdsDigits(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'text' && /[0-9]/.test(t.folded)
}

/** Words that end in a figure after a space (`…只计 ７９８`): a label never does, a cut figure's piece may. */
function endsInFigure(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'text' && /\s[0-9０-９][0-9０-９,，.]*$/.test(t.text)
}

/** Read rows' certainties by path, each worked out when first asked for: the arithmetic asks of few rows, most reports of none. */
export interface Certainties {
  get(row: string): RowCertainty | undefined
  /** Every read row's, the tables in their order. */
  all(): Map<string, RowCertainty>
}

/**
 * Each read row's certainty, by its path. `sources` (per table): the token each cell's number was read from (a
 * cell read otherwise has none, and does not count). One pass over the region per row: rows are the model's few.
 */
export function certainties(tokens: readonly Token[], regions: readonly (readonly [TableRegion, ReadonlyMap<string, number>])[]): Certainties {
  const of = new Map<number, (path: string) => RowCertainty | undefined>()
  let parted: boolean | undefined
  const table = (k: number) => {
    let f = of.get(k)
    const [region, sources] = regions[k] as readonly [TableRegion, ReadonlyMap<string, number>]
    parted ??= readingOrder(tokens)
    if (!f) of.set(k, (f = certaintyIn(tokens, region, sources, parted)))
    return f
  }
  // The table each row is in, by path: made when a row is first asked about (most reports: never).
  let owner: Map<string, number> | undefined
  const ownerOf = () => {
    if (owner) return owner
    owner = new Map<string, number>()
    regions.forEach(([region], k) => {
      for (const row of region.table.rows) owner?.set(row.path, k)
    })
    return owner
  }
  return {
    get: (row) => {
      const k = ownerOf().get(row)
      return k === undefined ? undefined : table(k)(row)
    },
    all: () => {
      const out = new Map<string, RowCertainty>()
      regions.forEach(([region], k) => {
        for (const row of region.table.rows) {
          const c = table(k)(row.path)
          if (c) out.set(row.path, c)
        }
      })
      return out
    },
  }
}

/** One table's rows' certainties by path (undefined: a row not read): the table's index made once, each row's on demand. */
function certaintyIn(tokens: readonly Token[], region: TableRegion, sources: ReadonlyMap<string, number>, parted: boolean): (path: string) => RowCertainty | undefined {
  const table = region.table
  // Each row's read figures, in its cells' order, by the paths the sources are keyed by (rowPaths, read-table.ts).
  const read = new Map<RowModel, number[]>()
  for (const row of table.rows) {
    for (const path of rowPaths(row)) {
      const t = sources.get(path)
      if (t === undefined) continue
      const list = read.get(row)
      if (list) list.push(t)
      else read.set(row, [t])
    }
  }
  const figuresOf = (row: RowModel) => read.get(row) ?? []
  // The figures each line of the region holds, counted once.
  const perLine = figuresPerLine(tokens, region)
  const rowOf = rowsByPath(table)
  if (table.inline) {
    // One line of figures, or a column of them (one cell a line): the table's printed row in its order.
    const all = table.rows.flatMap((r) => figuresOf(r))
    const lines = new Set(all.map((i) => tokens[i]?.line))
    // Its rows stand or fall together: beside a row not read, the figures read may be shifted by one (a piece of
    // a wrapped cell set on the line above, `0` over the row and `件` under it, taken for its first figure).
    const whole = table.rows.every((r) => figuresOf(r).length > 0)
    const certainty: Certainty = whole && (lines.size <= 1 || all.every((i) => perLine(tokens[i]?.line ?? -1) === 1)) ? 'sure' : 'apart'
    return (path) => (rowOf.has(path) ? { certainty, unit: table.key } : undefined)
  }
  const labelOf = new Map<number, number>()
  for (const [r, pieces] of region.labels) for (const p of pieces) labelOf.set(p, r)
  const index = { labelOf, perLine, read: sourceTokens(tokens.length, sources), parted, readRow: (r: number) => figuresOf(table.rows[r] as RowModel).length > 0 }
  const known = new Map<string, RowCertainty | undefined>()
  return (path) => {
    if (known.has(path)) return known.get(path)
    const r = rowOf.get(path)
    const figures = r === undefined ? [] : figuresOf(table.rows[r] as RowModel)
    const cut = (region.labels.get(r ?? -1) ?? []).some((p) => endsInFigure(tokens[p]))
    const c = r === undefined || figures.length === 0 ? undefined : { certainty: certaintyOf(tokens, region, index, r, figures), unit: path, ...(cut ? { cut } : {}) }
    known.set(path, c)
    return c
  }
}

/**
 * How many figures each line of the region holds (0: any other line), counted once, by line from the region's
 * lowest — not a map of every line's number, hashed at each count (a column of cells has a line per figure).
 */
function figuresPerLine(tokens: readonly Token[], region: TableRegion): (line: number) => number {
  const { low, high } = regionLines(tokens, region)
  const counts = new Int32Array(high >= low ? high - low + 1 : 0)
  for (let i = region.start; i < region.end; i++) if (isFigure(tokens[i])) counts[(tokens[i] as Token).line - low]!++
  return (line) => (line >= low && line <= high ? (counts[line - low] as number) : 0)
}

/** A table's rows' indexes by path: the model's, made once per isolate. */
const ROWS_BY_PATH = new WeakMap<TableModel, ReadonlyMap<string, number>>()

function rowsByPath(table: TableModel): ReadonlyMap<string, number> {
  let rows = ROWS_BY_PATH.get(table)
  if (!rows) ROWS_BY_PATH.set(table, (rows = new Map(table.rows.map((row, r) => [row.path, r]))))
  return rows
}

/**
 * Text that keeps the page's columns (pdftotext -layout) sets a wrapped row's figures beside its label's
 * pieces, on two lines or three: where every line of them holds a piece of the label and only the row's
 * figures, and the figures in the cells' order stand left to right apart, the columns placed them — as sure as
 * one line.
 */
function inColumns(tokens: readonly Token[], pieces: readonly number[], figures: readonly number[], perLine: (line: number) => number): boolean {
  const labelLines = new Set(pieces.map((p) => tokens[p]?.line))
  const onLine = new Map<number, number>()
  for (const i of figures) {
    const t = tokens[i]
    if (!t || !isFigure(t) || t.col === undefined || t.colEnd === undefined || !labelLines.has(t.line)) return false
    onLine.set(t.line, (onLine.get(t.line) ?? 0) + 1)
  }
  for (const [line, n] of onLine) if (perLine(line) !== n) return false
  for (let k = 1; k < figures.length; k++) if ((tokens[figures[k - 1] as number]?.colEnd ?? 0) >= (tokens[figures[k] as number]?.col ?? 0)) return false
  return true
}

interface RegionIndex {
  /** The row whose label each label piece is. */
  labelOf: ReadonlyMap<number, number>
  /** How many figures each line holds. */
  perLine: (line: number) => number
  /** The tokens read into some cell of the table, flagged by index (token-flags.ts). */
  read: Uint8Array
  /** A viewer's reading order (readingOrder): a line of figures under a label is a block, not the row. */
  parted: boolean
  /** Whether row r was read (some cell of it from a token). */
  readRow: (r: number) => boolean
}

/**
 * Text without columns whose blocks blank lines part: a viewer's reading order. It sets a line of figures by
 * baseline, and a neighbour's wrapped piece may join it (`0 0 7 28 0 0 29`, the 29 of the next row's 29135,
 * beside a total left empty): the line is not the row.
 */
export function readingOrder(tokens: readonly Token[]): boolean {
  return !drawnOrder(tokens) && !tokens.some((t) => t.col !== undefined)
}

/**
 * A figure read into no cell stands alone on its line next to the row, back to the label or figure of the table
 * before it and on to the one after: a piece of a cut figure (`1，` `17`), or one the text scattered between rows.
 */
function strayBeside(tokens: readonly Token[], region: TableRegion, index: RegionIndex, from: number, to: number, cells: number): boolean {
  const { read, labelOf, perLine } = index
  const edge = (i: number) => read[i] === 1 || labelOf.has(i)
  // A piece stands alone on its line, or with other pieces on a line of fewer figures than a row has cells
  // (`58 ５` between two rows: the wraps of two figures of the row below); a row the alignment left unread
  // stands as a line of as many figures as the row.
  const piece = (i: number) =>
    isFigure(tokens[i]) && (aloneOnLine(tokens, i) || perLine(tokens[i]?.line ?? -1) < cells)
  for (let i = from - 1; i >= region.start && !edge(i); i--) if (piece(i)) return true
  for (let i = to + 1; i < region.end && !edge(i); i++) if (piece(i)) return true
  return false
}

function certaintyOf(tokens: readonly Token[], region: TableRegion, index: RegionIndex, r: number, figures: readonly number[]): Certainty {
  const { labelOf, perLine } = index
  const pieces = region.labels.get(r) ?? []
  const mine = new Set(figures)
  const from = Math.min(pieces[0] ?? Infinity, ...figures)
  const to = Math.max(...figures)
  let words = false
  const first = Math.min(...figures)
  for (let i = from + 1; i < to; i++) {
    if (mine.has(i)) continue
    const label = labelOf.get(i)
    if ((label !== undefined && label !== r) || (label === undefined && (isFigure(tokens[i]) || holdsDigits(tokens[i])))) return 'far'
    if (label === undefined && i > first && holdsWords(tokens[i])) words = true
  }
  // Words no row's label is between its figures (`三、`, a group's label, before `1，846`): the alignment read past
  // them. (Before its first figure they are its label's unmatched rest: `理其政府信息公开申` `请`.)
  if (words) return 'apart'
  // A figure's piece glued to the end of the label's text (`只计 ７９８`): a piece may be missing from the row's figures.
  if (pieces.some((p) => endsInFigure(tokens[p]))) return 'apart'
  // In columns, beside no stray piece, and under no line of pieces the text merged into the row above (`58 ５`
  // under row 5 were the first parts of row 6's 582 and 582).
  if (inColumns(tokens, pieces, figures, perLine)) return strayBeside(tokens, region, index, from, to, figures.length) || piecesMergedAbove(tokens, from, region.start) ? 'apart' : 'sure'
  const line = tokens[figures[0] as number]?.line
  // One figure per cell: the line holds no figure the row did not take (a cut piece, a neighbour's figure).
  const own = figures.filter((i) => isFigure(tokens[i])).length
  // A row printed as a column, each figure alone on its line (a viewer's reading order gives each cell's block
  // its own line), with no piece of a figure beside it: each line is one cell's whole text, in the row's order.
  // But its last figure just before the next row's label, that row left unread, may be that row's, printed before
  // its label (`0 … 0 61,518 总计 26883 …`: 总计's total, taken for （六）其他处理's, a blank cell of it left no trace).
  if (figures.every((i) => perLine(tokens[i]?.line ?? -1) === 1) && !strayBeside(tokens, region, index, from, to, figures.length)) return beforeUnread(tokens, index, r, to) ? 'apart' : 'sure'
  if (!figures.every((i) => tokens[i]?.line === line) || perLine(line ?? -1) !== own) return 'apart'
  // On its label's line, the row is as a table prints it. A label wrapped above its figures' line (or not
  // found) is the row's too unless a figure that went into no cell stands beside it: there the text cut or
  // scattered figures, and the line may hold a piece for a figure (`1，` `17` … `８ 0 0 0 14 ０ 732`).
  // In a viewer's reading order the line under the label is a block of figures, which may hold a neighbour's piece.
  return pieces.some((p) => tokens[p]?.line === line) || (!index.parted && !strayBeside(tokens, region, index, from, to, figures.length)) ? 'sure' : 'apart'
}

/** Whether the next token after the row's last figure (blank lines aside) is the first label piece of the row after it, left unread. */
function beforeUnread(tokens: readonly Token[], index: RegionIndex, r: number, last: number): boolean {
  let i = last + 1
  while (tokens[i]?.kind === 'empty') i++
  return index.labelOf.get(i) === r + 1 && !index.readRow(r + 1)
}
