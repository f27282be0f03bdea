import { cellsOf, rowPaths, type RowModel, type TableModel } from '../model/index.ts'
import type { Equation } from '../model/equations.ts'
import type { TableRegion } from '../locate/locate.ts'
import type { Warning } from '../schema/report.ts'
import { halfWidth } from '../normalize/fold.ts'
import type { Token } from '../tokens/token.ts'
import { alignValues } from './align-values.ts'
import type { Event } from './align-types.ts'
import { eventsOf } from './table-events.ts'
import { isWrapped, outOfColumns } from './wrapped-rows.ts'
import { stackedCells } from './stacked-cells.ts'
import { misjoinedRows } from './misjoined.ts'
import { figureAmongWords, figureWordLines } from './label-figures.ts'
import type { CellValues, GluedRow } from './glued.ts'
import type { Unread } from './wrapped-resolve.ts'
import { joinedCandidate, type JoinedCandidate } from './joined-figures.ts'
import { agreedValue, signedOutOfPlace } from './read-cell.ts'
import { readBeside } from './self-contained.ts'
import { blockOrderInDoubt } from './block-order.ts'
import { cutUnitRows } from './cut-units.ts'
import { unitAcrossRows } from './unit-across.ts'
import { rowsBesideFigureWords } from './figure-words.ts'
import { rowsWithWordsAmong } from './words-among-cells.ts'
import { unweighedBefore } from './unweighed-before.ts'
import { withholdBesideUnread, withholdRows } from './withhold-rows.ts'
import { lonePieceRows, LONE_PIECES } from './lone-pieces.ts'
import { otherSideRows, OTHER_SIDE } from './other-side.ts'
import { tentativeCells, type Tentative } from './column-reads.ts'
import { printedRunOf, type PrintedRun } from './printed-run.ts'
import { zeroRuns } from './zero-runs.ts'
import { readingOrder } from './row-certainty.ts'
import { cutMarkRows } from './cut-marks.ts'
import { countedRuns } from './counted-runs.ts'
import { wrappedSignRows, WRAPPED_SIGN } from './wrapped-sign.ts'

/**
 * One table's region → its cells: the figures aligned with the model's cells (align-values.ts), then each
 * cell read from what fills it on every cheapest alignment. A row whose figures could not be placed is
 * left blank with a warning; a row that arrived as one glued run is handed to the arithmetic (glued.ts).
 */
export interface TableReading {
  values: CellValues
  /** The token each value was read from, by its cell's path (provenance): only cells read from one token. */
  sources: Map<string, number>
  glued: GluedRow[]
  /** Rows of text not read, for a second reading by their figures' pieces and the arithmetic (match.ts). */
  unread: Unread | null
  warnings: Warning[]
  /** Rows of text whose figures run over two or more lines of several figures each (a viewer's wrap). */
  wrapped: Set<string>
  /** Unreadable PDF cells whose pieces may be one figure: read if the arithmetic confirms it (joined-figures.ts). */
  joined: JoinedCandidate[]
  /** Tokens past the region read as the table's figures (its last page's column blocks: tail-blocks.ts). */
  borrowed: number[]
  /** Figures the alignment put in cells of rows it left unread: read only where their columns hold them (column-reads.ts). */
  tentative: Map<string, Tentative>
  /** An inline table's run of figures: rows of it left unread are read again by its splits where the text kept drawn order (printed-run.ts). */
  printed: PrintedRun | null
}

/**
 * An inline table (四) prints its figures in one row under its header: words among them mean the text
 * was read out of the table's order (a PDF viewer's reading order), and no figure of it can be placed.
 */
function interrupted(tokens: readonly Token[], events: readonly Event[]): boolean {
  const values = events.filter((e) => e.type === 'value' && tokens[e.token]?.kind !== 'empty')
  const first = values[0]?.token ?? 0
  const last = values.at(-1)?.token ?? 0
  for (let i = first; i < last; i++) if (tokens[i]?.kind === 'text' && (tokens[i]?.folded.length ?? 0) > 0) return true
  return false
}

const PRINTED = new WeakMap<TableModel, RowModel>()

/**
 * An inline table's one printed row as a row of the model: its cells keyed by their paths under the table. Made
 * once per table and isolate (read only after), so that its paths are made once too (rowPaths).
 */
function printedRow(table: TableModel): RowModel {
  let printed = PRINTED.get(table)
  if (!printed) {
    const rows = table.rows
    printed = {
      path: table.key,
      numbering: '',
      label: '',
      variants: [],
      columns: rows.flatMap((row) => row.columns.map((c) => ({ ...c, key: `${row.path.slice(table.key.length + 1)}.${c.key}` }))),
    }
    PRINTED.set(table, printed)
  }
  return printed
}

/**
 * Every cell of the table blank. The report's maps are keyed by the paths rowPaths keeps (flat strings made once per
 * isolate), the first set of each cell here and below: cellsOf's are concatenations, and each lookup that finds one
 * of them by another string of the same path (an equation's, a glued row's) compares them piece by piece.
 */
function blankAll(table: TableModel, values: CellValues): void {
  for (const row of table.rows) for (const path of rowPaths(row)) values.set(path, null)
}

/** The most figures and labels a table's region may hold per cell (and over), before it is not read at all. */
const MAX_EVENTS_PER_CELL = 4
const MAX_EVENTS_SLACK = 400

/** `values`: where the cells' values are set — the report's own map (match.ts; the tables' paths are disjoint), not a copy. */
export function readTable(tokens: readonly Token[], region: TableRegion, glueable: boolean, equations: readonly Equation[], tail: readonly number[] = [], values: CellValues = new Map()): TableReading {
  const table: TableModel = region.table
  const cells = cellsOf(table)
  const out: TableReading = { values, sources: new Map(), glued: [], unread: null, warnings: [], wrapped: new Set(), joined: [], borrowed: [], tentative: new Map(), printed: null }
  const events = eventsOf(tokens, region, tail, glueable)
  if (tail.length > 0) out.borrowed = events.filter((e) => e.token >= region.end).map((e) => e.token)
  // A table's figures are about as many as its cells (twice, with blank lines between them): a region holding
  // many times more is no table of a report, and aligning it would cost its length times the cells.
  if (events.length > MAX_EVENTS_PER_CELL * cells.length + MAX_EVENTS_SLACK) {
    blankAll(table, out.values)
    for (const row of table.rows) for (const c of row.columns) if (c.unitKey) out.values.set(`${row.path}.${c.unitKey}`, null)
    out.warnings.push({ code: 'unreadable_table', message: `The table's part of the document holds ${events.length} figures and labels for ${cells.length} cells; it is left blank rather than read.`, path: table.key })
    return out
  }
  const aligned = alignValues(tokens, events, cells, table.rows.length, glueable, table.inline === true)
  if (glueable) readBeside(tokens, events, aligned, table) // rows out of order only by their neighbours' disorder
  if (table.inline && interrupted(tokens, events)) for (let r = 0; r < table.rows.length; r++) aligned.tainted.add(r)
  // An inline table's blocks in another order keep its totals with other values in its cells: two readings, neither read.
  if (glueable && table.inline && aligned.tainted.size === 0 && blockOrderInDoubt(tokens, aligned.cells, table)) {
    blankAll(table, out.values)
    for (const row of table.rows) {
      const message = "The table's one printed row came in blocks that, in another order, keep its totals with other figures in these cells; left blank rather than guessed."
      out.warnings.push({ code: 'ambiguous_cells', message, path: row.path })
    }
    return out
  }
  // A viewer's reading order (no columns, blank lines part its blocks): some doubts are its own.
  const inReadingOrder = glueable && readingOrder(tokens)
  // A unit cut from its figure: the viewer's order may have moved that row's figures (order in doubt, as above).
  const cutOnly = new Set(aligned.cutOnly)
  // Rows a guard below doubts for their own text (not only for a label out of place near them).
  const doubted = new Set<number>()
  const doubt = (rows: Iterable<number>) => {
    for (const r of rows) {
      aligned.disordered.add(r)
      cutOnly.delete(r)
      doubted.add(r)
    }
  }
  if (glueable) doubt(cutUnitRows(tokens, region, events, aligned.cells, table))
  if (glueable) doubt(unitAcrossRows(tokens, region, aligned.cells, table))
  if (glueable) doubt(outOfColumns(tokens, aligned.cells, table))
  if (glueable) doubt(stackedCells(tokens, aligned.cells, table))
  if (glueable) doubt(misjoinedRows(tokens, aligned.cells, table))
  // A dash mark over touching lines may be one blank cell cut or two (cut-marks.ts): only in reading order.
  if (inReadingOrder) doubt(cutMarkRows(tokens, aligned.cells, table))
  if (glueable) doubt(rowsBesideFigureWords(tokens, region, aligned.cells, table))
  if (glueable && !table.inline) doubt(rowsWithWordsAmong(tokens, region, aligned.cells, table))
  if (glueable && !table.inline) doubt(unweighedBefore(tokens, region, aligned.cells, table))
  for (const r of aligned.disordered) aligned.tainted.add(r)
  // Rows unread for their order whose figures around are all 0: every placing reads the same (zero-runs.ts).
  if (glueable && !table.inline) {
    const zeros = zeroRuns(tokens, region, events, aligned.cells, table, aligned.tainted, doubted)
    for (const [j, token] of zeros.fills) aligned.cells[j] = { fills: [{ type: 'token', token }], unfilled: false }
    for (const r of zeros.rows) {
      aligned.tainted.delete(r)
      aligned.disordered.delete(r)
    }
    // Such runs of any figures, where the text and the arithmetic leave one placing (counted-runs.ts).
    const counted = countedRuns(tokens, region, events, aligned.cells, table, aligned.tainted, doubted, equations)
    for (const [j, token] of counted.fills) aligned.cells[j] = { fills: [{ type: 'token', token }], unfilled: false }
    for (const r of counted.rows) {
      aligned.tainted.delete(r)
      aligned.disordered.delete(r)
    }
  }
  // An inline table (四) that arrived as one glued run: its printed row is read whole, by arithmetic.
  const run = aligned.cells[0]?.fills[0]
  if (table.inline && run?.type === 'glued' && aligned.cells.every((c) => !c.unfilled && c.fills.length === 1 && c.fills[0]?.type === 'glued' && c.fills[0].token === run.token)) {
    blankAll(table, out.values)
    out.glued.push({ row: printedRow(table), text: halfWidth(tokens[run.token]?.text ?? ''), token: run.token })
    return out
  }
  // Rows not read: after all are known, those that may hold a figure wrapped into pieces go to the arithmetic.
  const unread = new Set<number>()
  const wordLines = glueable ? figureWordLines(tokens, region.start, region.end) : new Set<number>()
  // The model's cells are row by row: each row's are one slice of them.
  let from = 0
  table.rows.forEach((row, r) => {
    // The row's cells and what the alignment put in each: two slices, not an object made per cell.
    const mine = cells.slice(from, from + row.columns.length)
    const readings = aligned.cells.slice(from, from + row.columns.length) as (typeof aligned.cells)[number][]
    from += row.columns.length
    // The cells' keys in the report's maps: the row's paths as rowPaths keeps them (see blankAll).
    const keys = rowPaths(row)
    const setRow = (value: null) => {
      mine.forEach((c, k) => {
        out.values.set(keys[k] as string, value)
        if (c.unitPath) out.values.set(c.unitPath, null)
      })
    }
    if (readings.every((x) => x.fills.length === 0)) {
      unread.add(r)
      setRow(null)
      out.warnings.push({ code: 'missing_row', message: 'The row was not found in the table.', path: row.path })
      return
    }
    if (aligned.tainted.has(r)) {
      unread.add(r)
      setRow(null)
      if (glueable && !table.inline) tentativeCells(tokens, mine.map((c, k) => ({ c, reading: readings[k] as (typeof readings)[number] })), out.tentative)
      out.warnings.push({ code: 'unreadable_row', message: 'The figures around this row cannot be placed in its cells with confidence; the row is left blank rather than guessed.', path: row.path })
      return
    }
    const glued = readings[0]?.fills.length === 1 && readings[0].fills[0]?.type === 'glued' ? readings[0].fills[0].token : -1
    if (glued >= 0 && readings.every((x) => x.fills.length === 1 && x.fills[0]?.type === 'glued' && x.fills[0].token === glued)) {
      setRow(null)
      out.glued.push({ row, text: halfWidth(tokens[glued]?.text ?? ''), token: glued })
      return
    }
    if (glueable && (isWrapped(tokens, readings) || figureAmongWords(tokens, region.labels.get(r), readings, wordLines))) out.wrapped.add(row.path)
    const unsure: string[] = []
    mine.forEach((c, k) => {
      const path = keys[k] as string
      const reading = readings[k] as (typeof readings)[number]
      const first = agreedValue(tokens, reading, c.column)
      if (!first) {
        out.values.set(path, null)
        unsure.push(c.column.key)
      } else if (first.kind === 'blank') {
        out.values.set(path, null)
        out.warnings.push({ code: 'blank_cell', message: 'The cell is blank in the report.', path })
      } else if (first.kind === 'unreadable') {
        out.values.set(path, null)
        out.warnings.push({ code: 'unreadable_cell', message: 'The cell does not hold a number that can be read with confidence.', path })
        const from = reading.fills[0]
        const joined = from?.type === 'token' ? joinedCandidate(tokens, from.token, c) : null
        if (joined) out.joined.push(joined)
      } else {
        out.values.set(path, first.value)
        const from = reading.fills[0]
        if (from?.type === 'token') out.sources.set(path, from.token)
        if (c.unitPath) out.values.set(c.unitPath, first.unit)
      }
      // The unit's path kept with the cell (cellsOf), not made again per cell.
      if (c.unitPath && !out.values.has(c.unitPath)) out.values.set(c.unitPath, null)
    })
    const signedOut = glueable && signedOutOfPlace(tokens, row, readings)
    if (signedOut) for (const path of keys) out.values.set(path, null)
    if (signedOut || unsure.length > 0) {
      unread.add(r)
      const why = signedOut ? "A signed figure stands where the row's order puts a count: the text may have set its figures out of their columns' order" : `More than one reading of the table puts a different figure in these cells: ${unsure.join(', ')}`
      out.warnings.push({ code: 'ambiguous_cells', message: `${why}; left blank rather than guessed.`, path: row.path })
    }
  })
  withholdBesideUnread(table, unread, out)
  // A row read as printed that may hold one cell's pieces as two cells: blank, and not read again by its pieces.
  const lone = new Set(glueable ? lonePieceRows(tokens, region, aligned.cells, table, out.values, equations).filter((r) => !unread.has(r)) : [])
  withholdRows(table, lone, out, LONE_PIECES)
  for (const r of lone) {
    unread.add(r)
    aligned.disordered.add(r)
    doubted.add(r)
  }
  // A row read from one side of its label with a figure no read row holds on the other: blank, not read again.
  const read = new Set(table.rows.map((_, r) => r).filter((r) => !unread.has(r)))
  const sides = new Set(glueable && !table.inline ? otherSideRows(tokens, region, aligned.cells, table, read, inReadingOrder) : [])
  withholdRows(table, sides, out, OTHER_SIDE)
  for (const r of sides) {
    unread.add(r)
    aligned.disordered.add(r)
    doubted.add(r)
  }
  // A dash read as a blank 增/减 alone over a figure may be that figure's sign, wrapped (wrapped-sign.ts).
  const signs = glueable ? wrappedSignRows(tokens, aligned.cells, table, (r) => read.has(r) && !sides.has(r)) : new Set<number>()
  withholdRows(table, signs, out, WRAPPED_SIGN)
  for (const r of signs) {
    unread.add(r)
    aligned.disordered.add(r)
    doubted.add(r)
  }
  // A row in doubt only for a figure of its own cut at its separator is read again by its pieces: a split of them
  // in order joins the cut figure to its rest, or reads nothing (raw-joins.ts); every other doubt of order stands.
  const disordered = new Set([...aligned.disordered].filter((r) => !cutOnly.has(r)))
  if (glueable && !table.inline) out.unread = { table, events, cells: aligned.cells, rows: unread, disordered, doubted, groups: region.groups }
  if (glueable && table.inline) out.printed = printedRunOf(tokens, events, table)
  return out
}
