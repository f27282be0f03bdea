import type { Version } from './labels.ts'
import { APPLICANTS, GROUPS, OUTCOMES, applicationRows, resultRows, type Numbers } from './values.ts'

/**
 * The checks of SPEC §3.5 that a generated report must get, and their statuses, worked out from the
 * generated numbers alone: pass where the arithmetic holds, fail where it was broken, skipped where a
 * cell it needs is blank.
 */

export interface ExpectedCheck {
  id: string
  status: 'pass' | 'fail' | 'skipped'
}

/** A figure the overview states (本年新收…N件), and the table cells it stands for. */
export interface StatedFact {
  id: string
  stated: number
  paths: string[]
}

function status(left: (number | null)[], right: (number | null)[]): ExpectedCheck['status'] {
  if ([...left, ...right].some((v) => v === null)) return 'skipped'
  const sum = (xs: (number | null)[]) => xs.reduce<number>((s, v) => s + (v ?? 0), 0)
  return sum(left) === sum(right) ? 'pass' : 'fail'
}

export function expectedChecks(version: Version, numbers: Numbers, facts: StatedFact[]): ExpectedCheck[] {
  const at = (path: string) => numbers.cells.get(path)?.value ?? null
  const A = 'applications.rows'
  const checks: ExpectedCheck[] = []
  for (const row of applicationRows(version)) {
    checks.push({ id: `applications.rowTotal.${row}`, status: status([at(`${A}.${row}.total`)], APPLICANTS.map((c) => at(`${A}.${row}.${c}`))) })
  }
  for (const column of [...APPLICANTS, 'total']) {
    const cell = (row: string) => at(`${A}.${row}.${column}`)
    checks.push({ id: `applications.resultsTotal.${column}`, status: status([cell('results.total')], resultRows(version).map((row) => cell(`results.${row}`))) })
    checks.push({ id: `applications.balance.${column}`, status: status([cell('newlyReceived'), cell('carriedOver')], [cell('results.total'), cell('carriedForward')]) })
  }
  for (const group of GROUPS) {
    checks.push({ id: `reviewLitigation.total.${group}`, status: status([at(`reviewLitigation.${group}.total`)], OUTCOMES.map((o) => at(`reviewLitigation.${group}.${o}`))) })
  }
  for (const fact of facts) checks.push({ id: fact.id, status: status([fact.stated], fact.paths.map(at)) })
  return checks
}
