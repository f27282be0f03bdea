import type { TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { evaluate, type Constraint } from './glued-constraints.ts'

/**
 * A counted run's figures cut into its rows (counted-runs.ts), and what each row's own text and arithmetic say of
 * its part. Rows take their figures in the model's order, each as many as its cells; a row holding a wrapped
 * figure takes one more (its two pieces): a figure cut at its separator (`21，`, then its rest of three digits)
 * says so itself, and a figure wrapped between digits (`２７７` / `３０`) is tried in each row in turn.
 */

type Rows = TableModel['rows']

/** A figure's first part cut at its separator (`21，`), and a rest: three digits, or more groups of them. */
export const CUT = /^\d{1,3}[,，]$/
const REST = /^\d{3}(?:[,，]\d{3})*件?$/
/** Pieces of a figure wrapped between digits: digits alone, the first without a unit. */
const DIGITS = /^\d+$/
const DIGITS_UNIT = /^\d+件?$/

/** A figure's value as a cell reads it: a blank mark weighs 0. */
function valueOf(t: Token | undefined): number {
  return t?.kind === 'number' ? (t.value as number) : 0
}

/** Joined values add up: the largest the sum of the others (the row's total, all its parts non-negative). */
function addsUp(values: readonly number[]): boolean {
  return 2 * Math.max(...values) === values.reduce((a, b) => a + b, 0)
}

/**
 * A row holding one wrapped figure: some piece joined with a later one (a cut with its rest, or two runs of digits),
 * its figures add up. A row holding two cuts, or a cut and a wrap, is not weighed.
 */
function wrappedAddsUp(tokens: readonly Token[], own: readonly number[]): boolean {
  const cuts = own.filter((i) => tokens[i]?.kind === 'bad')
  if (cuts.length > 1) return false
  for (const first of cuts.length === 1 ? cuts : own) {
    const head = tokens[first]?.folded ?? ''
    if (cuts.length === 0 && !DIGITS.test(head)) continue
    for (const rest of own) {
      const tail = tokens[rest]?.folded ?? ''
      if (rest <= first || tokens[rest]?.kind !== 'number' || !(cuts.length === 1 ? REST : DIGITS_UNIT).test(tail)) continue
      const joined = Number(`${cuts.length === 1 ? head.slice(0, -1) : head}${tail.replace(/\D/g, '')}`)
      if (addsUp(own.filter((i) => i !== rest).map((i) => (i === first ? joined : valueOf(tokens[i]))))) return true
    }
  }
  return false
}

/**
 * The run's figures cut into its rows in order: each row takes as many as its cells, one more for each cut figure
 * among them and one more where `wrapped` names it. A row holding a wrapped figure is no row to read (null): its
 * figures must add up joined, or the cut lies elsewhere. null where the figures are not exactly the rows'.
 */
export function partition(tokens: readonly Token[], run: Rows, figures: readonly number[], wrapped: ReadonlySet<number>): (number[] | null)[] | null {
  const out: (number[] | null)[] = []
  let at = 0
  for (let q = 0; q < run.length; q++) {
    let need = (run[q] as Rows[number]).columns.length + (wrapped.has(q) ? 1 : 0)
    const own: number[] = []
    let cut = wrapped.has(q)
    while (own.length < need && at < figures.length) {
      const token = figures[at++] as number
      if (tokens[token]?.kind === 'bad') {
        need++
        cut = true
      }
      own.push(token)
    }
    if (own.length < need) return null
    if (cut && !wrappedAddsUp(tokens, own)) return null
    out.push(cut ? null : own)
  }
  return at === figures.length ? out : null
}

/** A row's figures as placed: no words among them, and every equation over its cells alone (one at least) holding. */
export function rowHolds(tokens: readonly Token[], row: Rows[number], own: readonly number[], constraints: readonly Constraint[]): boolean {
  for (let i = Math.min(...own) + 1; i < Math.max(...own); i++) if (tokens[i]?.kind === 'text') return false
  return totalsHold(tokens, row, own, constraints)
}

/** Every equation over the row's cells alone (one at least) holds with its figures in this order. */
export function totalsHold(tokens: readonly Token[], row: Rows[number], own: readonly number[], constraints: readonly Constraint[]): boolean {
  const mine = new Map<string, number>()
  row.columns.forEach((c, j) => mine.set(`${row.path}.${c.key}`, valueOf(tokens[own[j] as number])))
  const totals = constraints.filter((c) => c.left.concat(c.right).every((p) => mine.has(p)))
  return totals.length > 0 && totals.every((c) => evaluate(c, (p) => mine.get(p)) === true)
}

/** Every equation touching the rows placed that the read cells make whole holds. */
export function columnsHold(tokens: readonly Token[], placedRows: readonly { row: Rows[number]; own: readonly number[] }[], constraints: readonly Constraint[], known: ReadonlyMap<string, number>): boolean {
  const placed = new Map(known)
  const mine = new Set<string>()
  for (const { row, own } of placedRows) {
    row.columns.forEach((c, j) => {
      placed.set(`${row.path}.${c.key}`, valueOf(tokens[own[j] as number]))
      mine.add(`${row.path}.${c.key}`)
    })
  }
  return constraints.every((c) => !c.left.concat(c.right).some((p) => mine.has(p)) || evaluate(c, (p) => placed.get(p)) !== false)
}

/** The sets of `extra` rows of the run (each once) that may hold a figure wrapped between digits. */
export function wrapChoices(rows: number, extra: number): Set<number>[] {
  if (extra === 0) return [new Set()]
  const out: Set<number>[] = []
  for (let a = 0; a < rows; a++) {
    if (extra === 1) out.push(new Set([a]))
    else for (let b = a + 1; b < rows; b++) out.push(new Set([a, b]))
  }
  return out
}
