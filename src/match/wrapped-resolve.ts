import type { StatedFact } from '../locate/stated-facts.ts'
import type { Equation } from '../model/equations.ts'
import { rowPaths, type RowModel } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'
import { arithmeticOf, touchingAny } from './glued-constraints.ts'
import { standsBy } from './column-pairs.ts'
import type { JoinedReading } from './wrapped-cells.ts'
import { anyOutside } from './row-pieces.ts'
import { readRuns } from './stack-runs.ts'
import type { Tentative } from './column-reads.ts'
import { TableRejoin, type Unread } from './rejoin-table.ts'
import { joinsInDoubt } from './joins-in-doubt.ts'
import { swappedPairInDoubt } from './swapped-pair.ts'
import { mergedRestsInDoubt } from './merged-rests.ts'
import type { RowPaths } from './unread-rows.ts'

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

export type { Unread } from './rejoin-table.ts'

export interface RejoinResult {
  /** The rows read here: the warnings the alignment gave them no longer hold. */
  rows: Set<string>
  warnings: Warning[]
  /** Figures of rows read and then withheld here (a piece beside them), for their columns to confirm. */
  tentative: Map<string, Tentative>
  /**
   * Rows read here whose joining another joining of the same pieces keeps as well (joins-in-doubt.ts): read as
   * before, so the rows around them are weighed as before, and left blank once every reading is done.
   */
  withheld: RowPaths[]
}

export function rejoinRows(tokens: readonly Token[], unread: readonly Unread[], values: CellValues, sources: Map<string, number>, equations: readonly Equation[], facts: readonly StatedFact[], drawn = false, text?: string): RejoinResult {
  const result: RejoinResult = { rows: new Set(), warnings: [], tentative: new Map(), withheld: [] }
  // Nothing to find in a table whose rows were all read from text that keeps no columns: every step below
  // reads an unread row, or a piece set in a column beside a read row.
  const todo = unread.filter((u) => u.rows.size > 0 || u.events.some((e) => tokens[e.token]?.col !== undefined))
  if (todo.length === 0) return result
  // The equations by the paths they touch, made only where a row is weighed by them.
  let byPath: ReturnType<typeof arithmeticOf>['byPath'] | null = null
  const touching = (paths: readonly string[]) => touchingAny((byPath ??= arithmeticOf(equations, facts).byPath), paths)
  for (const u of todo) {
    const { table, events, cells, rows } = u
    // A read row's figures are settled; the rows each figure fills a cell of only past the test below (row-pieces.ts).
    const settled = new Set<number>()
    let j = 0
    table.rows.forEach((row, r) => {
      for (let k = 0; k < row.columns.length; k++, j++) for (const f of cells[j]?.fills ?? []) if (!rows.has(r)) settled.add(f.token)
    })
    // Every row read, and no piece around them that no read row holds: nothing below can change a cell.
    if (rows.size === 0 && !anyOutside(tokens, events, settled)) continue
    const t = new TableRejoin(tokens, u, settled, values, sources, equations, touching, drawn)
    const { left } = t
    // A row not read whose figures are its cells, one each on its own lines, and keep its arithmetic is no
    // wrapped piece's source: its figures are its own, as a read row's are (rows beside it may then be read).
    const consistent: number[] = []
    const own = new Map<number, number[]>()
    for (const r of rows) {
      const span = t.spanOf(r)
      if (span && !span.wrapped && span.pieces.length === table.rows[r]?.columns.length && t.reading(r, { ...span, outside: [], loose: false })) {
        consistent.push(...span.pieces)
        own.set(r, span.pieces)
      }
    }
    for (const p of consistent) settled.add(p)
    const ownRows = new Set(own.keys())
    // Rows read here on a joining in doubt (joins-in-doubt.ts).
    const inDoubt = new Set<number>()
    // A row read settles figures on its own lines and the lines beside them: only rows near it are tried again,
    // so each row is tried once, and again at most once for each row read within two of it.
    for (let tried = new Set(rows); tried.size > 0; ) {
      const read: number[] = []
      for (const r of [...tried].sort((a, b) => a - b)) {
        const row = table.rows[r]
        // A row out of order that its own text closes in is read on that alone (isolated-row.ts).
        const isolated = row ? t.isolated(r) : null
        if (row && isolated) {
          rowPaths(row).forEach((p, k) => setCell(result, values, sources, p, isolated.values[k] ?? null, isolated.sources[k] ?? -1))
          result.rows.add(row.path)
          for (const p of isolated.sources) settled.add(p)
          left.delete(r)
          read.push(r)
          continue
        }
        const span = row ? t.spanOf(r) : null
        if (!row || !span) continue
        // Pieces below the row's lines may be the next row's first parts, unless that row was read without them.
        const nextUnread = span.wrapped && (r + 1 >= table.rows.length || (left.has(r + 1) && !ownRows.has(r + 1)) || t.printedOnly.has(r + 1))
        // Beside a next row whose figures were found its own (consistent, above), the pieces below are this row's —
        // but its joinings take a line's two pieces in the line's order only (`47 15` for 1547): no such joining.
        const besideOwn = span.wrapped && left.has(r + 1) && ownRows.has(r + 1)
        // Pieces on a line of pieces over its figures may be the row above's rests, unless that row was read without them.
        const aboveUnread = span.piecesOver && r > 0 && left.has(r - 1)
        const first = nextUnread || aboveUnread ? null : (t.reading(r, span) ?? t.printedWhole(r, span))
        const plain = first && besideOwn && sideBySide(tokens, first) ? null : first
        const below = plain || aboveUnread || span.pieces.some((p) => tokens[p]?.col === undefined) ? null : t.ownBelow(r, span)
        const one = plain ?? below?.reading
        if (!one || (plain && !t.printedOnly.has(r) && t.joinsAround(r, span, plain))) continue
        for (const d of joinsInDoubt(tokens, t, r, span, one, below ? below.pieces : span.pieces, inDoubt)) inDoubt.add(d)
        // A rest merged into the row's line may be stacked under another of its figures (merged-rests.ts).
        if (plain && mergedRestsInDoubt(tokens, t, r, span, plain)) inDoubt.add(r)
        // Two lines of one cell set side by side the other way round, a joining of them keeping the row (swapped-pair.ts).
        if (swappedPairInDoubt(tokens, t, r, one)) inDoubt.add(r)
        rowPaths(row).forEach((p, k) => setCell(result, values, sources, p, one.values[k] ?? null, one.sources[k] ?? -1))
        const pieces = below ? below.pieces : span.pieces
        if (pieces.length > row.columns.length) result.warnings.push({ code: 'wrapped_cells', message: "A figure of the row wrapped in its cell into pieces; the one joining of them that fits the report's arithmetic was used.", path: row.path })
        result.rows.add(row.path)
        for (const p of pieces) settled.add(p)
        for (const p of pieces) if (!span.pieces.includes(p)) t.claimed.add(p)
        left.delete(r)
        read.push(r)
      }
      tried = new Set(read.flatMap((r) => [r - 2, r - 1, r + 1, r + 2]).filter((k) => left.has(k)))
    }
    for (const r of inDoubt) {
      const row = table.rows[r] as RowModel
      result.withheld.push({ path: row.path, paths: rowPaths(row) })
    }
    // Narrow prints: runs of rows still unread, each read as one puzzle from the text's own lines (stack-runs.ts).
    // A row still unread whose figures were taken above as its own is read with the run's other rows, its figures
    // among the run's pieces: they may be wrapped figures' pieces after all (`１６８` over `７１`, 16871, keeps 168).
    const unsure = new Set([...own].flatMap(([r, ps]) => (left.has(r) ? ps : [])))
    const held = unsure.size === 0 ? settled : new Set([...settled].filter((p) => !unsure.has(p)))
    const doubted = new Set<number>()
    const stacked = text === undefined || left.size === 0 ? new Map() : readRuns(text, tokens, table, events, left, held, values, (byPath ??= arithmeticOf(equations, facts).byPath), doubted)
    for (const [r, one] of stacked) {
      const row = table.rows[r] as RowModel
      row.columns.forEach((c, k) => setCell(result, values, sources, `${row.path}.${c.key}`, one.values[k] ?? null, one.sources[k] ?? -1))
      result.warnings.push({ code: 'wrapped_cells', message: "The row's figures wrapped among its neighbours'; the one placing of the pieces that fits the report's arithmetic was used.", path: row.path })
      result.rows.add(row.path)
      for (const p of one.pieces) settled.add(p)
      left.delete(r)
      // Read as before (the rows around it were weighed on it), withheld once every reading is done.
      if (doubted.has(r)) result.withheld.push({ path: row.path, paths: rowPaths(row) })
    }
    // A row the alignment read, in text with columns, beside a wrap's piece no read row holds: the piece may be
    // part of one of its figures (`18,` over `85`/`2`, read 852 and 895 — which add up as 18,852 and 18,895 do).
    if (!anyOutside(tokens, events, settled)) continue
    table.rows.forEach((row, r) => {
      if (rows.has(r)) return
      const span = t.spanOf(r)
      if (!span || span.pieces.length === 0) return
      const before = t.joinsBefore(r, span)
      if (!before && (span.pieces.some((p) => tokens[p]?.col === undefined) || !standsBy(tokens, span.beside, span.pieces) || t.apartFromBeside(r, span))) return
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

/** A cell read here: its value, and where it was read (a blank is said to be one). */
function setCell(result: RejoinResult, values: CellValues, sources: Map<string, number>, path: string, value: number | null, source: number): void {
  values.set(path, value)
  if (value === null) result.warnings.push({ code: 'blank_cell', message: 'The cell is blank in the report.', path })
  else if (source >= 0) sources.set(path, source)
}

/** Whether a reading joins two pieces of one line into a cell (or does not say which pieces it joined). */
function sideBySide(tokens: readonly Token[], one: JoinedReading): boolean {
  return one.pieces.length === 0 || one.pieces.some((g) => g.some((p, k) => k > 0 && tokens[p]?.line === tokens[g[k - 1] ?? -1]?.line))
}
