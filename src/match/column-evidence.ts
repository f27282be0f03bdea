import type { Equation } from '../model/equations.ts'
import type { Warning } from '../schema/report.ts'
import type { CellValues } from './glued.ts'
import { rowOf, rowTotals, type RowTotal } from './order-evidence.ts'
import { pinnedByColumns } from './column-pins.ts'

/**
 * The columns' arithmetic as evidence of order. A PDF viewer's text can set a row's figures out of their columns'
 * order and keep the row's total (`24,155 0 0 8 0 0` for 8 0 24,155 0 0 0: the same figures add up the same); the
 * table's other equations on each cell — the column's total row (三(七) = Σ 三(一)…(六)), the balance 一 + 二 =
 * 三(七) + 四 — still see it. Where a figure of the row, as read, cannot stand in its cell — outside what its column's
 * equation allows (every other cell known, the one value it says; some unknown, never negative, a side it cannot
 * pass), or more than the whole other side of it — and the same figures in another order fit what every column
 * allows and keep the row's total where it held, the text's order is not the table's there: the row is not read,
 * where it alone breaks a column (two rows breaking one column point at the column's own slip). It never changes a
 * number; a row that no other order fits is read as printed, and the check says so.
 */

/** The bound each column's equations put on one cell of the row, the other cells as they were read. */
interface Bound {
  lo: number
  hi: number
  /** The most the cell can be whatever the cells beside it on its side hold: the whole other side, where known. */
  whole: number
}

/** Figures of a row beyond which no order is tried (a row has at most 7 cells in the model). */
const MAX_CELLS = 8

const EMPTY: Bound = { lo: -Infinity, hi: Infinity, whole: Infinity }

/** The value of a cell in an equation: a number, 0 for a blank printed as one, else unknown (null). */
function valueOf(values: CellValues, blanks: ReadonlySet<string>, path: string): number | null {
  const v = values.get(path)
  if (typeof v === 'number') return v
  return v === null && blanks.has(path) ? 0 : null
}

/** One side of an equation as read: its known cells' sum, how many are unknown, how many are negative. */
interface Side {
  known: number
  unknown: number
  negative: number
}

function sideOf(paths: readonly string[], values: CellValues, blanks: ReadonlySet<string>): Side {
  let known = 0
  let unknown = 0
  let negative = 0
  for (const p of paths) {
    const v = valueOf(values, blanks, p)
    if (v === null) unknown++
    else if (v < 0) negative++
    else known += v
  }
  return { known, unknown, negative }
}

/** A side without the cell `path` (its value `v`, null where unknown). */
function without(side: Side, v: number | null): Side {
  if (v === null) return { known: side.known, unknown: side.unknown - 1, negative: side.negative }
  if (v < 0) return { known: side.known, unknown: side.unknown, negative: side.negative - 1 }
  return { known: side.known - v, unknown: side.unknown, negative: side.negative }
}

/**
 * What `eq` says of the cell `path` (on one of its sides), given every other cell's value. `sides`: each
 * equation's two sides as read, summed once per conversion (a cell's bound takes its own value back out).
 */
function boundIn(eq: Equation, path: string, values: CellValues, blanks: ReadonlySet<string>, sides: Map<Equation, [Side, Side]>): Bound | null {
  let both = sides.get(eq)
  if (!both) {
    both = [sideOf(eq.left, values, blanks), sideOf(eq.right, values, blanks)]
    sides.set(eq, both)
  }
  const onLeft = eq.left.includes(path)
  const v = valueOf(values, blanks, path)
  // A negative figure among the other cells: the equation says nothing of this one.
  const same = without(onLeft ? both[0] : both[1], v)
  const other = onLeft ? both[1] : both[0]
  if (same.negative > 0 || other.negative > 0) return null
  const at = other.known - same.known
  const whole = other.unknown === 0 ? other.known : Infinity
  // Unknown counts on the cell's side can only take from it; on the other side, only add to it.
  if (same.unknown === 0 && other.unknown === 0) return { lo: at, hi: at, whole }
  if (other.unknown === 0) return { lo: -Infinity, hi: at, whole }
  if (same.unknown === 0) return { lo: at, hi: Infinity, whole }
  return null
}

function fits(bound: Bound, v: number): boolean {
  return bound.lo <= v && v <= bound.hi
}

/**
 * The printed figure cannot stand in its cell: outside what its column's equation allows (every other cell known, the
 * one value it says; some unknown, never negative, a side it cannot pass), or larger than the whole other side.
 */
function breaks(bound: Bound, v: number): boolean {
  return !fits(bound, v) || v > bound.whole
}

/** Whether some order of `figures` other than the printed one fits every cell's bound (and the row's total, if kept). */
function otherOrderFits(figures: readonly number[], bounds: readonly Bound[], keepTotal: boolean): boolean {
  const used = new Array<boolean>(figures.length).fill(false)
  const order: number[] = []
  const search = (k: number): boolean => {
    if (k === figures.length) {
      const moved = order.some((f, j) => figures[f] !== figures[j])
      if (!moved) return false
      if (!keepTotal) return true
      const [total = 0, ...parts] = order.map((f) => figures[f] as number)
      return parts.reduce((a, b) => a + b, 0) === total
    }
    for (let f = 0; f < figures.length; f++) {
      if (used[f] || !fits(bounds[k] as Bound, figures[f] as number)) continue
      used[f] = true
      order.push(f)
      if (search(k + 1)) return true
      order.pop()
      used[f] = false
    }
    return false
  }
  return search(0)
}

/**
 * Where the report's own slips leave no order fitting every column (a column's total misprinted by a few), the columns
 * still speak where they demand exactly: a figure the row's order breaks that another broken cell's column demands
 * (every other cell of it known) was moved, not slipped — `60 73 21527 117 21，969` for 60 21969 73 21527 117. Two
 * broken cells at least must take what their columns demand from each other, one of them a figure other than 0 (a
 * slip and any zero agree by chance); never the row's total (a column of totals off by one row's slip demands that
 * row's sum, which its total holds).
 */
function demandedElsewhere(figures: readonly number[], bounds: readonly Bound[]): boolean {
  const offered = new Map<number, number>()
  const demanded = new Map<number, number>()
  figures.forEach((f, k) => {
    const b = bounds[k] as Bound
    if (k === 0 || !breaks(b, f)) return
    offered.set(f, (offered.get(f) ?? 0) + 1)
    if (b.lo === b.hi && b.lo >= 0) demanded.set(b.lo, (demanded.get(b.lo) ?? 0) + 1)
  })
  let fixed = 0
  let moved = 0
  for (const [v, n] of demanded) {
    const m = Math.min(n, offered.get(v) ?? 0)
    fixed += m
    if (v > 0) moved += m
  }
  return moved >= 1 && fixed >= 2
}

/** The equations each cell stands in that are not its row's total (its column's), once per set of equations. */
const columns = new WeakMap<readonly Equation[], Map<string, Equation[]>>()

function columnsByCell(equations: readonly Equation[]): Map<string, Equation[]> {
  let byCell = columns.get(equations)
  if (byCell) return byCell
  byCell = new Map()
  for (const eq of equations) {
    if (rowOf(eq) !== null) continue
    for (const p of [...eq.left, ...eq.right]) {
      const list = byCell.get(p) ?? []
      list.push(eq)
      byCell.set(p, list)
    }
  }
  columns.set(equations, byCell)
  return byCell
}

/** The row totals some of whose cells stand in a column's equation, short enough to reorder: the model's, once per isolate. */
const weighed = new WeakMap<readonly Equation[], readonly RowTotal[]>()

function weighedRows(equations: readonly Equation[]): readonly RowTotal[] {
  let list = weighed.get(equations)
  if (!list) {
    const byCell = columnsByCell(equations)
    list = rowTotals(equations).filter(({ paths }) => paths.length <= MAX_CELLS && paths.some((p) => byCell.has(p)))
    weighed.set(equations, list)
  }
  return list
}

export function doubtColumns(values: CellValues, equations: readonly Equation[], blanks: ReadonlySet<string>): Warning[] {
  const warnings: Warning[] = []
  const doubted: (readonly string[])[] = []
  const byCell = columnsByCell(equations)
  const sides = new Map<Equation, [Side, Side]>()
  // The rows some other order of whose figures fits, each with the columns its printed order breaks; and how many such
  // rows break each column.
  const breaking: [string, readonly string[], Equation[]][] = []
  const brokenBy = new Map<Equation, number>()
  for (const { row, paths } of weighedRows(equations)) {
    const figures = paths.map((p) => valueOf(values, blanks, p))
    if (figures.some((v) => v === null || v < 0)) continue
    const known = figures as number[]
    // Bounds from the values as read before this row is weighed: a row nulled here is not evidence for another.
    // The columns the row breaks first; each cell's bound over all its columns only for a row that breaks one (few).
    const broken: Equation[] = []
    paths.forEach((p, k) => {
      for (const column of byCell.get(p) ?? []) {
        const c = boundIn(column, p, values, blanks, sides)
        if (c && breaks(c, known[k] as number)) broken.push(column)
      }
    })
    if (broken.length === 0) continue
    const bounds = paths.map((p) => {
      let b = EMPTY
      for (const column of byCell.get(p) ?? []) {
        const c = boundIn(column, p, values, blanks, sides)
        if (c) b = { lo: Math.max(b.lo, c.lo), hi: Math.min(b.hi, c.hi), whole: Math.min(b.whole, c.whole) }
      }
      return b
    })
    const [total = 0, ...parts] = known
    const keepTotal = parts.reduce((a, b) => a + b, 0) === total
    if (!otherOrderFits(known, bounds, keepTotal) && !demandedElsewhere(known, bounds)) continue
    breaking.push([row, paths, broken])
    for (const c of broken) brokenBy.set(c, (brokenBy.get(c) ?? 0) + 1)
  }
  // A column two rows or more break is its own slip (a total misprinted) more likely than rows out of order, and says
  // nothing of them: a row is doubted where some column it breaks is broken by it alone.
  for (const [row, paths, broken] of breaking) {
    if (!broken.some((c) => brokenBy.get(c) === 1)) continue
    doubted.push(paths)
    warnings.push({ code: 'ambiguous_cells', message: "The row's figures break their columns' totals in the order printed, and keep them in another: the text's order is not the table's here.", path: row })
  }
  // Nulled after all rows are weighed, so that each is weighed against the others as the text gave them.
  const read = new Map(doubted.flatMap((paths) => paths.map((p) => [p, values.get(p)] as const)))
  for (const paths of doubted) for (const p of paths) values.set(p, null)
  // A cell its column holds (column-pins.ts) is in place whatever the order of the rest: read all the same.
  const pins = doubted.map((paths) => pinnedByColumns(paths, read, values, equations, blanks, rowOf))
  pins.forEach((pinned, k) => {
    for (const p of pinned) values.set(p, read.get(p) as number | string | null)
    const w = warnings[k] as Warning
    if (pinned.length > 0) w.message += ` Read all the same, as their columns' totals hold them: ${pinned.map((p) => p.slice(p.lastIndexOf('.') + 1)).join(', ')}.`
  })
  return warnings
}
