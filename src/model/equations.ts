import { MODELS, type FormatVersion, type TableModel } from './index.ts'

/**
 * The report's own arithmetic (勾稽关系, SPEC §3.5) expanded from each table's rules into equations over
 * cell paths: Σ left = Σ right. The checks evaluate them on the finished report; the reading of rows uses
 * the very same equations as evidence between readings, so what is checked and what is trusted cannot drift.
 */
export interface Equation {
  id: string
  rule: string
  left: string[]
  right: string[]
}

/** The part of a row's path that names it inside its table (`applications.rows.` and `reviewLitigation.` dropped). */
function rowPrefix(table: TableModel): string {
  const paths = table.rows.map((r) => r.path)
  let prefix = paths[0] ?? ''
  for (const p of paths) while (!p.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('.', prefix.length - 2) + 1)
  return prefix
}

function expand(table: TableModel): Equation[] {
  const equations: Equation[] = []
  const prefix = rowPrefix(table)
  for (const rule of table.rules) {
    if (rule.kind === 'rowTotal') {
      for (const row of table.rows) {
        const parts = row.columns.filter((c) => c.key !== 'total')
        equations.push({ id: `${rule.id}.${row.path.slice(prefix.length)}`, rule: rule.rule(row), left: [`${row.path}.total`], right: parts.map((c) => `${row.path}.${c.key}`) })
      }
    } else {
      const columns = table.rows[0]?.columns ?? []
      for (const column of columns) {
        const at = (row: string) => `${row}.${column.key}`
        const left = rule.kind === 'balance' ? rule.left.map(at) : [at(rule.total)]
        const right =
          rule.kind === 'balance'
            ? rule.right.map(at)
            : table.rows.filter((r) => r.path.startsWith(rule.partsUnder) && r.path !== rule.total).map((r) => at(r.path))
        equations.push({ id: `${rule.id}.${column.key}`, rule: rule.rule(column), left, right })
      }
    }
  }
  return equations
}

/** The equations of each format version, in the order the checks list them. */
export const EQUATIONS: Record<FormatVersion, readonly Equation[]> = {
  '2019': MODELS['2019'].tables.flatMap(expand),
  '2021': MODELS['2021'].tables.flatMap(expand),
}
