import { z } from 'zod'
import { MODELS, type ColumnModel, type TableKey, type TableModel } from '../model/index.ts'
import type { ActiveDisclosure2019Json, ActiveDisclosure2021Json, Applications2019Json, Applications2021Json, ReviewLitigationJson } from './table-types.ts'

/**
 * The zod schemas of the three tables, derived from the model (src/model): one object per table and
 * version, keyed as SPEC §3 states, every cell a number or null. Where the versions differ (table 二, and
 * （六）其他处理 in table 三) the response allows either.
 */

/** A table cell: a whole count, or null where the report left it blank or it could not be read. */
export const Count = z.number().int().nullable()
/** A cell that may carry decimals (收费金额 in 万元, 采购总金额). */
export const Amount = z.number().nullable()

/**
 * A table as JSON: nested objects whose leaves are cells (numbers or null) and kept units (strings). The
 * exact keys are the model's; read a cell by its path (schema/paths.ts `valueAt`), as the checks do.
 */
export type TableJson = { [key: string]: TableJson | number | string | null }

function cellSchema(column: ColumnModel): z.ZodType {
  return column.kind === 'amount' ? Amount : Count
}

type Tree = Map<string, Tree | z.ZodType>

function insert(tree: Tree, keys: readonly string[], leaf: z.ZodType) {
  const [key, ...rest] = keys
  if (key === undefined) return
  if (rest.length === 0) {
    tree.set(key, leaf)
    return
  }
  let child = tree.get(key)
  if (!(child instanceof Map)) tree.set(key, (child = new Map()))
  insert(child, rest, leaf)
}

function toObject(tree: Tree): z.ZodObject {
  return z.object(Object.fromEntries([...tree].map(([key, node]) => [key, node instanceof Map ? toObject(node) : node])))
}

function tableSchema(table: TableModel): z.ZodType<TableJson> {
  const tree: Tree = new Map()
  for (const row of table.rows) {
    const keys = row.path.split('.').slice(1)
    for (const column of row.columns) {
      insert(tree, [...keys, column.key], cellSchema(column))
      if (column.unitKey) insert(tree, [...keys, column.unitKey], z.string().nullable())
    }
  }
  return toObject(tree) as unknown as z.ZodType<TableJson>
}

function tableOf(version: '2019' | '2021', key: TableKey): TableModel {
  const table = MODELS[version].tables.find((t) => t.key === key)
  if (!table) throw new Error(`no table ${key} in the ${version} model`)
  return table
}

// Built from the model at run time; their static types are the same model written out (src/schema/table-types.ts).
export const ActiveDisclosure2021 = tableSchema(tableOf('2021', 'activeDisclosure')) as unknown as z.ZodType<ActiveDisclosure2021Json>
export const ActiveDisclosure2019 = tableSchema(tableOf('2019', 'activeDisclosure')) as unknown as z.ZodType<ActiveDisclosure2019Json>
export const Applications2021 = tableSchema(tableOf('2021', 'applications')) as unknown as z.ZodType<Applications2021Json>
export const Applications2019 = tableSchema(tableOf('2019', 'applications')) as unknown as z.ZodType<Applications2019Json>
export const ReviewLitigation = tableSchema(tableOf('2021', 'reviewLitigation')) as unknown as z.ZodType<ReviewLitigationJson>

/** 二、主动公开政府信息情况 in either format. */
export const ActiveDisclosure = z.union([ActiveDisclosure2021, ActiveDisclosure2019])
/** 三、收到和处理政府信息公开申请情况; the versions differ in （六）其他处理. */
export const Applications = z.union([Applications2021, Applications2019])
