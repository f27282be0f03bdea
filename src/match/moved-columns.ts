import type { Equation } from '../model/equations.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import { pageOf } from '../tokens/lines.ts'
import type { CellValues } from './glued.ts'
import { rowOf } from './order-evidence.ts'
import { setInColumns, unreadRows } from './unread-rows.ts'

/**
 * A viewer may set a column's words over several rows at another place on their lines (pdftotext `-layout` prints a
 * block of a page at the text column it computes for it, and that column may fall before its left neighbour's): every
 * row of the block then reads its figures in another order. Each row keeps its own total — the figures are its own —
 * so an equation down the columns (a column total, the balance) still holds in the total's column, and the columns the
 * moved figures left and reached miss and gain alike: two or more of them broken, their shortfalls adding up to
 * nothing. A report's slip in one cell breaks its row's total and leaves its column's shortfall alone. Which rows moved
 * is what the words' places still show: a moved block's words stand away from where their column's words stand on the
 * rest of the page. So a row is left unread where one of its figures in a broken column stands more than a column's
 * width from the middle of that column's figures on its page (a page printing the column on four rows or more), and
 * its cells in those columns are not all alike (an order of them among those columns would read otherwise). Text
 * without columns (`-raw`, reading order) shows no places: there nothing is doubted.
 */

/** Part columns broken at least by one rule: a figure moved leaves one column and reaches another. */
const MIN_BROKEN = 2

/** How far a figure may stand from its column's middle on its page: pdftotext's columns drift by a few characters. */
const APART = 8

/** Rows a page prints a column's figures on at least, for the middle of their places to be where the column stands. */
const MIN_ROWS = 4

/** The rows of tables whose figures moved between columns, by their arithmetic and their places, left unread. */
export function doubtMovedColumns(tokens: readonly Token[], values: CellValues, sources: Map<string, number>, equations: readonly Equation[], warnings: readonly Warning[]): Warning[] {
  // Only a row with a cell read from a token in columns is doubted: text without columns has none (the warnings as
  // unreadRows leaves them).
  if (!setInColumns(tokens)) return [...warnings]
  const blanks = new Set<string>()
  for (const w of warnings) if (w.code === 'blank_cell' && w.path) blanks.add(w.path)
  const known = (p: string): number | null => {
    const v = values.get(p)
    return typeof v === 'number' ? v : v === null && blanks.has(p) ? 0 : null
  }
  // Per rule down the columns (a column total, the balance), each column's shortfall, every cell known.
  const byRule = new Map<string, Map<string, number>>()
  for (const eq of equations) {
    if (rowOf(eq) !== null) continue
    const left = sumOf(eq.left, known)
    const right = sumOf(eq.right, known)
    if (left === null || right === null) continue
    const { rule, column } = ruleOf(eq)
    byRule.set(rule, (byRule.get(rule) ?? new Map<string, number>()).set(column, left - right))
  }
  // Figures moved within rows keep each row's total: the total's column still holds, and the parts' columns miss
  // and gain alike (their shortfalls add up to nothing). A report's slip in one cell breaks its row and its column.
  const broken = new Map<string, Set<string>>()
  for (const [rule, short] of byRule) {
    const parts = [...short].filter(([c, d]) => c !== 'total' && d !== 0)
    if (short.get('total') !== 0 || parts.length < MIN_BROKEN || parts.reduce((s, [, d]) => s + d, 0) !== 0) continue
    const table = tableOf(rule)
    const set = broken.get(table) ?? new Set<string>()
    for (const [c] of parts) set.add(c)
    broken.set(table, set)
  }
  const rows: { path: string; paths: string[] }[] = []
  // The tokens' pages, worked out (a pass over them all) only where a column breaks as moved figures break it.
  let page: ((line: number) => number) | undefined
  for (const [table, columns] of broken) {
    // The table's rows: every row an equation of it names, with its cells in the broken columns.
    const byRow = new Map<string, string[]>()
    for (const eq of equations) {
      for (const p of [...eq.left, ...eq.right]) {
        if (tableOf(p) !== table) continue
        const row = p.slice(0, p.lastIndexOf('.'))
        const list = byRow.get(row) ?? []
        if (!list.includes(p)) list.push(p)
        byRow.set(row, list)
      }
    }
    // Each broken column's figures' places, by page: their middle is where the column stands there.
    const places = new Map<string, number[]>()
    const placeOf = (p: string): [string, number] | undefined => {
      const s = sources.get(p)
      const t = s === undefined ? undefined : tokens[s]
      return t?.col === undefined ? undefined : [`${columnOf(p)} ${(page ??= pageOf(tokens, 1))(t.line)}`, t.col]
    }
    for (const paths of byRow.values()) {
      for (const p of paths) {
        const at = columns.has(columnOf(p)) ? placeOf(p) : undefined
        if (!at) continue
        const list = places.get(at[0])
        if (list) list.push(at[1])
        else places.set(at[0], [at[1]])
      }
    }
    for (const [row, paths] of byRow) {
      const inColumns = paths.filter((p) => columns.has(columnOf(p)))
      if (new Set(inColumns.map((p) => values.get(p))).size < 2) continue
      const apart = inColumns.some((p) => {
        const at = placeOf(p)
        const there = at === undefined ? [] : places.get(at[0]) ?? []
        return at !== undefined && there.length >= MIN_ROWS && Math.abs(at[1] - middle(there)) > APART
      })
      if (apart) rows.push({ path: row, paths })
    }
  }
  const message = "The table's columns do not add up in several columns while its figures were read: a viewer set some of its words out of their columns' order, and the text does not say which; left blank rather than guessed."
  return unreadRows(rows, values, sources, warnings, message)
}

/** An equation's rule down the columns and the column its left side names: the model's, worked out once per isolate. */
const PLACES = new WeakMap<Equation, { rule: string; column: string }>()

function ruleOf(eq: Equation): { rule: string; column: string } {
  let place = PLACES.get(eq)
  if (!place) PLACES.set(eq, (place = { rule: eq.id.slice(0, eq.id.lastIndexOf('.')), column: columnOf(eq.left[0] as string) }))
  return place
}

/** The sum of the cells, null where one is unknown. */
function sumOf(paths: readonly string[], known: (p: string) => number | null): number | null {
  let sum = 0
  for (const p of paths) {
    const v = known(p)
    if (v === null) return null
    sum += v
  }
  return sum
}

/** The table a cell's path is in (its first key). */
function tableOf(path: string): string {
  return path.slice(0, path.indexOf('.'))
}

/** The column a cell's path names (its last key). */
function columnOf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1)
}

/** The median of the numbers. */
function middle(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[s.length >> 1] as number
}
