import type { CellValues } from '../match/glued.ts'
import { cellsOf, MODELS, type FormatVersion, type TableKey } from '../model/index.ts'
import { setPath } from '../schema/paths.ts'

type Json = { [key: string]: Json } | number | string | null

/** Cells → the three table objects of SPEC §3, shaped by the model itself; a table not found is null. */
export function assembleTables(version: FormatVersion, values: CellValues, found: Record<TableKey, boolean>): Record<TableKey, unknown> {
  const root: Record<string, Json> = {}
  for (const table of MODELS[version].tables) {
    if (!found[table.key]) {
      root[table.key] = null
      continue
    }
    // The model's own path strings (made once per isolate), not a template string per cell and report.
    for (const cell of cellsOf(table)) {
      setPath(root, cell.path, values.get(cell.path) ?? null)
      if (cell.unitPath) setPath(root, cell.unitPath, values.get(cell.unitPath) ?? null)
    }
  }
  return root as Record<TableKey, unknown>
}
