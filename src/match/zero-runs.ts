import type { TableModel } from '../model/index.ts'
import type { TableRegion } from '../locate/locate.ts'
import type { Token } from '../tokens/token.ts'
import type { CellReading, Event } from './align-types.ts'
import { RunBounds } from './run-bounds.ts'

/**
 * Rows left unread for their order alone (a label printed after its figures, a wrapped label's piece among them),
 * read where every placing of the figures around them gives the same cells. The rows above and below are read;
 * between the last text or figure of any row above and the first of any row below stand the run's labels and
 * exactly as many figures as the run has cells, every one of them `0`. Each figure then belongs to the run (the
 * rows around hold their own, and no cell of the run is left without one), and whatever order the viewer set
 * them in, every cell is 0: the order the alignment doubted no longer matters. One figure other than 0, a blank
 * mark (which cell is blank is a placing) or a count off by one, and the run stays unread.
 */
export interface ZeroRuns {
  /** The rows read. */
  rows: number[]
  /** Each of their cells (by its index among the table's cells) and the `0` it is read from. */
  fills: Map<number, number>
}

export function zeroRuns(tokens: readonly Token[], region: TableRegion, events: readonly Event[], cells: readonly CellReading[], table: TableModel, tainted: ReadonlySet<number>, doubted: ReadonlySet<number>): ZeroRuns {
  const out: ZeroRuns = { rows: [], fills: new Map() }
  // Most tables leave no row unread for its order: nothing to weigh.
  if (tainted.size === 0) return out
  const rows = table.rows
  const bounds = new RunBounds(events, cells, table, tainted)
  for (let r = 1; r < rows.length - 1; r++) {
    if (!tainted.has(r) || doubted.has(r) || tainted.has(r - 1)) continue
    let s = r
    while (s + 1 < rows.length && tainted.has(s + 1) && !doubted.has(s + 1)) s++
    if (s + 1 >= rows.length || tainted.has(s + 1)) {
      r = s
      continue
    }
    const run = rows.slice(r, s + 1)
    // Counts only: a unit or an amount would be one more placing to choose.
    if (run.some((row) => row.columns.some((c) => c.kind !== 'count' || c.unitKey))) {
      r = s
      continue
    }
    const { from, to } = bounds.span(region, r, s)
    const want = run.reduce((sum, row) => sum + row.columns.length, 0)
    const figures: number[] = []
    let zeros = true
    for (let i = from + 1; i < to && zeros; i++) {
      const t = tokens[i] as Token
      if (t.kind === 'number') {
        if (t.value !== 0) zeros = false
        figures.push(i)
      } else if (t.kind === 'mark' || t.kind === 'run' || t.kind === 'bad') zeros = false
    }
    // Every row of the run labelled inside the span: a label elsewhere would say its figures may be elsewhere too.
    if (zeros && bounds.labelledWithin(r, s, from, to) && figures.length === want) {
      // The run's cells are consecutive in the table's order, as are its figures.
      figures.forEach((token, k) => out.fills.set((bounds.firstCell[r] as number) + k, token))
      for (let q = r; q <= s; q++) out.rows.push(q)
    }
    r = s
  }
  return out
}
