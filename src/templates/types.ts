import type { FormatVersion } from '../schema/report.ts'

/**
 * A standard table declared as data: where it starts, and each row's label and columns in the
 * national format's own order. Labels are tested against folded cell text (half-width, no spaces or
 * quotes: normalize/fold.ts), and are searched in template order, so a short label such as 其他 is only
 * looked for after the row before it.
 */
export interface RowTemplate {
  /** Dot path of the row in the response, e.g. `applications.rows.results.disclosed`. */
  path: string
  /** The row's label; null for a table whose values stand in one run after its header (table 四). */
  label: RegExp | null
  /** Keys of the row's cells, in column order; may be dotted (table 四's run spans three groups). */
  columns: readonly string[]
  /** Cells that may hold decimals (amounts); all other cells are whole counts. */
  decimals?: readonly string[]
  /** The column whose printed unit is kept, and the key it is kept under (政府集中采购: `amount` → `amountUnit`). */
  unit?: { column: string; key: string }
}

export type TableKey = 'activeDisclosure' | 'applications' | 'reviewLitigation'

export interface TableTemplate {
  table: TableKey
  /** Format versions this template is for. */
  versions: readonly FormatVersion[]
  rows: readonly RowTemplate[]
}
