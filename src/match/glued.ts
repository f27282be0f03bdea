import type { Warning } from '../schema/report.ts'
import type { CellValues, GluedRow } from './match-table.ts'

/**
 * Rows whose cells arrived glued into one run of digits. Their cells stay null with an
 * `ambiguous_cells` warning: a run such as `801000081` has many readings, and one is never picked.
 */
export function resolveGlued(glued: readonly GluedRow[], _values: CellValues): Warning[] {
  return glued.map(({ row }) => ({
    code: 'ambiguous_cells',
    message: `The row's ${row.columns.length} cells are glued into one run of digits that admits more than one reading.`,
    path: row.path,
  }))
}
