import { APPLICANT_COLUMNS, OUTCOME_COLUMNS } from '../schema/cells.ts'
import type { Check } from '../schema/report.ts'

/** A check over cells: `left` is the cell the report states, `right` what its parts add up to. */
export function sumCheck(id: string, rule: string, target: { path: string; value: number | null }, parts: { path: string; value: number | null }[]): Check {
  const paths = [target.path, ...parts.map((p) => p.path)]
  if (target.value === null || parts.some((p) => p.value === null)) {
    return { id, rule, status: 'skipped', left: target.value, right: null, paths }
  }
  const right = parts.reduce((sum, p) => sum + (p.value ?? 0), 0)
  return { id, rule, status: target.value === right ? 'pass' : 'fail', left: target.value, right, paths }
}

type RowValues = Record<string, number | null>
type Tree = { [key: string]: Tree | number | null }

const COLUMN_LABELS: Record<string, string> = {
  naturalPerson: '自然人',
  commercialEnterprise: '商业企业',
  researchInstitution: '科研机构',
  socialWelfareOrganization: '社会公益组织',
  legalServiceAgency: '法律服务机构',
  otherOrganization: '其他',
  total: '总计',
}
const PARTS = APPLICANT_COLUMNS.filter((c) => c !== 'total')
const ROW_TOTAL_RULE = `总计 = ${PARTS.map((c) => COLUMN_LABELS[c]).join(' + ')}`

function isRow(node: unknown): node is RowValues {
  return typeof node === 'object' && node !== null && 'naturalPerson' in node
}

/** Every Row under `applications.rows`, with its path below it, in report order. */
function rowsOf(node: Tree, prefix: string, out: [string, RowValues][] = []): [string, RowValues][] {
  for (const [key, child] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (isRow(child)) out.push([path, child])
    else if (child && typeof child === 'object') rowsOf(child, path, out)
  }
  return out
}

const cell = (rowPath: string, row: RowValues, column: string) => ({
  path: `applications.rows.${rowPath}.${column}`,
  value: row[column] ?? null,
})

/** SPEC §3.5 on table 三: every row's total, the results total per column, and the table's own balance. */
export function checkApplications(rowsTree: Tree): Check[] {
  const checks: Check[] = []
  const rows = rowsOf(rowsTree, '')
  for (const [path, row] of rows) {
    checks.push(sumCheck(`applications.rowTotal.${path}`, ROW_TOTAL_RULE, cell(path, row, 'total'), PARTS.map((c) => cell(path, row, c))))
  }
  const byPath = new Map(rows)
  const results = rows.filter(([path]) => path.startsWith('results.') && path !== 'results.total')
  const total = byPath.get('results.total')
  const received = byPath.get('newlyReceived')
  const carriedOver = byPath.get('carriedOver')
  const carriedForward = byPath.get('carriedForward')
  for (const column of APPLICANT_COLUMNS) {
    if (total) {
      checks.push(
        sumCheck(
          `applications.resultsTotal.${column}`,
          `三(七)总计 = 三(一)至(六)之和 [${COLUMN_LABELS[column]}]`,
          cell('results.total', total, column),
          results.map(([path, row]) => cell(path, row, column)),
        ),
      )
    }
    if (total && received && carriedOver && carriedForward) {
      const left = [cell('newlyReceived', received, column), cell('carriedOver', carriedOver, column)]
      const right = [cell('results.total', total, column), cell('carriedForward', carriedForward, column)]
      const paths = [...left, ...right].map((c) => c.path)
      const rule = `一 + 二 = 三(七) + 四 [${COLUMN_LABELS[column]}]`
      const id = `applications.balance.${column}`
      if ([...left, ...right].some((c) => c.value === null)) checks.push({ id, rule, status: 'skipped', left: null, right: null, paths })
      else {
        const l = left.reduce((s, c) => s + (c.value ?? 0), 0)
        const r = right.reduce((s, c) => s + (c.value ?? 0), 0)
        checks.push({ id, rule, status: l === r ? 'pass' : 'fail', left: l, right: r, paths })
      }
    }
  }
  return checks
}

const GROUP_LABELS: Record<string, string> = {
  administrativeReview: '行政复议',
  litigationWithoutReview: '行政诉讼 未经复议直接起诉',
  litigationAfterReview: '行政诉讼 复议后起诉',
}

/** SPEC §3.5 on table 四: each group's 总计 is the sum of its four results. */
export function checkReviewLitigation(table: Record<string, RowValues>): Check[] {
  return Object.keys(GROUP_LABELS).map((group) => {
    const row = table[group] ?? {}
    const at = (column: string) => ({ path: `reviewLitigation.${group}.${column}`, value: row[column] ?? null })
    return sumCheck(
      `reviewLitigation.total.${group}`,
      `${GROUP_LABELS[group]}: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
      at('total'),
      OUTCOME_COLUMNS.filter((c) => c !== 'total').map(at),
    )
  })
}
