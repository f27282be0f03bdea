import { splitsLonePieces } from './lone-pieces.ts'
import type { Equation } from '../model/equations.ts'
import { rowPaths, type RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'
import { holdsIn, inRow, type Constraint, type RowConstraint } from './glued-constraints.ts'
import { joinedReadings, type JoinedReading } from './wrapped-cells.ts'
import { rowPieces, rowsOfTokens, type RowSpan } from './row-pieces.ts'
import { apartFromPieces, joinedApart, outsideFits, piecesByLine } from './outside-pieces.ts'
import { inputLines } from './source-lines.ts'
import { beforeFits, joinsBeforeRead } from './loose-before.ts'
import { wholeInColumns, wholeOnLabelLine } from './whole-line.ts'
import { readBelow, tallerAbove } from './pieces-below.ts'
import { oneSplit } from './one-split.ts'
import { pastSlips } from './slips.ts'
import { agreed, cellFits, fits, silentTotals, totalOf } from './readings-agreed.ts'
import { interleavedFit } from './interleaved-lines.ts'
import { apartReadings } from './apart-pieces.ts'
import { isolatedRow } from './isolated-row.ts'
import type { TableModel } from '../model/index.ts'
import type { CellReading, Event } from './align-types.ts'

/** What a table's reading leaves for this step: its rows not read, and how its figures were aligned. */
export interface Unread {
  table: TableModel
  events: readonly Event[]
  cells: readonly CellReading[]
  rows: ReadonlySet<number>
  /** Rows where the text's order is not the table's (a label out of place): without columns, none is read. */
  disordered: ReadonlySet<number>
  /** Those a guard doubts for their own text (a cut unit, figures out of their columns, …), not only for a label out of place near them. */
  doubted: ReadonlySet<number>
  /** Group labels printed as one row (locate/group-rows.ts): their lines hold the group's figures, no wrap's pieces. */
  groups: readonly number[]
}

/**
 * One table's unread rows, read again by their figures' pieces (wrapped-resolve.ts drives the order). What the
 * steps share — the figures settled, each row's first label, the lines labels stand on — is this object's state,
 * and the steps are its methods: V8 compiles them once, not a closure of each per table read.
 */
export class TableRejoin {
  readonly firstLabel = new Map<number, number>()
  /** Pieces above a row's label that the row below took (pieces-below.ts): no longer the upper row's. */
  readonly claimed = new Set<number>()
  /** Lines a label or a group's label stands on. */
  readonly labelled = new Set<number>()
  /** The input lines row labels were printed on (none where the text keeps no columns). */
  readonly labelsPrinted: Set<number>
  readonly rowsOfToken: Map<number, Set<number>>
  /** Rows read as printed (asPrinted): their figures do not say whose the pieces above them are. */
  readonly printedOnly = new Set<number>()
  /** Rows not yet read. */
  readonly left: Set<number>
  /** Each label token of the table and its row, made where a row out of order is weighed. */
  private labelTokens: Map<number, number> | undefined

  constructor(
    readonly tokens: readonly Token[],
    readonly unread: Unread,
    /** A read row's figures: no other row's pieces. */
    readonly settled: Set<number>,
    readonly values: CellValues,
    readonly sources: Map<string, number>,
    readonly equations: readonly Equation[],
    private readonly touching: (paths: readonly string[]) => Constraint[],
    readonly drawn: boolean,
  ) {
    const { table, cells, events, groups } = unread
    this.rowsOfToken = rowsOfTokens(table, cells)
    this.labelsPrinted = inputLines(tokens, events.flatMap((e) => (e.type === 'label' ? [e.token] : [])))
    for (const g of groups) this.labelled.add(tokens[g]?.line ?? -1)
    events.forEach((e, k) => {
      if (e.type === 'label') this.labelled.add(tokens[e.token]?.line ?? -1)
      // A row labelled twice has no one place to start from.
      if (e.type === 'label' && e.first) this.firstLabel.set(e.row, this.firstLabel.has(e.row) ? -1 : k)
    })
    this.left = new Set(unread.rows)
  }

  /** The equations on a row's cells whose other cells are known. */
  local(paths: readonly string[]): RowConstraint[] {
    return this.touching(paths).flatMap((c) => inRow(c, paths, this.values) ?? [])
  }

  firstEvent(r: number) {
    return this.unread.events[this.firstLabel.get(r) ?? -1]
  }

  spanOf(r: number): RowSpan | null {
    const { tokens, unread } = this
    const from = this.firstLabel.get(r) ?? -1
    const span = from < 0 ? null : rowPieces(tokens, unread.events, from, r, this.rowsOfToken, this.settled, this.labelled, this.labelsPrinted, unread.table.rows[r]?.columns.length ?? 0)
    return span && span.pieces.some((p) => this.claimed.has(p)) ? { ...span, pieces: span.pieces.filter((p) => !this.claimed.has(p)) } : span
  }

  /**
   * Without columns, a reading that takes two pieces each alone on its line for two cells may have split one cell
   * (a blank beside it leaving no trace): not read (lone-pieces.ts).
   */
  reading(r: number, span: RowSpan): JoinedReading | null {
    const one = this.readingOf(r, span)
    const line = this.tokens[this.firstEvent(r)?.token ?? -1]?.line ?? -1
    return one && splitsLonePieces(this.tokens, one.pieces, line, { values: () => one.values, paths: rowPaths(this.unread.table.rows[r] as RowModel), equations: this.equations, known: this.values }) ? null : one
  }

  private readingOf(r: number, span: RowSpan): JoinedReading | null {
    const { tokens, values } = this
    const { disordered, doubted } = this.unread
    const row = this.unread.table.rows[r] as RowModel
    // Without columns only the text's order places a cell: where a label is out of place, that order is in doubt,
    // and figures no row holds just before the label may be the row's (read only as loose-before.ts allows).
    const raw = span.pieces.some((p) => tokens[p]?.col === undefined)
    if (raw && disordered.has(r) && span.loose) return null
    const paths = rowPaths(row)
    const local = this.local(paths)
    if (local.length === 0) return null
    const rowFits = (vs: readonly (number | null)[]) => local.every((c) => holdsIn(c, vs.map((v) => v ?? 0)))
    const readings = joinedReadings(tokens, span, row, cellFits(paths, values, local), rowFits)
    // No split in order fits: one cell's pieces may stand apart, the row's other cells between them — its label's
    // rest after them, out of place, is that shape's too (`19，` / `0 19292 0 0 4` / `定’` / `296`; apart-pieces.ts).
    // That shape answers a label out of place, not a guard's doubt of the row's own text: a unit cut from its figure
    // (`0` over `件`) says a second cell wrapped, set as a block of its own, so the one-line cells' order is not the
    // row's (`0` / `13398 ０` / `13，` / `0` `0` `0` / `件` / `398`: 13398 the third cell, read as the second).
    if (raw && !span.loose && readings?.length === 0 && !doubted.has(r)) {
      const apart = apartReadings(tokens, span.pieces, row, (l) => span.labelLines.has(l) || this.labelled.has(l), cellFits(paths, values, local), rowFits)
      const one = apart.length > 0 ? agreed(apart, paths, values, local) : null
      if (one || disordered.has(r)) return one
    }
    if (raw && disordered.has(r)) return null
    if (raw && span.loose) {
      const one = span.pieces.length === row.columns.length && readings?.length === 1 ? agreed(readings, paths, values, local) : null
      return one && !beforeFits(tokens, span.before, span.pieces, one.values, local) ? one : null
    }
    if (readings && readings.length > 0) {
      const one = agreed(readings, paths, values, local)
      if (one || readings.some((x) => fits(x, paths, values, local))) return one
      // None fits: an equation that fails in every reading may be the report's slip, not the joining's (slips.ts).
      return pastSlips(readings, local, (weighing) => agreed(readings, paths, values, weighing), totalOf(paths))
    }
    const one = this.asPrinted(r, span, row, paths, local)
    if (one) this.printedOnly.add(r)
    return one
  }

  /** Pieces below a row whose next row is unread: read over every way of leaving some of them to it (pieces-below.ts). */
  ownBelow(r: number, span: RowSpan) {
    const { tokens, settled, labelled, left, values } = this
    const table = this.unread.table
    const row = table.rows[r] as RowModel
    const paths = rowPaths(row)
    const local = this.local(paths)
    const top = Math.min(...span.labelLines)
    const above = span.outside.filter((o) => tokens[o]?.col !== undefined && tokens[o]?.kind !== 'text' && (tokens[o]?.line ?? top) < top && !settled.has(o) && !labelled.has(tokens[o]?.line ?? -1))
    if (tallerAbove(tokens, above, settled, labelled)) return null
    const free = { above: r === 0 || !left.has(r - 1), below: r + 1 < table.rows.length && !left.has(r + 1) && !this.printedOnly.has(r + 1) }
    return local.length > 0 ? readBelow(tokens, span, above, paths.length, free, (s) => silentTotals(joinedReadings(tokens, s, row), paths, values, local), (x) => fits(x, paths, values, local)) : null
  }

  /**
   * A row printed whole on its label's line (whole-line.ts): its one reading, as printed. Without columns, a label
   * out of place near it puts its order in doubt; with them, its line and columns place its cells (not its guards'
   * doubts). Else, in text kept in drawing order (`drawn`), a row whose pieces split into its cells one way only
   * (one-split.ts).
   */
  printedWhole(r: number, span: RowSpan): JoinedReading | null {
    const { tokens } = this
    const { disordered, doubted, events } = this.unread
    const row = this.unread.table.rows[r] as RowModel
    const first = this.firstLabel.get(r) ?? -1
    const whole = disordered.has(r) ? false : wholeOnLabelLine(tokens, events, first, span, row.columns.length)
    if (!whole && (doubted.has(r) || !wholeInColumns(tokens, span, row.columns.length))) return !disordered.has(r) && this.drawn ? this.splitKept(row, span, oneSplit(tokens, events, first, span, row)) : null
    const readings = joinedReadings(tokens, span, row)
    return readings?.length === 1 && !readings[0]?.doubted ? (readings[0] as JoinedReading) : null
  }

  /**
   * A row out of the text's order (a label out of place near it, or a guard's doubt of its cells' order), read where
   * its own text closes it in and its equations hold (isolated-row.ts): what lies around it is then no part of it.
   */
  isolated(r: number): JoinedReading | null {
    const { tokens, unread } = this
    const { events, table, disordered } = unread
    const first = this.firstLabel.get(r) ?? -1
    if (!disordered.has(r) || first < 0 || events.length === 0) return null
    this.labelTokens ??= new Map(events.flatMap((e) => (e.type === 'label' ? [[e.token, e.row] as const] : [])))
    const bounds = { from: (events[0] as Event).token, to: (events[events.length - 1] as Event).token + 1 }
    const one = isolatedRow(tokens, events, first, (q) => table.rows[q]?.columns.length ?? 0, this.labelTokens, bounds)
    if (!one || one.sources.some((s) => tokens[s]?.col !== undefined)) return null
    const local = this.local(rowPaths(table.rows[r] as RowModel))
    const evidence = one.values.map((v) => v ?? 0)
    return local.length > 0 && local.every((c) => holdsIn(c, evidence)) ? one : null
  }

  /**
   * The one split of a row in drawn order is read as printed, slips and all — but where it breaks the row's
   * arithmetic, a viewer may have given wrapped cells' lines interleaved, and a reading of them so that keeps it
   * leaves the split in doubt (interleaved-lines.ts).
   */
  private splitKept(row: RowModel, span: RowSpan, one: JoinedReading | null): JoinedReading | null {
    if (!one) return null
    const evidence = one.values.map((v) => v ?? 0)
    const local = this.local(rowPaths(row))
    // An equation broken only by cells each read from one piece is the report's slip: no joining made those figures.
    if (local.every((c) => holdsIn(c, evidence) || [...c.left, ...c.right].every((k) => one.pieces[k]?.length === 1))) return one
    return interleavedFit(this.tokens, span.pieces, row, local, one.values) ? null : one
  }

  /**
   * A row one figure a cell on its label's lines, with pieces no read row holds around it: read as printed
   * where no joining of those pieces to its figures keeps its arithmetic too (outside-pieces.ts). Such a row
   * says the pieces above it are not its own, not whose they are: the row above, wrapped, is not read on its
   * word (its joinings do not cover every order a viewer sets a cell's lines in: `47 15` on one line for 1547).
   */
  private asPrinted(r: number, span: RowSpan, row: RowModel, paths: readonly string[], local: RowConstraint[]): JoinedReading | null {
    const { tokens, values } = this
    if (span.wrapped || span.pieces.some((p) => tokens[p]?.col === undefined || joinedApart(tokens[p] as Token))) return null
    const readings = joinedReadings(tokens, { ...span, outside: [] }, row)
    const one = readings && readings.length > 0 ? agreed(readings, paths, values, local) : null
    const first = this.firstEvent(r)
    if (!readings || !one || !first || one.sources.some((s) => s < 0)) return null
    // Every reading that fits takes the cells from the same pieces: the joinings around them start from those.
    const fitting = readings.filter((x) => fits(x, paths, values, local))
    const groups = fitting[0]?.pieces ?? []
    if (fitting.some((x) => x.pieces.some((g, k) => g.join() !== groups[k]?.join()))) return null
    const around = piecesByLine(tokens, first.token, span.labelLines, new Set(span.pieces), this.settled, this.labelsPrinted, row.columns.length, span.band)
    return outsideFits(tokens, around, one.values, groups, local, totalOf(paths)) ? null : one
  }

  /**
   * A row read by joining its pieces, with pieces no read row holds around it: where some joining of those to its
   * figures keeps its arithmetic too, they may be its own (`1` under `11` and over `2，28`: 111 or 12,288), unread.
   */
  joinsAround(r: number, span: RowSpan, one: JoinedReading): boolean {
    const { tokens } = this
    const row = this.unread.table.rows[r] as RowModel
    const first = this.firstEvent(r)
    if (!first || span.pieces.some((p) => tokens[p]?.col === undefined)) return false
    const paths = rowPaths(row)
    const around = piecesByLine(tokens, first.token, span.labelLines, new Set(one.pieces.flat()), this.settled, this.labelsPrinted, row.columns.length, span.band)
    return outsideFits(tokens, around, one.values, one.pieces, this.local(paths), totalOf(paths), false)
  }

  /**
   * A row the alignment read one figure a cell on its label's lines, keeping its arithmetic, where no joining of the
   * pieces around it to its figures keeps that arithmetic too (outside-pieces.ts, as for a row read as printed):
   * those pieces are no part of its figures (`件 1，718 26721 97,610` over `０ 1 0件 1 8 2 12`), whoever's they are.
   */
  apartFromBeside(r: number, span: RowSpan): boolean {
    const row = this.unread.table.rows[r] as RowModel
    const first = this.firstEvent(r)
    const paths = rowPaths(row)
    const read = paths.map((p) => this.values.get(p))
    const from = paths.map((p) => this.sources.get(p) ?? -1)
    return first !== undefined && apartFromPieces(this.tokens, first.token, span, read, from, this.local(paths), totalOf(paths), this.settled, this.labelsPrinted)
  }

  /**
   * A row the alignment read after figures no read row holds that may be its figures' first parts (loose-before.ts,
   * without columns: `18 1,8` before `4、无正当理由大量反复申请 0 0 0 0 45 0 45`, 1845 twice).
   */
  joinsBefore(r: number, span: RowSpan): boolean {
    const paths = rowPaths(this.unread.table.rows[r] as RowModel)
    return joinsBeforeRead(this.tokens, span, paths.map((p) => this.values.get(p)), paths.map((p) => this.sources.get(p) ?? -1), this.local(paths))
  }
}
