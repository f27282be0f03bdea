import type { CellValues } from '../match/glued.ts'
import { MODELS, type FormatVersion, type TableKey } from '../model/index.ts'
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
    for (const row of table.rows) {
      for (const column of row.columns) {
        setPath(root, `${row.path}.${column.key}`, values.get(`${row.path}.${column.key}`) ?? null)
        if (column.unitKey) setPath(root, `${row.path}.${column.unitKey}`, values.get(`${row.path}.${column.unitKey}`) ?? null)
      }
    }
  }
  return root as Record<TableKey, unknown>
}
