import type { TableModel } from '../model/index.ts'
import type { TableRegion } from '../locate/locate.ts'
import type { CellReading, Event } from './align-types.ts'

/**
 * A table's rows by the tokens they hold — each row's labels, and the figures a read row was read from — for the
 * runs of rows unread for their order (zero-runs.ts, counted-runs.ts): a run takes its figures from between the
 * last token of any row above it and the first of any row below, and its rows' labels must stand there too.
 */
export class RunBounds {
  /** Each row's first cell, by its index among the table's cells. */
  readonly firstCell: number[] = []
  /** Each row's last and first token (−1 and MAX_SAFE_INTEGER where it holds none). */
  private readonly last: number[]
  private readonly first: number[]

  constructor(events: readonly Event[], cells: readonly CellReading[], table: TableModel, tainted: ReadonlySet<number>) {
    const rows = table.rows
    let n = 0
    for (const row of rows) {
      this.firstCell.push(n)
      n += row.columns.length
    }
    this.last = rows.map(() => -1)
    this.first = rows.map(() => Number.MAX_SAFE_INTEGER)
    for (const e of events) if (e.type === 'label') this.hold(e.row, e.token)
    rows.forEach((row, r) => {
      if (tainted.has(r)) return
      for (let k = 0; k < row.columns.length; k++) for (const f of cells[(this.firstCell[r] as number) + k]?.fills ?? []) this.hold(r, f.token)
    })
  }

  private hold(r: number, token: number): void {
    this.last[r] = Math.max(this.last[r] as number, token)
    this.first[r] = Math.min(this.first[r] as number, token)
  }

  /** The tokens rows `from`..`to` may take, exclusive at both ends: past every row above, before every row below. */
  span(region: TableRegion, from: number, to: number): { from: number; to: number } {
    return { from: Math.max(region.start - 1, ...this.last.slice(0, from)), to: Math.min(region.end, ...this.first.slice(to + 1)) }
  }

  /** Every row of `first`..`last` holds its tokens strictly between `from` and `to`: its labels stand in the span. */
  labelledWithin(first: number, last: number, from: number, to: number): boolean {
    for (let q = first; q <= last; q++) {
      const end = this.last[q] as number
      if (!(end >= 0 && end < to && (this.first[q] as number) > from)) return false
    }
    return true
  }
}
