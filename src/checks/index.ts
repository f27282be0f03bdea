import type { Check, ConvertedReport } from '../schema/report.ts'
import { checkApplications, checkReviewLitigation } from './arithmetic.ts'
import { checkNarrative } from './narrative-facts.ts'

export { sumCheck } from './arithmetic.ts'

function valueAt(report: ConvertedReport, path: string): number | null {
  let node: unknown = report
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return null
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'number' ? node : null
}

/** The report's own arithmetic (勾稽关系, SPEC §3.5). A failure describes the report; numbers are never changed. */
export function checkReport(report: ConvertedReport): Check[] {
  const checks: Check[] = []
  if (report.applications) checks.push(...checkApplications(report.applications.rows as never))
  if (report.reviewLitigation) checks.push(...checkReviewLitigation(report.reviewLitigation as never))
  checks.push(...checkNarrative(report.narrative.overview, (path) => valueAt(report, path)))
  return checks
}

export type { Check }
