import type { StatedFact } from '../locate/stated-facts.ts'
import type { Equation } from '../model/equations.ts'

/**
 * The report's arithmetic as the readers between readings test it (glued runs, broken figures, wrapped
 * cells): each equation or stated figure a constraint on cells by path, looked up by cell, and evaluated on a
 * row's readings without building a map per reading.
 */

type Reading = number[]

/** Σ left = Σ right (+ a stated value): true, false, or null while a cell is still unknown. */
export interface Constraint {
  left: string[]
  right: string[]
  value: number
}

/** The report's equations (SPEC §3.5) and the figures its overview states, as constraints. */
export function constraintsOf(equations: readonly Equation[], facts: readonly StatedFact[]): Constraint[] {
  return [...equations.map((e) => ({ left: e.left, right: e.right, value: 0 })), ...facts.map((f) => ({ left: f.paths, right: [], value: f.value }))]
}

export function evaluate(c: Constraint, value: (path: string) => number | null | undefined): boolean | null {
  let l = 0
  let r = c.value
  for (const p of c.left) {
    const v = value(p)
    if (v === undefined || v === null) return null
    l += v
  }
  for (const p of c.right) {
    const v = value(p)
    if (v === undefined || v === null) return null
    r += v
  }
  return Math.abs(l - r) < 1e-9
}

/** A constraint all of whose cells are the row's own or known: its terms as the row's columns and a constant. */
export interface RowConstraint {
  left: number[]
  right: number[]
  value: number
}

export function inRow(c: Constraint, paths: readonly string[], known: ReadonlyMap<string, number | string | null>): RowConstraint | null {
  const out: RowConstraint = { left: [], right: [], value: c.value }
  for (const [side, sign] of [[c.left, -1], [c.right, 1]] as const) {
    for (const p of side) {
      const k = paths.indexOf(p)
      const v = known.get(p)
      if (k >= 0) (sign < 0 ? out.left : out.right).push(k)
      else if (typeof v === 'number') out.value += sign * v
      else return null
    }
  }
  return out
}

/** Σ left = Σ right + value for one reading of the row (the constant holds the known cells). */
export function holdsIn(c: RowConstraint, reading: Reading): boolean {
  let sum = c.value
  for (const k of c.right) sum += reading[k] ?? 0
  for (const k of c.left) sum -= reading[k] ?? 0
  return Math.abs(sum) < 1e-9
}

/** Each cell's constraints: a row looks up the few that hold its cells, not every equation of the format. */
export function constraintsByPath(constraints: readonly Constraint[]): Map<string, Constraint[]> {
  const out = new Map<string, Constraint[]>()
  for (const c of constraints) {
    for (const p of new Set([...c.left, ...c.right])) {
      const list = out.get(p)
      if (list) list.push(c)
      else out.set(p, [c])
    }
  }
  return out
}

/** The constraints that hold any of `paths`, each once, in the order they were stated. */
export function touchingAny(byPath: ReadonlyMap<string, Constraint[]>, paths: readonly string[]): Constraint[] {
  const seen = new Set<Constraint>()
  for (const p of paths) for (const c of byPath.get(p) ?? []) seen.add(c)
  return [...seen]
}
