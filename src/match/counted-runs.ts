import type { TableModel } from '../model/index.ts'
import type { Equation } from '../model/equations.ts'
import type { TableRegion } from '../locate/locate.ts'
import type { Token } from '../tokens/token.ts'
import type { CellReading, Event } from './align-types.ts'
import { constraintsOf, type Constraint } from './glued-constraints.ts'
import { columnsHold, partition, rowHolds, totalsHold, wrapChoices } from './run-partition.ts'
import { labelLineFirst } from './label-line-first.ts'
import { segmentsOf, type Segment } from './run-segments.ts'
import { RunBounds } from './run-bounds.ts'

/**
 * Rows left unread for their order alone (a label printed after its figures, a wrapped label's piece among them),
 * read where the text and the arithmetic leave one placing (zero-runs.ts reads such runs of `0` alone). The rows
 * above and below are read (or the run starts or ends the table); between the last text or figure of any row above
 * and the first of any row below stand the run's labels and exactly as many figures and blank marks as the run has
 * cells. Each figure then belongs to the run, and the run's rows, each a fixed count of cells in the model's order,
 * take them in turn: a viewer moves a taller label cell out of its row's place, not one row's figures past
 * another's. What could still be out of order is a row's own figures, and the text and the arithmetic answer it:
 * no words stand among a row's figures (a label's piece there may have taken a column of the row with it:
 * `0 0 0 0 0 1`, the label's rest, `1`), no unit stands alone in the span (a cell wrapped, taller than the others,
 * which a viewer sets around its lines in no kept order), every row's total holds with its figures, and every
 * column equation the read cells make whole holds. One of them broken — the report's slip or a placing out of
 * order —, a figure cut at its separator or glued, and the run stays unread.
 */
export interface CountedRuns {
  /** The rows read. */
  rows: number[]
  /** Each of their cells (by its index among the table's cells) and the figure or mark it is read from. */
  fills: Map<number, number>
}

/** Figures wrapped between digits weighed per run at most (each a guess of its row). */
const MAX_WRAPS = 2

/** The value of a read row's cell: one figure on every cheapest alignment. */
function readValue(tokens: readonly Token[], reading: CellReading | undefined): number | null {
  if (!reading || reading.unfilled || reading.fills.length !== 1) return null
  const f = reading.fills[0]
  if (f?.type !== 'token') return null
  const t = tokens[f.token]
  return t?.kind === 'number' && typeof t.value === 'number' ? t.value : null
}

/** The table's equations as constraints, kept per equations' list and table (the model's, read only). */
const CONSTRAINTS = new WeakMap<readonly Equation[], Map<string, Constraint[]>>()
function tableConstraints(equations: readonly Equation[], table: TableModel): Constraint[] {
  let byTable = CONSTRAINTS.get(equations)
  if (!byTable) CONSTRAINTS.set(equations, (byTable = new Map()))
  let own = byTable.get(table.key)
  if (!own) byTable.set(table.key, (own = constraintsOf(equations.filter((e) => e.left.concat(e.right).every((p) => p.startsWith(`${table.key}.`))), [])))
  return own
}

export function countedRuns(tokens: readonly Token[], region: TableRegion, events: readonly Event[], cells: readonly CellReading[], table: TableModel, tainted: ReadonlySet<number>, doubted: ReadonlySet<number>, equations: readonly Equation[]): CountedRuns {
  const out: CountedRuns = { rows: [], fills: new Map() }
  // A text that keeps columns (`-layout`) sets a row's figures on its label's line by their columns: no viewer's
  // blocks moved them, and its own readers weigh its rows by those columns.
  if (tainted.size === 0 || events.some((e) => tokens[e.token]?.col !== undefined)) return out
  const rows = table.rows
  const bounds = new RunBounds(events, cells, table, tainted)
  const { firstCell } = bounds
  // The read rows' values by path, for the equations.
  const known = new Map<string, number>()
  rows.forEach((row, r) => {
    if (tainted.has(r)) return
    row.columns.forEach((c, k) => {
      const v = readValue(tokens, cells[(firstCell[r] as number) + k])
      if (v !== null) known.set(`${row.path}.${c.key}`, v)
    })
  })
  const constraints = tableConstraints(equations, table)
  for (let r = 0; r < rows.length; r++) {
    if (!tainted.has(r) || doubted.has(r) || (r > 0 && tainted.has(r - 1))) continue
    const first = r
    while (r + 1 < rows.length && tainted.has(r + 1) && !doubted.has(r + 1)) r++
    const last = r
    // A row below in doubt for its own text bounds nothing; the table's end bounds the run only where the next
    // table's or section's heading starts there (the region's end may else hold the last page's column blocks).
    if (last + 1 >= rows.length ? !region.headed : tainted.has(last + 1)) continue
    const run = rows.slice(first, last + 1)
    // Counts only: a unit or an amount would be one more placing to choose.
    if (run.some((row) => row.columns.some((c) => c.kind !== 'count' || c.unitKey))) continue
    const { from, to } = bounds.span(region, first, last)
    const segments = segmentsOf(tokens, from, to)
    const labelOf = (q: number) => region.labels.get(first + q)?.[0]
    const agreed = segments && segmentRows(tokens, run, first, segments, bounds, constraints, labelOf)
    if (!agreed) continue
    const placed = agreed.flatMap((own, q) => (own ? [{ row: run[q] as TableModel['rows'][number], own }] : []))
    if (placed.length === 0 || !columnsHold(tokens, placed, constraints, known)) continue
    agreed.forEach((own, q) => {
      if (!own) return
      own.forEach((token, k) => out.fills.set((firstCell[first + q] as number) + k, token))
      out.rows.push(first + q)
    })
  }
  return out
}

/**
 * The run's rows read segment by segment (run-segments.ts): each row's labels stand within one segment, in the rows'
 * order, and each segment's rows take exactly its figures (a segment of figures with no row's label, or of too few
 * or too many, leaves the run unread: its figures may be any rows'). Null: nothing read.
 */
function segmentRows(tokens: readonly Token[], run: TableModel['rows'], first: number, segments: readonly Segment[], bounds: RunBounds, constraints: readonly Constraint[], labelOf: (q: number) => number | undefined): (number[] | null)[] | null {
  const out: (number[] | null)[] = []
  let q = 0
  for (const seg of segments) {
    const start = q
    while (q < run.length && bounds.labelledWithin(first + q, first + q, seg.from, seg.to)) q++
    const rows = run.slice(start, q)
    if (rows.length === 0 && seg.figures.length === 0) continue
    const want = rows.reduce((sum, row) => sum + row.columns.length, 0)
    // Figures beyond the cells and the cuts: as many figures wrapped between digits, each in a row of its own.
    const extra = seg.figures.length - want - seg.cuts
    if (rows.length === 0 || extra < 0 || extra > MAX_WRAPS) return null
    const read = agreedRows(tokens, rows, seg.figures, extra, constraints, (k) => labelOf(start + k))
    out.push(...rows.map((_, k) => read[k] ?? null))
  }
  return q === run.length ? out : null
}

/**
 * Each row's figures where every cut of the run into its rows that the text and the arithmetic allow gives the row
 * the same ones and its total holds with them (null: not read). Without a wrap between digits the cut is one, and
 * each row answers for itself: a row whose total breaks (the report's slip, or its figures out of order) is not
 * read, and the others are. With one, the row holding it is a guess that every other row's total must confirm —
 * but a row whose total breaks with every guess (a slip of the report's) confirms and refutes none, and is not read
 * —, and where two guesses hold, only the rows they agree on are read.
 */
function agreedRows(tokens: readonly Token[], run: TableModel['rows'], figures: readonly number[], extra: number, constraints: readonly Constraint[], labelOf: (q: number) => number | undefined): (number[] | null)[] {
  const all: { read: (number[] | null)[]; broken: number[] }[] = []
  for (const wrapped of wrapChoices(run.length, extra)) {
    const parts = partition(tokens, run, figures, wrapped)
    if (!parts) continue
    const read = parts.map((own, q) => {
      if (!own) return null
      const row = run[q] as TableModel['rows'][number]
      if (rowHolds(tokens, row, own, constraints)) return own
      // Its label among its figures: those on the label's line are its first cells (label-line-first.ts) — read
      // where that order keeps the row's totals and the printed order, other figures in its cells, does not.
      const ordered = labelLineFirst(tokens, own, labelOf(q))
      if (!ordered || !totalsHold(tokens, row, ordered, constraints)) return null
      const same = ordered.every((t, k) => tokens[t]?.folded === tokens[own[k] as number]?.folded)
      return same || !totalsHold(tokens, row, own, constraints) ? ordered : null
    })
    all.push({ read, broken: read.flatMap((own, q) => (own === null && parts[q] !== null ? [q] : [])) })
  }
  // A row whose total breaks whatever the guess (the report's slip) weighs none of them; every other row must hold.
  const always = new Set(all[0]?.broken.filter((q) => all.every((c) => c.broken.includes(q))) ?? [])
  const choices = all.filter((c) => extra === 0 || c.broken.every((q) => always.has(q))).map((c) => c.read)
  const [one, ...others] = choices
  return (one ?? []).map((own, q) => (own && others.every((read) => own.every((t, k) => t === read[q]?.[k])) ? own : null))
}
