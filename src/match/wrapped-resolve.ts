import { splitsLonePieces } from './lone-pieces.ts'
import type { StatedFact } from '../locate/stated-facts.ts'
import type { Equation } from '../model/equations.ts'
import { rowPaths, type RowModel, type TableModel } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import type { CellReading, Event } from './align-types.ts'
import type { CellValues } from './glued.ts'
import { arithmeticOf, holdsIn, inRow, touchingAny, type RowConstraint } from './glued-constraints.ts'
import { standsBy } from './column-pairs.ts'
import { joinedReadings, type JoinedReading } from './wrapped-cells.ts'
import { anyOutside, rowPieces, rowsOfTokens, type RowSpan } from './row-pieces.ts'
import { apartFromPieces, joinedApart, outsideFits, piecesByLine } from './outside-pieces.ts'
import { inputLines } from './source-lines.ts'
import { beforeFits, joinsBeforeRead } from './loose-before.ts'
import { wholeInColumns, wholeOnLabelLine } from './whole-line.ts'
import { readBelow, tallerAbove } from './pieces-below.ts'
import { oneSplit } from './one-split.ts'
import { pastSlips } from './slips.ts'
import { agreed, cellFits, fits, silentTotals, totalOf } from './readings-agreed.ts'
import { readRuns } from './stack-runs.ts'
import { interleavedFit } from './interleaved-lines.ts'
import { apartReadings } from './apart-pieces.ts'
import type { Tentative } from './column-reads.ts'

/**
 * Rows the alignment did not read, read again by their figures' pieces (wrapped-cells.ts) and the report's
 * arithmetic: a reading stands only where every equation on the row's cells whose other cells are known holds in
 * it (a blank counts as nothing), and at least one such equation exists — with none, nothing says which joining
 * is right. A row is read only where every reading that stands gives each cell the same value. Its figures are
 * then settled, and rows beside it are tried again: a row is read only when no figure around it is in doubt.
 * Arithmetic chooses between readings; it never changes a number.
 */

const BEFORE = "Figures no row holds stand just before the row's label, and joined to its figures keep its arithmetic too: they may be their first parts; the row is left blank rather than guessed."
const BESIDE = "A piece of a wrapped figure stands beside the row's figures, and may be part of one of them; the row is left blank rather than guessed."

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

export interface RejoinResult {
  /** The rows read here: the warnings the alignment gave them no longer hold. */
  rows: Set<string>
  warnings: Warning[]
  /** Figures of rows read and then withheld here (a piece beside them), for their columns to confirm. */
  tentative: Map<string, Tentative>
}

export function rejoinRows(tokens: readonly Token[], unread: readonly Unread[], values: CellValues, sources: Map<string, number>, equations: readonly Equation[], facts: readonly StatedFact[], drawn = false, text?: string): RejoinResult {
  const result: RejoinResult = { rows: new Set(), warnings: [], tentative: new Map() }
  // Nothing to find in a table whose rows were all read from text that keeps no columns: every step below
  // reads an unread row, or a piece set in a column beside a read row.
  const todo = unread.filter((u) => u.rows.size > 0 || u.events.some((e) => tokens[e.token]?.col !== undefined))
  if (todo.length === 0) return result
  // The equations by the paths they touch, made only where a row is weighed by them.
  let byPath: ReturnType<typeof arithmeticOf>['byPath'] | null = null
  const touching = (paths: readonly string[]) => touchingAny((byPath ??= arithmeticOf(equations, facts).byPath), paths)
  for (const { table, events, cells, rows, disordered, doubted, groups } of todo) {
    // A read row's figures are settled; the rows each figure fills a cell of only past the test below (row-pieces.ts).
    const settled = new Set<number>()
    let j = 0
    table.rows.forEach((row, r) => {
      for (let k = 0; k < row.columns.length; k++, j++) for (const f of cells[j]?.fills ?? []) if (!rows.has(r)) settled.add(f.token)
    })
    // Every row read, and no piece around them that no read row holds: nothing below can change a cell.
    if (rows.size === 0 && !anyOutside(tokens, events, settled)) continue
    const rowsOfToken = rowsOfTokens(table, cells)
    // Each row's label's first piece, found once (a row labelled twice has no one place to start from).
    const firstLabel = new Map<number, number>()
    const claimed = new Set<number>()
    const labelled = new Set<number>()
    // The input lines row labels were printed on (none where the text keeps no columns).
    const labelsPrinted = inputLines(tokens, events.flatMap((e) => (e.type === 'label' ? [e.token] : [])))
    for (const g of groups) labelled.add(tokens[g]?.line ?? -1)
    events.forEach((e, k) => {
      if (e.type === 'label') labelled.add(tokens[e.token]?.line ?? -1)
      if (e.type === 'label' && e.first) firstLabel.set(e.row, firstLabel.has(e.row) ? -1 : k)
    })
    const spanOf = (r: number) => {
      const from = firstLabel.get(r) ?? -1
      const span = from < 0 ? null : rowPieces(tokens, events, from, r, rowsOfToken, settled, labelled, labelsPrinted, table.rows[r]?.columns.length ?? 0)
      // A piece above a row's label that the row below took (pieces-below.ts) is no longer this row's.
      return span && span.pieces.some((p) => claimed.has(p)) ? { ...span, pieces: span.pieces.filter((p) => !claimed.has(p)) } : span
    }
    // Without columns, a reading that takes two pieces each alone on its line for two cells may have split one cell
    // (a blank beside it leaving no trace): not read (lone-pieces.ts).
    const reading = (r: number, span: RowSpan) => {
      const one = readingOf(r, span)
      return one && splitsLonePieces(tokens, one.pieces, tokens[events[firstLabel.get(r) ?? -1]?.token ?? -1]?.line ?? -1, { values: () => one.values, paths: rowPaths(table.rows[r] as RowModel), equations, known: values }) ? null : one
    }
    const readingOf = (r: number, span: RowSpan) => {
      const row = table.rows[r] as RowModel
      // Without columns only the text's order places a cell: where a label is out of place, that order is in doubt,
      // and figures no row holds just before the label may be the row's (read only as loose-before.ts allows).
      const raw = span.pieces.some((p) => tokens[p]?.col === undefined)
      if (raw && disordered.has(r) && span.loose) return null
      const paths = rowPaths(row)
      const local = touching(paths).flatMap((c) => inRow(c, paths, values) ?? [])
      if (local.length === 0) return null
      const rowFits = (vs: readonly (number | null)[]) => local.every((c) => holdsIn(c, vs.map((v) => v ?? 0)))
      const readings = joinedReadings(tokens, span, row, cellFits(paths, values, local), rowFits)
      // No split in order fits: one cell's pieces may stand apart, the row's other cells between them — its label's
      // rest after them, out of place, is that shape's too (`19，` / `0 19292 0 0 4` / `定’` / `296`; apart-pieces.ts).
      if (raw && !span.loose && readings?.length === 0) {
        const apart = apartReadings(tokens, span.pieces, row, (l) => span.labelLines.has(l) || labelled.has(l), cellFits(paths, values, local), rowFits)
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
      const one = asPrinted(r, span, row, paths, local)
      if (one) printedOnly.add(r)
      return one
    }
    // Pieces below a row whose next row is unread: read over every way of leaving some of them to it (pieces-below.ts).
    const ownBelow = (r: number, span: RowSpan) => {
      const row = table.rows[r] as RowModel
      const paths = rowPaths(row)
      const local = touching(paths).flatMap((c) => inRow(c, paths, values) ?? [])
      const top = Math.min(...span.labelLines)
      const above = span.outside.filter((o) => tokens[o]?.col !== undefined && tokens[o]?.kind !== 'text' && (tokens[o]?.line ?? top) < top && !settled.has(o) && !labelled.has(tokens[o]?.line ?? -1))
      if (tallerAbove(tokens, above, settled, labelled)) return null
      return local.length > 0 ? readBelow(tokens, span, above, paths.length, { above: r === 0 || !left.has(r - 1), below: r + 1 < table.rows.length && !left.has(r + 1) && !printedOnly.has(r + 1) }, (s) => silentTotals(joinedReadings(tokens, s, row), paths, values, local), (x) => fits(x, paths, values, local)) : null
    }
    // A row printed whole on its label's line (whole-line.ts): its one reading, as printed. Without columns, a label
    // out of place near it puts its order in doubt; with them, its line and columns place its cells (not its guards'
    // doubts). Else, in text kept in drawing order (`drawn`), a row whose pieces split into its cells one way only
    // (one-split.ts).
    const printedWhole = (r: number, span: RowSpan): JoinedReading | null => {
      const row = table.rows[r] as RowModel
      const whole = disordered.has(r) ? false : wholeOnLabelLine(tokens, events, firstLabel.get(r) ?? -1, span, row.columns.length)
      if (!whole && (doubted.has(r) || !wholeInColumns(tokens, span, row.columns.length))) return !disordered.has(r) && drawn ? splitKept(row, span, oneSplit(tokens, events, firstLabel.get(r) ?? -1, span, row)) : null
      const readings = joinedReadings(tokens, span, row)
      return readings?.length === 1 && !readings[0]?.doubted ? (readings[0] as JoinedReading) : null
    }
    // The one split of a row in drawn order is read as printed, slips and all — but where it breaks the row's
    // arithmetic, a viewer may have given wrapped cells' lines interleaved, and a reading of them so that keeps it
    // leaves the split in doubt (interleaved-lines.ts).
    const splitKept = (row: RowModel, span: RowSpan, one: JoinedReading | null): JoinedReading | null => {
      if (!one) return null
      const paths = rowPaths(row)
      const evidence = one.values.map((v) => v ?? 0)
      const local = touching(paths).flatMap((c) => inRow(c, paths, values) ?? [])
      // An equation broken only by cells each read from one piece is the report's slip: no joining made those figures.
      if (local.every((c) => holdsIn(c, evidence) || [...c.left, ...c.right].every((k) => one.pieces[k]?.length === 1))) return one
      return interleavedFit(tokens, span.pieces, row, local, one.values) ? null : one
    }
    // A row one figure a cell on its label's lines, with pieces no read row holds around it: read as printed
    // where no joining of those pieces to its figures keeps its arithmetic too (outside-pieces.ts). Such a row
    // says the pieces above it are not its own, not whose they are: the row above, wrapped, is not read on its
    // word (its joinings do not cover every order a viewer sets a cell's lines in: `47 15` on one line for 1547).
    const printedOnly = new Set<number>()
    const asPrinted = (r: number, span: RowSpan, row: RowModel, paths: readonly string[], local: RowConstraint[]) => {
      if (span.wrapped || span.pieces.some((p) => tokens[p]?.col === undefined || joinedApart(tokens[p] as Token))) return null
      const readings = joinedReadings(tokens, { ...span, outside: [] }, row)
      const one = readings && readings.length > 0 ? agreed(readings, paths, values, local) : null
      const first = events[firstLabel.get(r) ?? -1]
      if (!readings || !one || !first || one.sources.some((s) => s < 0)) return null
      // Every reading that fits takes the cells from the same pieces: the joinings around them start from those.
      const fitting = readings.filter((x) => fits(x, paths, values, local))
      const groups = fitting[0]?.pieces ?? []
      if (fitting.some((x) => x.pieces.some((g, k) => g.join() !== groups[k]?.join()))) return null
      const around = piecesByLine(tokens, first.token, span.labelLines, new Set(span.pieces), settled, labelsPrinted, row.columns.length, span.band)
      return outsideFits(tokens, around, one.values, groups, local, totalOf(paths)) ? null : one
    }
    // A row read by joining its pieces, with pieces no read row holds around it: where some joining of those to its
    // figures keeps its arithmetic too, they may be its own (`1` under `11` and over `2，28`: 111 or 12,288), unread.
    const joinsAround = (r: number, span: RowSpan, one: JoinedReading) => {
      const row = table.rows[r] as RowModel
      const first = events[firstLabel.get(r) ?? -1]
      if (!first || span.pieces.some((p) => tokens[p]?.col === undefined)) return false
      const paths = rowPaths(row)
      const local = touching(paths).flatMap((c) => inRow(c, paths, values) ?? [])
      const around = piecesByLine(tokens, first.token, span.labelLines, new Set(one.pieces.flat()), settled, labelsPrinted, row.columns.length, span.band)
      return outsideFits(tokens, around, one.values, one.pieces, local, totalOf(paths), false)
    }
    // A row not read whose figures are its cells, one each on its own lines, and keep its arithmetic is no
    // wrapped piece's source: its figures are its own, as a read row's are (rows beside it may then be read).
    const consistent: number[] = []
    const own = new Map<number, number[]>()
    for (const r of rows) {
      const span = spanOf(r)
      if (span && !span.wrapped && span.pieces.length === table.rows[r]?.columns.length && reading(r, { ...span, outside: [], loose: false })) {
        consistent.push(...span.pieces)
        own.set(r, span.pieces)
      }
    }
    for (const p of consistent) settled.add(p)
    const ownRows = new Set(own.keys())
    const left = new Set(rows)
    // A row read settles figures on its own lines and the lines beside them: only rows near it are tried again,
    // so each row is tried once, and again at most once for each row read within two of it.
    for (let tried = new Set(rows); tried.size > 0; ) {
      const read: number[] = []
      for (const r of [...tried].sort((a, b) => a - b)) {
        const row = table.rows[r]
        const span = row ? spanOf(r) : null
        // Pieces below the row's lines may be the next row's first parts, unless that row was read without them.
        if (!row || !span) continue
        const nextUnread = span.wrapped && (r + 1 >= table.rows.length || (left.has(r + 1) && !ownRows.has(r + 1)) || printedOnly.has(r + 1))
        // Beside a next row whose figures were found its own (consistent, above), the pieces below are this row's —
        // but its joinings take a line's two pieces in the line's order only (`47 15` for 1547): no such joining.
        const besideOwn = span.wrapped && left.has(r + 1) && ownRows.has(r + 1)
        // Pieces on a line of pieces over its figures may be the row above's rests, unless that row was read without them.
        const aboveUnread = span.piecesOver && r > 0 && left.has(r - 1)
        const first = nextUnread || aboveUnread ? null : (reading(r, span) ?? printedWhole(r, span))
        const plain = first && besideOwn && sideBySide(tokens, first) ? null : first
        const below = plain || aboveUnread || span.pieces.some((p) => tokens[p]?.col === undefined) ? null : ownBelow(r, span)
        const one = plain ?? below?.reading
        if (!one || (plain && !printedOnly.has(r) && joinsAround(r, span, plain))) continue
        const paths = rowPaths(row)
        paths.forEach((p, k) => {
          const v = one.values[k] ?? null
          values.set(p, v)
          if (v === null) result.warnings.push({ code: 'blank_cell', message: 'The cell is blank in the report.', path: p })
          else if ((one.sources[k] ?? -1) >= 0) sources.set(p, one.sources[k] as number)
        })
        const own = below ? below.pieces : span.pieces
        const joined = own.length > row.columns.length
        if (joined) result.warnings.push({ code: 'wrapped_cells', message: "A figure of the row wrapped in its cell into pieces; the one joining of them that fits the report's arithmetic was used.", path: row.path })
        result.rows.add(row.path)
        for (const p of own) settled.add(p)
        for (const p of own) if (!span.pieces.includes(p)) claimed.add(p)
        left.delete(r)
        read.push(r)
      }
      tried = new Set(read.flatMap((r) => [r - 2, r - 1, r + 1, r + 2]).filter((k) => left.has(k)))
    }
    // Narrow prints: runs of rows still unread, each read as one puzzle from the text's own lines (stack-runs.ts).
    // A row still unread whose figures were taken above as its own is read with the run's other rows, its figures
    // among the run's pieces: they may be wrapped figures' pieces after all (`１６８` over `７１`, 16871, keeps 168).
    const unsure = new Set([...own].flatMap(([r, ps]) => (left.has(r) ? ps : [])))
    const held = unsure.size === 0 ? settled : new Set([...settled].filter((p) => !unsure.has(p)))
    const stacked = text === undefined || left.size === 0 ? new Map() : readRuns(text, tokens, table, events, left, held, values, (byPath ??= arithmeticOf(equations, facts).byPath))
    for (const [r, one] of stacked) {
      const row = table.rows[r] as RowModel
      row.columns.forEach((c, k) => {
        const p = `${row.path}.${c.key}`
        const v = one.values[k] ?? null
        values.set(p, v)
        if (v === null) result.warnings.push({ code: 'blank_cell', message: 'The cell is blank in the report.', path: p })
        else if ((one.sources[k] ?? -1) >= 0) sources.set(p, one.sources[k] as number)
      })
      result.warnings.push({ code: 'wrapped_cells', message: "The row's figures wrapped among its neighbours'; the one placing of the pieces that fits the report's arithmetic was used.", path: row.path })
      result.rows.add(row.path)
      for (const p of one.pieces) settled.add(p)
      left.delete(r)
    }
    // A row the alignment read one figure a cell on its label's lines, keeping its arithmetic, where no joining of the
    // pieces around it to its figures keeps that arithmetic too (outside-pieces.ts, as for a row read as printed):
    // those pieces are no part of its figures (`件 1，718 26721 97,610` over `０ 1 0件 1 8 2 12`), whoever's they are.
    const apartFromBeside = (r: number, span: RowSpan) => {
      const row = table.rows[r] as RowModel
      const first = events[firstLabel.get(r) ?? -1]
      const paths = rowPaths(row)
      const local = touching(paths).flatMap((c) => inRow(c, paths, values) ?? [])
      return first !== undefined && apartFromPieces(tokens, first.token, span, paths.map((p) => values.get(p)), paths.map((p) => sources.get(p) ?? -1), local, totalOf(paths), settled, labelsPrinted)
    }
    // A row the alignment read after figures no read row holds that may be its figures' first parts (loose-before.ts,
    // without columns: `18 1,8` before `4、无正当理由大量反复申请 0 0 0 0 45 0 45`, 1845 twice).
    const joinsBefore = (r: number, span: RowSpan) => {
      const row = table.rows[r] as RowModel
      const paths = rowPaths(row)
      return joinsBeforeRead(tokens, span, paths.map((p) => values.get(p)), paths.map((p) => sources.get(p) ?? -1), touching(paths).flatMap((c) => inRow(c, paths, values) ?? []))
    }
    // A row the alignment read, in text with columns, beside a wrap's piece no read row holds: the piece may be
    // part of one of its figures (`18,` over `85`/`2`, read 852 and 895 — which add up as 18,852 and 18,895 do).
    if (!anyOutside(tokens, events, settled)) continue
    table.rows.forEach((row, r) => {
      if (rows.has(r)) return
      const span = spanOf(r)
      if (!span || span.pieces.length === 0) return
      const before = joinsBefore(r, span)
      if (!before && (span.pieces.some((p) => tokens[p]?.col === undefined) || !standsBy(tokens, span.beside, span.pieces) || apartFromBeside(r, span))) return
      for (const c of row.columns) {
        // The figure read there stays a candidate its column may confirm (column-reads.ts).
        const read = values.get(`${row.path}.${c.key}`)
        const from = sources.get(`${row.path}.${c.key}`)
        if (typeof read === 'number' && from !== undefined) result.tentative.set(`${row.path}.${c.key}`, { value: read, token: from })
        values.set(`${row.path}.${c.key}`, null)
        sources.delete(`${row.path}.${c.key}`)
        if (c.unitKey) values.set(`${row.path}.${c.unitKey}`, null)
      }
      result.rows.add(row.path)
      result.warnings.push({ code: 'ambiguous_cells', message: before ? BEFORE : BESIDE, path: row.path })
    })
  }
  return result
}

/** Whether a reading joins two pieces of one line into a cell (or does not say which pieces it joined). */
function sideBySide(tokens: readonly Token[], one: JoinedReading): boolean {
  return one.pieces.length === 0 || one.pieces.some((g) => g.some((p, k) => k > 0 && tokens[p]?.line === tokens[g[k - 1] ?? -1]?.line))
}
