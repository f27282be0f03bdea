import type { CellValues } from '../match/glued.ts'
import { cellsOf, MODELS, type FormatVersion, type TableKey, type TableModel } from '../model/index.ts'
import { pathKeys } from '../schema/paths.ts'

type Json = { [key: string]: Json } | number | string | null

/** Cells → the three table objects of SPEC §3, shaped by the model itself; a table not found is null. */
export function assembleTables(version: FormatVersion, values: CellValues, found: Record<TableKey, boolean>): Record<TableKey, unknown> {
  const root: Record<string, Json> = {}
  for (const table of MODELS[version].tables) {
    if (!found[table.key]) {
      root[table.key] = null
      continue
    }
    // The table's steps replayed (made once per isolate): no path split, looked up or walked per cell and report.
    const made: Record<string, Json>[] = [root]
    for (const step of planOf(table)) {
      const parent = made[step.parent] as Record<string, Json>
      if (step.path === null) {
        const object: Record<string, Json> = {}
        parent[step.key] = object
        made.push(object)
      } else parent[step.key] = values.get(step.path) ?? null
    }
  }
  return root as Record<TableKey, unknown>
}

/** One step of building a table: an object made under one made before (`path` null), or a cell's value written. */
interface Step {
  /** The object written into: 0 the root, k the k-th made. */
  parent: number
  key: string
  path: string | null
}

const PLANS = new WeakMap<TableModel, readonly Step[]>()

/**
 * A table's cells (and kept units) written from the root in reading order as setPath writes each (schema/paths.ts),
 * as steps: the walk done once per table and isolate on the model's paths, so that replaying the steps makes the
 * same objects with their keys in the same order — values are never objects, so no value changes the walk.
 */
function planOf(table: TableModel): readonly Step[] {
  let plan = PLANS.get(table)
  if (plan) return plan
  const steps: Step[] = []
  // Per object made (0: the root), the objects under it by key, as setPath would find them.
  const under: Map<string, number>[] = [new Map()]
  const write = (path: string) => {
    const keys = pathKeys(path)
    let node = 0
    for (let k = 0; k < keys.length - 1; k++) {
      const key = keys[k] as string
      const children = under[node] as Map<string, number>
      let next = children.get(key)
      if (next === undefined) {
        next = under.length
        under.push(new Map())
        children.set(key, next)
        steps.push({ parent: node, key, path: null })
      }
      node = next
    }
    const leaf = keys[keys.length - 1] ?? ''
    // A value where an object stood: setPath makes a new object there if a later path passes through.
    under[node]?.delete(leaf)
    steps.push({ parent: node, key: leaf, path })
  }
  for (const cell of cellsOf(table)) {
    write(cell.path)
    if (cell.unitPath) write(cell.unitPath)
  }
  PLANS.set(table, (plan = steps))
  return plan
}
