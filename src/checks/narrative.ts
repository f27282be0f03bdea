import type { StatedFact } from '../locate/stated-facts.ts'
import type { Check } from '../schema/report.ts'

/** The overview's stated figures against the tables: `left` is what the text states, `right` what the tables hold. */
export function checkNarrative(facts: readonly StatedFact[], valueAt: (path: string) => number | null): Check[] {
  const checks: Check[] = []
  for (const fact of facts) {
    const stated = fact.value
    const values = fact.paths.map(valueAt)
    if (values.some((v) => v === null)) {
      checks.push({ id: fact.id, rule: fact.rule, status: 'skipped', left: stated, right: null, paths: fact.paths })
      continue
    }
    const right = values.reduce<number>((s, v) => s + (v ?? 0), 0)
    checks.push({ id: fact.id, rule: fact.rule, status: stated === right ? 'pass' : 'fail', left: stated, right, paths: fact.paths })
  }
  return checks
}
