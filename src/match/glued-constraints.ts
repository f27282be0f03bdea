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

/** Each cell's constraints, looked up (readers only ever ask `get`). */
export interface ConstraintsByPath {
  get(path: string): Constraint[] | undefined
}

export interface Arithmetic {
  constraints: readonly Constraint[]
  byPath: ConstraintsByPath
}

/** A format's equations as constraints, and by cell: they depend on the model alone, so made once per isolate. */
const OF_EQUATIONS = new WeakMap<readonly Equation[], { constraints: readonly Constraint[]; byPath: ReadonlyMap<string, Constraint[]> }>()
/** A report's own, by its facts (one array per conversion, read only): its readers ask two or three times. */
const OF_FACTS = new WeakMap<readonly StatedFact[], { equations: readonly Equation[]; arithmetic: Arithmetic }>()

/**
 * constraintsOf and constraintsByPath of the same equations and facts, in the same order: the equations' part kept
 * for the isolate (never changed: readers only look up), the facts' added per report — in a map of the cells they
 * hold, looked up before the kept one, not a copy of it. Lists that a fact touches are copied before it is added,
 * so the kept ones stay the equations' own.
 */
export function arithmeticOf(equations: readonly Equation[], facts: readonly StatedFact[]): Arithmetic {
  let own = OF_EQUATIONS.get(equations)
  if (!own) {
    const constraints = constraintsOf(equations, [])
    OF_EQUATIONS.set(equations, (own = { constraints, byPath: constraintsByPath(constraints) }))
  }
  if (facts.length === 0) return own
  const known = OF_FACTS.get(facts)
  if (known && known.equations === equations) return known.arithmetic
  const stated = facts.map((f): Constraint => ({ left: f.paths, right: [], value: f.value }))
  const kept = own.byPath
  const added = new Map<string, Constraint[]>()
  for (const c of stated) {
    for (const p of new Set(c.left)) {
      const list = added.get(p) ?? kept.get(p)
      added.set(p, list ? [...list, c] : [c])
    }
  }
  const arithmetic: Arithmetic = { constraints: [...own.constraints, ...stated], byPath: { get: (p) => added.get(p) ?? kept.get(p) } }
  OF_FACTS.set(facts, { equations, arithmetic })
  return arithmetic
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
  const split = splitOf(c, paths)
  const out: RowConstraint = { left: split.left.slice(), right: split.right.slice(), value: c.value }
  // The known cells into the constant, each side in its order (left first, as a walk of the sides adds them).
  return addKnown(out, split.leftOthers, -1, known) && addKnown(out, split.rightOthers, 1, known) ? out : null
}

/** A constraint's sides against a row's cells: the row's own as its columns, the others' paths, each side in order. */
interface Split {
  left: readonly number[]
  right: readonly number[]
  leftOthers: readonly string[]
  rightOthers: readonly string[]
}

/**
 * Made once per constraint and row: the rows' paths are kept per isolate (rowPaths) and the equations' constraints
 * too (arithmeticOf), so a row's cells are not looked for in each constraint again per conversion (a stated fact's
 * constraint is the report's own, and goes with it).
 */
const SPLITS = new WeakMap<Constraint, WeakMap<readonly string[], Split>>()

function splitOf(c: Constraint, paths: readonly string[]): Split {
  let byRow = SPLITS.get(c)
  if (!byRow) SPLITS.set(c, (byRow = new WeakMap()))
  let split = byRow.get(paths)
  if (!split) {
    const side = (cells: readonly string[]) => {
      const columns: number[] = []
      const others: string[] = []
      for (const p of cells) {
        const k = paths.indexOf(p)
        if (k >= 0) columns.push(k)
        else others.push(p)
      }
      return { columns, others }
    }
    const left = side(c.left)
    const right = side(c.right)
    split = { left: left.columns, right: right.columns, leftOthers: left.others, rightOthers: right.others }
    byRow.set(paths, split)
  }
  return split
}

/** The cells of one side not the row's into the constant: false at one not known as a number. */
function addKnown(out: RowConstraint, others: readonly string[], sign: number, known: ReadonlyMap<string, number | string | null>): boolean {
  for (const p of others) {
    const v = known.get(p)
    if (typeof v !== 'number') return false
    out.value += sign * v
  }
  return true
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
export function touchingAny(byPath: ConstraintsByPath, paths: readonly string[]): Constraint[] {
  const seen = new Set<Constraint>()
  // Gathered as they are first seen, not spread out of the set after.
  const out: Constraint[] = []
  for (const p of paths) {
    const list = byPath.get(p)
    if (list === undefined) continue
    for (const c of list) {
      if (seen.has(c)) continue
      seen.add(c)
      out.push(c)
    }
  }
  return out
}
