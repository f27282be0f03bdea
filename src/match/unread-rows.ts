import type { Warning } from '../schema/report.ts'
import type { CellValues } from './glued.ts'

/**
 * What the late doubts over rows read whole share (pieces-beside.ts, merged-split.ts): a row's parts against its
 * total, and rows left unread with the one warning that says why.
 */

/** A row to leave unread: its path, and its cells' paths. */
export interface RowPaths {
  path: string
  paths: readonly string[]
}

/** The row's parts add up to its total (`totalAt`: the total's index among its cells; a part printed blank counts 0). */
export function keepsTotal(totalAt: number, cells: readonly (number | null)[]): boolean {
  let parts = 0
  cells.forEach((v, k) => {
    if (k !== totalAt && v !== null) parts += v
  })
  return parts === cells[totalAt]
}

/** The rows' cells nulled, and the warnings on them replaced by one `ambiguous_cells` a row saying why. */
export function unreadRows(rows: readonly RowPaths[], values: CellValues, sources: Map<string, number>, warnings: readonly Warning[], message: string): Warning[] {
  if (rows.length === 0) return [...warnings]
  const mine = new Set(rows.flatMap((r) => [r.path, ...r.paths]))
  for (const r of rows) {
    for (const p of r.paths) {
      values.set(p, null)
      sources.delete(p)
    }
  }
  return [...warnings.filter((w) => !(w.path !== undefined && mine.has(w.path))), ...rows.map((r) => ({ code: 'ambiguous_cells' as const, message, path: r.path }))]
}
