import type { Located } from '../locate/locate.ts'
import { rowPaths, TABLE_KEYS } from '../model/index.ts'
import type { RowModel } from '../model/types.ts'
import type { Warning } from '../schema/report.ts'
import { after } from '../tokens/lines.ts'
import type { Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'
import { columnWidths, printedWidth } from './column-widths.ts'
import { keepsTotal, unreadRows } from './unread-rows.ts'
import { sourceTokens } from './token-flags.ts'
import { joinedHead, joinedRest, labelStarts, type JoinedRest } from './joined-rests.ts'
import { inColumns, splitKeepsTotal, splitRow } from './split-rests.ts'
import { blankSources } from './blank-sources.ts'

/**
 * Figures no cell took, on a line of their own beside a row read whole (text set out in columns): they may be the
 * first lines of the row's wrapped figures (`14` `14` over `60 0 0 0 0 ０ 60`: 1460 and 1460), or their last (`215`
 * … `215` with `56` `56` under the label's next lines: 21556), as well as some other row's. Where joining them, in
 * their order, to the row's cells keeps its total as the reading without them does, the text does not say which the
 * row holds: it is left unread rather than read without them. Where every joining breaks the total, they are not
 * the row's (a report's own slip aside) and the reading stands.
 */

/** Pieces a line holds at most to be weighed as one row's (a row has seven cells). */
const MAX_PIECES = 7

/** A piece no cell took: its digits and its columns on its line. */
interface Piece {
  digits: string
  /** Its printed width (column-widths.ts). */
  width: number
  col: number
  colEnd: number
}

const VALUE_KINDS: ReadonlySet<Token['kind']> = new Set(['number', 'mark', 'run', 'bad'])

/** A row of a table that is read whole: each cell's value (null: printed blank) and the lines its figures stand on. */
interface ReadRow {
  row: RowModel
  paths: readonly string[]
  values: (number | null)[]
  total: number
  /** The row's index in its table. */
  index: number
  top: number
  bottom: number
  /** Each cell's columns on its line, [first, after last], and the token it was read from. */
  cols: [number, number][]
  tokens: number[]
  /** Each cell's printed width as its token prints it. */
  widths: number[]
}

/** The rows beside pieces no cell took that such pieces may complete; their cells nulled, a warning each. */
export function doubtPiecesBeside(tokens: readonly Token[], located: Located, values: CellValues, sources: Map<string, number>, warnings: readonly Warning[], text?: string): Warning[] {
  // The tokens some cell was read from (token-flags.ts): gathered once a region may hold pieces at all.
  let used: Uint8Array | undefined
  const doubted: ReadRow[] = []
  for (const key of TABLE_KEYS) {
    const region = located.tables[key]
    if (!region) continue
    // A piece is a figure set out in columns: a region without one (text without columns, most) has none to weigh.
    if (!hasFigureInColumns(tokens, region.start, region.end)) continue
    used ??= sourceTokens(tokens.length, sources)
    // Only pieces no cell took are weighed: a region whose figures cells took all (most) needs none of the maps below.
    if (!hasPiece(tokens, region.start, region.end, used)) continue
    // Lines holding figures, and the pieces no cell took, by line (text set out in columns only).
    const figureSet = new Set<number>()
    const left = new Map<number, Token[]>()
    const otherOnLine = new Set<number>()
    const onLine = new Map<number, Token[]>()
    const usedLines = new Set<number>()
    const [rests, heads] = [new Map<number, JoinedRest[]>(), new Map<number, JoinedRest[]>()]
    for (let i = region.start; i < region.end; i++) {
      const t = tokens[i] as Token
      if (!VALUE_KINDS.has(t.kind)) continue
      figureSet.add(t.line)
      push(onLine, t.line, t)
      if (used[i]) usedLines.add(t.line)
      const piece = isPiece(t, used[i] === 1)
      if (piece) push(left, t.line, t)
      else otherOnLine.add(t.line)
      const rest = used[i] ? undefined : joinedRest(t, text)
      if (rest) push(rests, t.line, rest)
      const head = used[i] ? undefined : joinedHead(t, text)
      if (head) push(heads, t.line, head)
    }
    if (left.size === 0 && rests.size === 0 && heads.size === 0) continue
    // Sorted once, each line's neighbours are found by halving: the work stays linear in the region's lines.
    const figureLines = [...figureSet].sort((a, b) => a - b)
    // A line holding a row's label is that row's line: figures on it no cell took are that row's trouble, not pieces.
    // And rows do not overlap: a row's figure never reaches past another row's label.
    const labelRows = new Map<number, Set<number>>()
    const spans = new Map<number, [number, number]>()
    for (const [r, label] of region.labels) {
      for (const i of label) {
        const line = (tokens[i] as Token).line
        otherOnLine.add(line)
        labelRows.set(line, (labelRows.get(line) ?? new Set<number>()).add(r))
        const span = spans.get(r)
        spans.set(r, span ? [Math.min(span[0], line), Math.max(span[1], line)] : [line, line])
      }
    }
    const labelLines = [...labelRows.keys()].sort((a, b) => a - b)
    const lines: Lines = { figures: figureLines, labels: labelLines, labelRows }
    const rows = readRows(tokens, region.table.rows, values, sources)
    const widths = columnWidths(tokens, region.table.rows, values, sources, text)
    const joined = joinedCells(tokens, region.table.rows, values, sources)
    for (const [line, pieces] of left) {
      // A line that also holds figures some cell took is that row's line: its pieces are beside it, not here.
      if (otherOnLine.has(line) || pieces.length > MAX_PIECES) continue
      const digits = pieces.map((p) => ({ digits: p.folded.replace(/[^0-9]/g, ''), width: printedWidth(p.text, true), col: p.col ?? 0, colEnd: p.colEnd ?? p.col ?? 0 }))
      // A cell read by joining pieces (wrapped-resolve.ts and the like) names its first piece only as its source: a
      // piece one such cell begins or ends with may be taken, and that reading weighed it — where the cell's first
      // piece stands on or above the piece's line (a wrapped figure's pieces follow its first down the lines).
      if (digits.some(({ digits: d }) => joined.some((j) => j.line <= line && (j.digits.startsWith(d) || j.digits.endsWith(d))))) continue
      // A line between a row's label's first and last lines is inside that row's box: its pieces are that row's.
      const inside = [...spans].filter(([, [first, last]]) => first < line && line < last).map(([r]) => r)
      for (const r of [nearestAbove(rows, line, lines), nearestBelow(rows, line, lines)]) {
        if (r && inside.length > 0 && !inside.includes(r.index)) continue
        if (!r || doubted.includes(r)) continue
        // On the other side, a line of figures no cell took that leaves the pieces' columns empty: the pieces may be
        // that row's own cells, set a line apart (LibreOffice sets a row's one-line cells on two lines), not pieces.
        const other = nextLine(figureLines, line, r.bottom < line ? 1 : -1)
        if (other !== undefined && !usedLines.has(other) && ownCells(digits, onLine.get(other) ?? [], r.paths.length)) continue
        if (joinKeepsTotal(r, digits, r.bottom < line, widths) || (digits.length === 1 && splitKeepsTotal(splitRow(r), digits[0] as Piece, r.bottom < line, widths))) doubted.push(r)
      }
    }
    // The lower pieces of untaken figures joined from two lines stand under their first line: the row below's.
    for (const [line, pieces] of rests) {
      // As for a line of pieces: a cell joined from pieces whose first stands on or above may hold them (its source names its first only).
      if (pieces.some(({ digits: d }) => joined.some((j) => j.line <= line && (j.digits.startsWith(d) || j.digits.endsWith(d))))) continue
      const r = nearestBelow(rows, line + 0.5, lines)
      if (r && !doubted.includes(r) && pieces.length <= MAX_PIECES && joinKeepsTotal(r, pieces, false, widths)) doubted.push(r)
    }
    // And the upper pieces: the row above's rests (split-rests.ts), unless printed on a row's label line (that row's).
    const labelled = heads.size === 0 || text === undefined ? undefined : labelStarts(text, tokens, region.labels)
    for (const [line, all] of heads) {
      const pieces = all.filter((h) => !labelled?.has(h.start ?? -1))
      if (pieces.length === 0 || pieces.some(({ digits: d }) => joined.some((j) => j.line <= line && (j.digits.startsWith(d) || j.digits.endsWith(d))))) continue
      const r = nearestAbove(rows, line, lines)
      if (r && !doubted.includes(r) && pieces.length <= MAX_PIECES && (joinKeepsTotal(r, pieces, true, widths) || (pieces.length === 1 && splitKeepsTotal(splitRow(r), pieces[0] as JoinedRest, true, widths)))) doubted.push(r)
    }
  }
  const message =
    "Figures no cell took stand beside the row, and joined to its cells they keep its total as the reading without them does: the text does not say which the row holds; left blank rather than guessed."
  return unreadRows(doubted.map((r) => ({ path: r.row.path, paths: r.paths })), values, sources, warnings, message)
}

/** Some number token of tokens[start, end) stands in columns (pdftotext -layout): the first test a piece passes. */
/** A figure set out in columns that no cell took (`used`), a whole count: a piece the guard weighs. */
function isPiece(t: Token, used: boolean): boolean {
  return t.kind === 'number' && t.col !== undefined && !used && Number.isInteger(t.value) && (t.value ?? -1) >= 0
}

function hasPiece(tokens: readonly Token[], start: number, end: number, used: Uint8Array): boolean {
  for (let i = start; i < end; i++) if (isPiece(tokens[i] as Token, used[i] === 1)) return true
  return false
}

function hasFigureInColumns(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((tokens[i] as Token).kind === 'number' && (tokens[i] as Token).col !== undefined) return true
  return false
}

/** `t` added to the tokens of its line: one push, not a copy of the line's list (the region is read once). */
function push<T>(lines: Map<number, T[]>, line: number, t: T): void {
  const list = lines.get(line)
  if (list) list.push(t)
  else lines.set(line, [t])
}

/** The nearest line of figures past `line` going `step` (1: down, -1: up). */
function nextLine(figures: readonly number[], line: number, step: 1 | -1): number | undefined {
  const k = after(figures, line)
  if (step === 1) return figures[k]
  const j = figures[k - 1] === line ? k - 2 : k - 1
  return j >= 0 ? figures[j] : undefined
}

/**
 * The pieces stand in columns the line's figures leave empty (none touching), and with them the line holds a row's
 * `cells` exactly: a wrapped figure's rests (`40` under `11,6`) leave columns empty too, and are no row's cells.
 */
function ownCells(pieces: readonly Piece[], line: readonly Token[], cells: number): boolean {
  if (line.length === 0 || line.length + pieces.length !== cells) return false
  // Touching is sharing a column: pdftotext sets a narrow figure's pieces a character off its line's (`0` at 46, `2` at 47).
  return pieces.every((p) => line.every((t) => !(p.col <= (t.colEnd ?? t.col ?? 0) && (t.col ?? 0) <= p.colEnd)))
}

/** The table's rows read whole from tokens (every cell a figure or a blank mark), with their total. */
function readRows(tokens: readonly Token[], rows: readonly RowModel[], values: CellValues, sources: ReadonlyMap<string, number>): ReadRow[] {
  const out: ReadRow[] = []
  for (const [index, row] of rows.entries()) {
    const totalAt = row.columns.findIndex((c) => c.key === 'total')
    if (totalAt < 0) continue
    const paths = rowPaths(row)
    const read: (number | null)[] = []
    let top = Infinity
    let bottom = -Infinity
    const cols: [number, number][] = []
    const from: number[] = []
    const printed: number[] = []
    // A part read blank in the second reading names no source: its mark stands between its neighbours' (blank-sources.ts).
    // Not a blank total: it keeps any joining, and that reading already refused the row for any piece in its reach.
    const named = blankSources(tokens, paths.map((p) => sources.get(p)), paths.map((p, k) => k !== totalAt && values.get(p) === null))
    for (const [k, p] of paths.entries()) {
      const v = values.get(p)
      const s = named[k]
      const t = s === undefined ? undefined : tokens[s]
      if (!t || t.col === undefined || !(typeof v === 'number' || v === null)) break
      read.push(v)
      cols.push([t.col, t.colEnd ?? t.col])
      from.push(s as number)
      printed.push(printedWidth(t.text, true))
      top = Math.min(top, t.line)
      bottom = Math.max(bottom, t.line)
    }
    if (read.length !== paths.length) continue
    const total = read[totalAt]
    // A total printed blank weighs nothing: any joining keeps it.
    out.push({ row, paths, values: read, total: typeof total === 'number' ? total : -1, index, top, bottom, cols, tokens: from, widths: printed })
  }
  return out
}

/** The figures of the table's cells read otherwise than their source token prints them (joined from pieces), as digits. */
function joinedCells(tokens: readonly Token[], rows: readonly RowModel[], values: CellValues, sources: ReadonlyMap<string, number>): { digits: string; line: number }[] {
  const out: { digits: string; line: number }[] = []
  for (const row of rows) {
    for (const p of rowPaths(row)) {
      const v = values.get(p)
      const s = sources.get(p)
      if (typeof v !== 'number' || s === undefined) continue
      const t = tokens[s]
      if (t?.kind !== 'number' || t.value !== v) out.push({ digits: String(v), line: t?.line ?? -1 })
    }
  }
  return out
}

/** The table's lines of figures and of row labels, sorted, and the rows whose label stands on each line. */
interface Lines {
  figures: readonly number[]
  labels: readonly number[]
  labelRows: ReadonlyMap<number, ReadonlySet<number>>
}

/** The read row whose figures end just above `line`, no line of figures between. */
function nearestAbove(rows: readonly ReadRow[], line: number, lines: Lines): ReadRow | undefined {
  const r = rows.filter((x) => x.bottom < line).sort((a, b) => b.bottom - a.bottom)[0]
  return r && clear(r, r.bottom, line, lines) ? r : undefined
}

/** The read row whose figures start just below `line`, no line of figures between. */
function nearestBelow(rows: readonly ReadRow[], line: number, lines: Lines): ReadRow | undefined {
  const r = rows.filter((x) => x.top > line).sort((a, b) => a.top - b.top)[0]
  return r && clear(r, line, r.top, lines) ? r : undefined
}

/** No line of figures, and no other row's label, strictly between the lines `from` and `to`. */
function clear(r: ReadRow, from: number, to: number, lines: Lines): boolean {
  if ((lines.figures[after(lines.figures, from)] ?? Infinity) < to) return false
  for (let j = after(lines.labels, from); j < lines.labels.length && (lines.labels[j] as number) < to; j++) {
    for (const other of lines.labelRows.get(lines.labels[j] as number) ?? []) if (other !== r.index) return false
  }
  return true
}

/**
 * Some joining of the pieces, in their order, each to another figure cell of the row (as its first digits where the
 * pieces stand above, its last where below), keeps the row's total (a blank total keeps any).
 */
function joinKeepsTotal(r: ReadRow, pieces: readonly Piece[], below: boolean, widths: ReadonlyMap<string, number>): boolean {
  const totalAt = r.row.columns.findIndex((c) => c.key === 'total')
  const cells = r.values
  if (pieces.length > cells.length) return false
  const joined = [...cells]
  const keeps = (): boolean => r.total < 0 || keepsTotal(totalAt, joined)
  // Order-preserving choices of cells for the pieces: at most C(7, k) ≤ 35.
  const place = (k: number, from: number): boolean => {
    if (k === pieces.length) return keeps()
    for (let c = from; c < cells.length; c++) {
      const v = cells[c]
      const p = pieces[k] as Piece
      // No count is printed zero-led: a piece beginning with 0 begins no figure, and a 0 has no rest. A wrapped
      // figure's lines stand in its cell's columns (give or take a viewer's drift).
      if (v === null || v === undefined || (below ? v === 0 : p.digits.startsWith('0'))) continue
      if (!inColumns(p, r.cols[c] as [number, number])) continue
      // A figure no wider than one its column prints on one line does not wrap there (column-widths.ts).
      if (p.width + (r.widths[c] ?? 0) <= (widths.get(r.row.columns[c]?.key ?? '') ?? 0)) continue
      joined[c] = Number(below ? `${v}${p.digits}` : `${p.digits}${v}`)
      if (place(k + 1, c + 1)) return true
      joined[c] = v
    }
    return false
  }
  return place(0, 0)
}
