import type { Equation } from '../model/equations.ts'
import type { CellValues } from './glued.ts'

/**
 * The report's arithmetic between two readings of a row: the other reading is ruled out where an equation holding
 * the row's cells holds as read and breaks with the cells moved, every other cell of it known (a blank counting
 * nothing). Trading a blank for a zero changes no sum, and is never ruled out so. What the page guards ask before
 * doubting a row (blank-places.ts, lone-figure.ts, outvoted-figure.ts, wide-word.ts).
 */
export function breaksHeld(equations: readonly Equation[], values: CellValues, blankPaths: ReadonlySet<string>): (paths: readonly string[], moved: readonly (number | null)[]) => boolean {
  const byPath = new Map<string, Equation[]>()
  for (const eq of equations) {
    for (const p of [...eq.left, ...eq.right]) {
      const list = byPath.get(p)
      if (list) list.push(eq)
      else byPath.set(p, [eq])
    }
  }
  const known = (p: string): number | undefined => {
    const v = values.get(p)
    return typeof v === 'number' ? v : v === null && blankPaths.has(p) ? 0 : undefined
  }
  return (paths, moved) => {
    const at = new Map<string, number>()
    paths.forEach((p, k) => at.set(p, moved[k] ?? 0))
    const seen = new Set<Equation>()
    for (const p of paths) {
      for (const eq of byPath.get(p) ?? []) {
        if (seen.has(eq)) continue
        seen.add(eq)
        const sides = [eq.left, eq.right].map((side) => side.reduce<[number, number] | undefined>((s, q) => {
          const v = known(q)
          return s === undefined || v === undefined ? undefined : [s[0] + v, s[1] + (at.get(q) ?? v)]
        }, [0, 0]))
        const [l, r] = sides
        if (l !== undefined && r !== undefined && l[0] === r[0] && l[1] !== r[1]) return true
      }
    }
    return false
  }
}
