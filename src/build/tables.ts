import type { CellValues } from '../match/index.ts'
import { setPath } from '../schema/paths.ts'
import type { FormatVersion } from '../schema/report.ts'
import { TEMPLATES, type TableKey } from '../templates/index.ts'

type Json = { [key: string]: Json } | number | string | null


/** Cells → the three table objects of SPEC §3, shaped by the templates themselves; a table not found is null. */
export function buildTables(version: FormatVersion, values: CellValues, found: Record<TableKey, boolean>) {
  const root: Record<string, Json> = {}
  for (const template of TEMPLATES[version]) {
    if (!found[template.table]) {
      root[template.table] = null
      continue
    }
    for (const row of template.rows) {
      for (const column of row.columns) setPath(root, `${row.path}.${column}`, values.get(`${row.path}.${column}`) ?? null)
      if (row.unit) setPath(root, `${row.path}.${row.unit.key}`, values.get(`${row.path}.${row.unit.key}`) ?? null)
    }
  }
  return root as Record<TableKey, unknown>
}
