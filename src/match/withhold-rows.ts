import type { TableModel } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import type { CellValues } from './glued.ts'

/** What a table's reading holds that withholding changes (read-table.ts's TableReading has these). */
interface Readout {
  values: CellValues
  sources: Map<string, number>
  warnings: Warning[]
}

/**
 * Rows the alignment read whose figures the text does not settle after all: their cells left blank, with an
 * `ambiguous_cells` warning saying why, and their cells' own notes (`blank_cell`: what the reading put there) dropped.
 */
export function withholdRows(table: TableModel, rows: ReadonlySet<number>, out: Readout, message: string): void {
  if (rows.size === 0) return
  const withheld = new Set<string>()
  table.rows.forEach((row, r) => {
    if (!rows.has(r)) return
    withheld.add(row.path)
    for (const c of row.columns) {
      const path = `${row.path}.${c.key}`
      out.values.set(path, null)
      out.sources.delete(path)
      if (c.unitKey) out.values.set(`${row.path}.${c.unitKey}`, null)
    }
  })
  out.warnings = out.warnings.filter((w) => !withheld.has(w.path?.slice(0, w.path.lastIndexOf('.')) ?? ''))
  for (const path of withheld) out.warnings.push({ code: 'ambiguous_cells', message, path })
}

/**
 * An inline table (四) prints its fifteen figures as one run. Where a row of it is left unread (a figure missing
 * or extra: a blank cell that left no trace, a wrapped cell's piece taken in), the figures of the others may stand
 * one cell off — nothing in the run says where the gap is (`10件 ０ 0 6 16 0 0 ０ 0 0 — 0 0 0`: 直接起诉's blank
 * 维持 left out, its five cells read from 复议后诉讼's). With all zeros no total can tell, so no row of it is read.
 */
export function withholdBesideUnread(table: TableModel, unread: ReadonlySet<number>, out: Readout): void {
  if (!table.inline || unread.size === 0 || unread.size >= table.rows.length) return
  const read = new Set(table.rows.map((_, r) => r).filter((r) => !unread.has(r)))
  const message = "Another row of this table's one printed run of figures was not read: a figure is missing or extra there, so this row's may stand one cell off; left blank rather than guessed."
  withholdRows(table, read, out, message)
}
