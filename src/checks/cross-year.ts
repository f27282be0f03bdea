import { APPLICANT_COLUMNS } from '../model/index.ts'
import type { CrossYearCheck } from '../schema/batch.ts'
import { valueAt } from '../schema/paths.ts'
import type { ConvertedReport } from '../schema/report.ts'

export interface YearReport {
  id: string
  report: ConvertedReport
}

/** One organ's name as its reports print it, with spaces that the layout put in dropped. */
const organKey = (organ: string) => organ.replace(/\s+/g, '')

function cellOf(report: ConvertedReport, row: 'carriedOver' | 'carriedForward', column: string): number | null {
  const value = valueAt(report, `applications.rows.${row}.${column}`)
  return typeof value === 'number' ? value : null
}

/**
 * SPEC §3.5 across years: what one organ's year-Y report carries forward (四、结转下年度继续办理) is what its
 * year-Y+1 report says it carried over (二、上年结转), per applicant column. `left` is the later report's
 * 上年结转, `right` the earlier report's 结转下年度. Reports without organ or year take no part.
 */
export function checkCrossYear(reports: YearReport[]): CrossYearCheck[] {
  // Organ, then year: two keys, never one string joined with a character an organ's name could hold.
  const byOrganYear = new Map<string, Map<number, YearReport[]>>()
  for (const entry of reports) {
    const { organ, year } = entry.report.report
    if (!organ || year === null) continue
    const years = byOrganYear.get(organKey(organ)) ?? new Map<number, YearReport[]>()
    years.set(year, [...(years.get(year) ?? []), entry])
    byOrganYear.set(organKey(organ), years)
  }
  const checks: CrossYearCheck[] = []
  for (const earlier of reports) {
    const { organ, year } = earlier.report.report
    if (!organ || year === null) continue
    for (const later of byOrganYear.get(organKey(organ))?.get(year + 1) ?? []) {
      for (const { key: column, label } of APPLICANT_COLUMNS) {
        const left = cellOf(later.report, 'carriedOver', column)
        const right = cellOf(earlier.report, 'carriedForward', column)
        checks.push({
          id: `crossYear.carriedForward.${column}`,
          rule: `${year + 1}年 二、上年结转 = ${year}年 四、结转下年度继续办理 [${label}]`,
          status: left === null || right === null ? 'skipped' : left === right ? 'pass' : 'fail',
          left,
          right,
          paths: [`applications.rows.carriedOver.${column}`, `applications.rows.carriedForward.${column}`],
          organ,
          years: [year, year + 1],
          documents: [earlier.id, later.id],
        })
      }
    }
  }
  return checks
}
