import { APPLICANT_COLUMN_LABELS, APPLICANT_COLUMNS, OUTCOME_COLUMNS } from '../schema/cells.ts'
import type { FormatVersion } from '../schema/report.ts'
import { TEMPLATES } from '../templates/index.ts'

/**
 * The report's own arithmetic (勾稽关系, SPEC §3.5) declared once, as equations over cell paths:
 * Σ left = Σ right. The checks evaluate them on the finished report; the reading of glued cells uses
 * the very same equations as constraints, so what is checked and what is trusted cannot drift apart.
 */
export interface Equation {
  id: string
  rule: string
  left: string[]
  right: string[]
}

const COLUMN_LABELS: Record<string, string> = APPLICANT_COLUMN_LABELS
const PARTS = APPLICANT_COLUMNS.filter((c) => c !== 'total')
const ROWS = 'applications.rows.'

const GROUP_LABELS: Record<string, string> = {
  administrativeReview: '行政复议',
  litigationWithoutReview: '行政诉讼 未经复议直接起诉',
  litigationAfterReview: '行政诉讼 复议后起诉',
}

function build(version: FormatVersion): Equation[] {
  const equations: Equation[] = []
  const template = TEMPLATES[version].find((t) => t.table === 'applications')
  const rows = (template?.rows ?? []).map((r) => r.path)
  for (const path of rows) {
    equations.push({
      id: `applications.rowTotal.${path.slice(ROWS.length)}`,
      rule: `总计 = ${PARTS.map((c) => COLUMN_LABELS[c]).join(' + ')}`,
      left: [`${path}.total`],
      right: PARTS.map((c) => `${path}.${c}`),
    })
  }
  const results = rows.filter((p) => p.startsWith(`${ROWS}results.`) && p !== `${ROWS}results.total`)
  for (const column of APPLICANT_COLUMNS) {
    equations.push({
      id: `applications.resultsTotal.${column}`,
      rule: `三(七)总计 = 三(一)至(六)之和 [${COLUMN_LABELS[column]}]`,
      left: [`${ROWS}results.total.${column}`],
      right: results.map((p) => `${p}.${column}`),
    })
  }
  for (const column of APPLICANT_COLUMNS) {
    equations.push({
      id: `applications.balance.${column}`,
      rule: `一 + 二 = 三(七) + 四 [${COLUMN_LABELS[column]}]`,
      left: [`${ROWS}newlyReceived.${column}`, `${ROWS}carriedOver.${column}`],
      right: [`${ROWS}results.total.${column}`, `${ROWS}carriedForward.${column}`],
    })
  }
  for (const group of Object.keys(GROUP_LABELS)) {
    equations.push({
      id: `reviewLitigation.total.${group}`,
      rule: `${GROUP_LABELS[group]}: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
      left: [`reviewLitigation.${group}.total`],
      right: OUTCOME_COLUMNS.filter((c) => c !== 'total').map((c) => `reviewLitigation.${group}.${c}`),
    })
  }
  return equations
}

/** The equations of each format version, built once from the templates. */
export const EQUATIONS: Record<FormatVersion, readonly Equation[]> = { '2019': build('2019'), '2021': build('2021') }
