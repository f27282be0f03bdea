import { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS } from '../schema/cells.ts'
import type { CrossYearCheck } from '../schema/batch.ts'
import type { ConvertedReport } from '../schema/report.ts'

const COLUMN_LABELS: Record<string, string> = APPLICANT_COLUMN_LABELS

export interface YearReport {
  id: string
  report: ConvertedReport
}

/** One organ's name as its reports print it, with spaces that the layout put in dropped. */
const organKey = (organ: string) => organ.replace(/\s+/g, '')

type RowValues = Record<string, number | null>

function rowOf(report: ConvertedReport, row: 'carriedOver' | 'carriedForward'): RowValues | null {
  return (report.applications?.rows[row] as RowValues | undefined) ?? null
}

/**
 * SPEC §3.5 across years: what one organ's year-Y report carries forward (四、结转下年度继续办理) is what its
 * year-Y+1 report says it carried over (二、上年结转), per applicant column. `left` is the later report's
 * 上年结转, `right` the earlier report's 结转下年度. Reports without organ or year take no part.
 */
export function checkCrossYear(reports: YearReport[]): CrossYearCheck[] {
  const byOrganYear = new Map<string, YearReport[]>()
  for (const entry of reports) {
    const { organ, year } = entry.report.report
    if (!organ || year === null) continue
    const key = `${organKey(organ)}\u0000${year}`
    byOrganYear.set(key, [...(byOrganYear.get(key) ?? []), entry])
  }
  const checks: CrossYearCheck[] = []
  for (const earlier of reports) {
    const { organ, year } = earlier.report.report
    if (!organ || year === null) continue
    for (const later of byOrganYear.get(`${organKey(organ)}\u0000${year + 1}`) ?? []) {
      const forward = rowOf(earlier.report, 'carriedForward')
      const over = rowOf(later.report, 'carriedOver')
      for (const column of APPLICANT_COLUMNS) {
        const left = over?.[column] ?? null
        const right = forward?.[column] ?? null
        checks.push({
          id: `crossYear.carriedForward.${column}`,
          rule: `${year + 1}年 二、上年结转 = ${year}年 四、结转下年度继续办理 [${COLUMN_LABELS[column]}]`,
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
