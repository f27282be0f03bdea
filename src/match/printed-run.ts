import { rowPaths, type ColumnModel, type TableModel } from '../model/index.ts'
import type { Equation } from '../model/equations.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'
import { piecesValue } from './wrapped-cells.ts'
import { arithmeticOf, holdsIn, inRow, touchingAny } from './glued-constraints.ts'
import { joiningChosenByTotal, type RunFilling } from './slipped-joinings.ts'
import { totalOf } from './readings-agreed.ts'

/**
 * Table 四 prints its fifteen cells as one run after its header. In text kept in the order its cells were drawn
 * (`pdftotext -raw`), a figure too wide for its narrow column wraps into pieces on the lines after it (`１` / `０`),
 * a blank written as dashes into dashes, and an empty cell leaves no trace — so the run's pieces are not its cells
 * one for one, and the alignment leaves its rows unread. Here every reading of the run is weighed: each cell one
 * piece, pieces that follow each other over line breaks, or nothing (an empty cell). A reading breaks a row (a group
 * of five cells) where its total is not the sum of its parts, blanks counting as nothing. The readings that break
 * the fewest rows are the text's likeliest; a row is read where all of them give it the same figures, its total
 * printed and kept. A row the report's own arithmetic breaks stays blank; so does one two such readings tell apart.
 * Readings are never listed: each row's fillings are made once from every piece position the rows before it can
 * reach, and the fewest breaks before and after each position carried over (work: the run's length times its cells).
 */

/** An inline table's run of figures in drawn order, and the rows left unread. */
export interface PrintedRun {
  table: TableModel
  pieces: readonly number[]
  rows: ReadonlySet<number>
}

export interface PrintedRunReading {
  values: Map<string, number | null>
  sources: Map<string, number>
  /** The rows read, by path. */
  rows: string[]
}

/** One way a row's cells take the run's pieces from..to (exclusive). */
interface Filling extends RunFilling {
  confirmed: boolean
}

/** Pieces a run may hold at most (cells and wrapped pieces): past it, nothing is read. */
const MAX_PIECES = 64
/** Pieces one cell may join at most (a figure of five digits, one a line, and its unit). */
const MAX_RUN = 6
/** No cell is known beforehand: a row's equations are taken on its own cells only. */
const NONE: ReadonlyMap<string, number> = new Map()
/** Fillings made per row at most: past it, nothing is read. */
const MAX_FILLINGS = 20_000

export function readPrintedRun(tokens: readonly Token[], run: PrintedRun, equations: readonly Equation[]): PrintedRunReading {
  const out: PrintedRunReading = { values: new Map(), sources: new Map(), rows: [] }
  const { table, pieces } = run
  const n = pieces.length
  if (n === 0 || n > MAX_PIECES || run.rows.size === 0) return out
  // A piece may run on into the next where it ends its line and the next begins the line after.
  const runsOn = pieces.map((p, k) => k + 1 < n && tokens[pieces[k + 1] as number]?.line === (tokens[p] as Token).line + 1)
  // The runs a cell may take from piece p: where it ends (exclusive) and its value; p itself: an empty cell.
  const ends = (column: ColumnModel, p: number): [number, number | null][] => {
    const out: [number, number | null][] = [[p, null]]
    for (let q = p; q < n && q - p < MAX_RUN; q++) {
      const members: number[] = []
      for (let i = p; i <= q; i++) members.push(i)
      const v = piecesValue(tokens, pieces, members, column)
      if (v !== undefined) out.push([q + 1, v])
      if (!runsOn[q]) break
    }
    return out
  }
  // Each row's fillings from every position the rows before it reach, and the fewest breaks up to each position.
  const rows = table.rows
  const fillings: Filling[][] = []
  let reach = new Map<number, number>([[0, 0]])
  for (const row of rows) {
    const paths = rowPaths(row)
    // The row's own equations (its total), on its cells' places.
    const own = touchingAny(arithmeticOf(equations, []).byPath, paths).flatMap((c) => inRow(c, paths, NONE) ?? [])
    const total = totalOf(paths)
    const made: Filling[] = []
    // Each cell's runs from each position, made once for the row.
    const runs = new Map<number, [number, number | null][]>()
    const runsAt = (k: number, p: number) => {
      const key = k * (n + 1) + p
      let list = runs.get(key)
      if (!list) runs.set(key, (list = ends(row.columns[k] as ColumnModel, p)))
      return list
    }
    const next = new Map<number, number>()
    for (const [from, breaks] of reach) {
      const values: (number | null)[] = []
      const starts: (number | undefined)[] = []
      const places: number[] = []
      const fill = (k: number, p: number): boolean => {
        if (k === row.columns.length) {
          // Blanks count as nothing: a total left blank over parts that are not breaks its row.
          const broken = own.some((c) => !holdsIn(c, values.map((v) => v ?? 0)))
          const confirmed = own.length > 0 && !broken && total >= 0 && values[total] !== null
          made.push({ from, to: p, values: [...values], starts: [...starts], places: [...places], broken, confirmed })
          const count = breaks + (broken ? 1 : 0)
          if (count < (next.get(p) ?? Infinity)) next.set(p, count)
          return made.length <= MAX_FILLINGS
        }
        for (const [q, v] of runsAt(k, p)) {
          values[k] = v
          starts[k] = q === p ? undefined : pieces[p]
          places[k] = p
          if (!fill(k + 1, q)) return false
        }
        return true
      }
      if (!fill(0, from)) return out
    }
    fillings.push(made)
    reach = next
  }
  const least = reach.get(n)
  if (least === undefined) return out
  // The fewest breaks from each position to the run's end, row by row from the last.
  const toEnd: Map<number, number>[] = new Array(rows.length + 1)
  toEnd[rows.length] = new Map([[n, 0]])
  for (let r = rows.length - 1; r >= 0; r--) {
    const here = new Map<number, number>()
    for (const f of fillings[r] ?? []) {
      const rest = toEnd[r + 1]?.get(f.to)
      if (rest === undefined) continue
      const total = rest + (f.broken ? 1 : 0)
      if (total < (here.get(f.from) ?? Infinity)) here.set(f.from, total)
    }
    toEnd[r] = here
  }
  // Breaks before each row's starting positions, again from the first row.
  let fromStart = new Map<number, number>([[0, 0]])
  rows.forEach((row, r) => {
    const on = (fillings[r] ?? []).filter((f) => {
      const before = fromStart.get(f.from)
      const after = toEnd[r + 1]?.get(f.to)
      return before !== undefined && after !== undefined && before + (f.broken ? 1 : 0) + after === least
    })
    const next = new Map<number, number>()
    for (const f of fillings[r] ?? []) {
      const before = fromStart.get(f.from)
      if (before === undefined) continue
      const total = before + (f.broken ? 1 : 0)
      if (total < (next.get(f.to) ?? Infinity)) next.set(f.to, total)
    }
    fromStart = next
    const first = on[0]
    if (!run.rows.has(r) || !first || !on.every((f) => f.confirmed && f.values.every((v, k) => v === first.values[k]))) return
    // A total that keeps one joining of the parts' pieces where another of the same pieces breaks it chose nothing.
    if (joiningChosenByTotal(tokens, pieces, fillings[r] ?? [], on, totalOf(rowPaths(row)))) return
    row.columns.forEach((c, k) => {
      const path = `${row.path}.${c.key}`
      const value = first.values[k] ?? null
      out.values.set(path, value)
      const source = first.starts[k]
      if (value !== null && source !== undefined && on.every((f) => f.starts[k] === source)) out.sources.set(path, source)
    })
    out.rows.push(row.path)
  })
  return out
}

/** An inline table's run of figures (after its header), in order: read again where rows of it are left unread. */
export function printedRunOf(tokens: readonly Token[], events: readonly Event[], table: TableModel): PrintedRun {
  const pieces = events.flatMap((e) => (e.type === 'value' && tokens[e.token]?.kind !== 'empty' ? [e.token] : []))
  return { table, pieces, rows: new Set() }
}

/** The run with the rows left blank so far for doubt (a warning on the row's path, every cell blank); null where none. */
export function withUnreadRows(run: PrintedRun, values: ReadonlyMap<string, unknown>, warnings: readonly Warning[]): PrintedRun | null {
  const doubted = new Set(warnings.filter((w) => w.code === 'unreadable_row' || w.code === 'ambiguous_cells').map((w) => w.path))
  const rows = new Set<number>()
  run.table.rows.forEach((row, r) => {
    if (doubted.has(row.path) && row.columns.every((c) => values.get(`${row.path}.${c.key}`) === null)) rows.add(r)
  })
  return rows.size === 0 ? null : { ...run, rows }
}
