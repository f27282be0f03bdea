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
  const plans = plansOf(version)
  for (let e = 0; e < equations.length; e++) {
    const eq = equations[e] as Equation
    const plan = plans[e] as EquationPlan
    if (!report[plan.table]) continue
    // Each side summed from 0 in the order it is written, as the report's own figures are added up.
    let l = 0
    let r = 0
    let known = true
    for (const keys of plan.left) {
      const v = numberIn(report, keys)
      if (v === null) known = false
      else l += v
    }
    for (const keys of plan.right) {
      const v = numberIn(report, keys)
      if (v === null) known = false
      else r += v
    }
    const paths = eq.left.concat(eq.right)
    if (!known) {
      checks.push({ id: eq.id, rule: eq.rule, status: 'skipped', left: eq.left.length === 1 ? numberIn(report, plan.left[0] as string[]) : null, right: null, paths })
      continue
    }
    checks.push({ id: eq.id, rule: eq.rule, status: l === r ? 'pass' : 'fail', left: l, right: r, paths })
  }
  checks.push(...checkNarrative(facts, at))
  return checks
}

/** An equation's table and its paths' keys: the same for every report, so worked out once per isolate. */
interface EquationPlan {
  table: 'applications' | 'reviewLitigation'
  left: string[][]
  right: string[][]
}

const PLANS: Partial<Record<FormatVersion, EquationPlan[]>> = {}

function plansOf(version: FormatVersion): EquationPlan[] {
  return (PLANS[version] ??= EQUATIONS[version].map((eq) => ({
    table: pathKeys(eq.left[0] ?? '')[0] as EquationPlan['table'],
    left: eq.left.map(pathKeys),
    right: eq.right.map(pathKeys),
  })))
}

/** The number at a path already split into keys, or null (valueAt's walk). */
function numberIn(root: unknown, keys: readonly string[]): number | null {
  let node = root
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return null
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'number' ? node : null
}

export type { Check }
