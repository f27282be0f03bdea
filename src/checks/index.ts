import type { StatedFact } from '../locate/stated-facts.ts'
import { EQUATIONS } from '../model/equations.ts'
import { pathKeys, valueAt } from '../schema/paths.ts'
import type { Check, ConvertedReport } from '../schema/report.ts'
import { checkNarrative } from './narrative.ts'

function numberAt(report: ConvertedReport, path: string): number | null {
  const value = valueAt(report, path)
  return typeof value === 'number' ? value : null
}

const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0)

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
  for (const eq of EQUATIONS[version]) {
    const table = pathKeys(eq.left[0] ?? '')[0] as 'applications' | 'reviewLitigation'
    if (!report[table]) continue
    const left = eq.left.map(at)
    const right = eq.right.map(at)
    const paths = [...eq.left, ...eq.right]
    if ([...left, ...right].some((v) => v === null)) {
      checks.push({ id: eq.id, rule: eq.rule, status: 'skipped', left: eq.left.length === 1 ? (left[0] ?? null) : null, right: null, paths })
      continue
    }
    const l = sum(left)
    const r = sum(right)
    checks.push({ id: eq.id, rule: eq.rule, status: l === r ? 'pass' : 'fail', left: l, right: r, paths })
  }
  checks.push(...checkNarrative(facts, at))
  return checks
}

export type { Check }
