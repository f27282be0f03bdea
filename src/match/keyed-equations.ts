import { EQUATIONS, type Equation } from '../model/equations.ts'
import { MODELS, rowPaths, type FormatVersion } from '../model/index.ts'

/**
 * A format's equations with each cell's path the very string the report's maps are keyed by. read-table.ts sets
 * every cell first by its path as rowPaths keeps it (a flat string made once per isolate), so a lookup by such a
 * path finds its key by identity; the model's equations write their paths as concatenations of their own, and each
 * lookup by one of them compared it with the key piece by piece. The same equations, in the same order: made once
 * per isolate and format, read only.
 */
const KEYED = new Map<FormatVersion, readonly Equation[]>()

export function keyedEquations(version: FormatVersion): readonly Equation[] {
  let keyed = KEYED.get(version)
  if (!keyed) {
    // The format's cell paths by their text: the rowPaths string of each.
    const keys = new Map<string, string>()
    for (const table of MODELS[version].tables) for (const row of table.rows) for (const p of rowPaths(row)) keys.set(p, p)
    const key = (p: string) => keys.get(p) ?? p
    keyed = EQUATIONS[version].map((eq) => ({ ...eq, left: eq.left.map(key), right: eq.right.map(key) }))
    KEYED.set(version, keyed)
  }
  return keyed
}
