import type { StatedFact } from '../locate/stated-facts.ts'
import { EQUATIONS, type Equation } from '../model/equations.ts'
import type { FormatVersion } from '../model/versions.ts'
import { pathKeys, valueAt } from '../schema/paths.ts'
import type { Check, ConvertedReport } from '../schema/report.ts'
import { checkNarrative } from './narrative.ts'

function numberAt(report: ConvertedReport, path: string): number | null {
  const value = valueAt(report, path)
  return typeof value === 'number' ? value : null
}

/**
 * The report's own arithmetic (勾稽关系, SPEC §3.5) on the finished report: `left` is what the report
 * states, `right` what it should be. A failure describes the report; numbers are never changed.
 * `skipped` where a cell it needs is null; tables the report lacks are not checked. `facts`: the figures
 * the overview states (locate/stated-facts.ts).
 */
export function checkReport(report: ConvertedReport, facts: readonly StatedFact[]): Check[] {
  const version = report.report.formatVersion ?? '2021'
  const at = (path: string) => numberAt(report, path)
  const checks: Check[] = []
  const equations = EQUATIONS[version]
  const { plans, parents } = plansOf(version)
  // The objects that hold the equations' cells (a row's), each found once: a cell is then one key of one of them.
  const holders = parents.map((keys) => nodeIn(report, keys))
  const numberOf = (cell: CellPlan) => numberUnder(holders[cell.parent], cell.key)
  for (let e = 0; e < equations.length; e++) {
    const eq = equations[e] as Equation
    const plan = plans[e] as EquationPlan
    if (!report[plan.table]) continue
    // Each side summed from 0 in the order it is written, as the report's own figures are added up.
    let l = 0
    let r = 0
    let known = true
    for (const cell of plan.left) {
      const v = numberOf(cell)
      if (v === null) known = false
      else l += v
    }
    for (const cell of plan.right) {
      const v = numberOf(cell)
      if (v === null) known = false
      else r += v
    }
    // A copy each check: the report's arrays are its own.
    const paths = plan.paths.slice()
    if (!known) {
      checks.push({ id: eq.id, rule: eq.rule, status: 'skipped', left: eq.left.length === 1 ? numberOf(plan.left[0] as CellPlan) : null, right: null, paths })
      continue
    }
    checks.push({ id: eq.id, rule: eq.rule, status: l === r ? 'pass' : 'fail', left: l, right: r, paths })
  }
  checks.push(...checkNarrative(facts, at))
  return checks
}

/** A cell of an equation: the key under the object that holds it (by its place in the version's `parents`). */
interface CellPlan {
  parent: number
  key: string
}

/** An equation's table and its cells: the same for every report, so worked out once per isolate. */
interface EquationPlan {
  table: 'applications' | 'reviewLitigation'
  left: CellPlan[]
  right: CellPlan[]
  /** The equation's paths, left then right, as each check names them. */
  paths: string[]
}

interface VersionPlan {
  plans: EquationPlan[]
  /** The keys of each object holding a cell (a path but its last key), each once. */
  parents: string[][]
}

const PLANS: Partial<Record<FormatVersion, VersionPlan>> = {}

function plansOf(version: FormatVersion): VersionPlan {
  let plan = PLANS[version]
  if (plan) return plan
  const parents: string[][] = []
  const byParent = new Map<string, number>()
  const cell = (path: string): CellPlan => {
    const keys = pathKeys(path)
    const parent = keys.slice(0, -1)
    const id = parent.join('.')
    let k = byParent.get(id)
    if (k === undefined) {
      byParent.set(id, (k = parents.length))
      parents.push(parent)
    }
    return { parent: k, key: keys[keys.length - 1] ?? '' }
  }
  const plans = EQUATIONS[version].map((eq) => ({
    table: pathKeys(eq.left[0] ?? '')[0] as EquationPlan['table'],
    left: eq.left.map(cell),
    right: eq.right.map(cell),
    paths: eq.left.concat(eq.right),
  }))
  PLANS[version] = plan = { plans, parents }
  return plan
}

/** The value at a path already split into keys, or undefined where the path leaves the tree (valueAt's walk). */
function nodeIn(root: unknown, keys: readonly string[]): unknown {
  let node = root
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** The number under `key` of `holder`, or null: the last step of valueAt's walk. */
function numberUnder(holder: unknown, key: string): number | null {
  if (holder === null || typeof holder !== 'object') return null
  const value = (holder as Record<string, unknown>)[key]
  return typeof value === 'number' ? value : null
}

export type { Check }
