import type { Equation } from '../model/equations.ts'
import type { Warning } from '../schema/report.ts'
import type { CellValues } from './glued.ts'
import { pinnedByColumns } from './column-pins.ts'
import { displacedBlank } from './displaced-blank.ts'

/**
 * The report's arithmetic as evidence of order. Text gives a row's figures in the order it printed them, and a
 * PDF viewer's reading order can print a wrapped row's figures out of the table's order. Where a row's figures,
 * as read, break its total (Σ parts = total) while the same figures in another order would keep it — one of
 * them is half their sum — the order is in doubt: the row is not read. So too where the text wrapped the row over
 * lines of several figures, or holds a figure joined from pieces apart (`wrapped`, read-table.ts): a figure may
 * have been cut in two at the wrap, or the others set out of order around it, and a total that does not add up
 * says something was. A part printed blank counts as nothing. It never changes a number; any other row that
 * breaks its total is read as printed, and the check says so. The rows doubted only as a wrap are named in `cut`.
 * A wrapped row's total may be the report's own slip: then its columns speak instead — a cell whose column's
 * equation holds with it, every other cell of that column read, is read (pinnedByColumns), and only the others wait.
 * The figures of a row left unread are handed back in `setAside`: a column complete only later may hold them then.
 * A row whose total is printed blank is doubted too where its blank mark, set back into an earlier cell, would make
 * its last figure its total (displaced-blank.ts): a viewer may print a mark at the line's end.
 */
export function doubtOrder(
  values: CellValues,
  equations: readonly Equation[],
  wrapped: ReadonlySet<string>,
  blanks: ReadonlySet<string>,
  cut: Set<string> = new Set(),
  setAside: Map<string, number> = new Map(),
): Warning[] {
  const doubted: { row: string; paths: readonly string[]; reordered: boolean; displaced?: boolean }[] = []
  for (const { row, paths } of rowTotals(equations)) {
    // A part printed blank (`—`) is none: it counts as nothing, and a row holding one is weighed like any other.
    const figure = (p: string, k: number) => (k > 0 && values.get(p) === null && blanks.has(p) ? 0 : values.get(p))
    // The total and the parts' sum (from 0, in the row's order) in one pass: no list of figures made per row, most add up.
    let total = 0
    let sum = 0
    let whole = true
    for (let k = 0; k < paths.length && whole; k++) {
      const v = figure(paths[k] as string, k)
      if (typeof v !== 'number') whole = false
      else if (k === 0) total = v
      else sum += v
    }
    if (!whole) {
      // A blank total that may be a displaced mark (displaced-blank.ts): the figures may stand a cell off.
      if (displacedBlank(values, paths, blanks)) doubted.push({ row, paths, reordered: true, displaced: true })
      continue
    }
    if (sum === total) continue
    const all = sum + total
    const reordered = paths.some((p, k) => 2 * (figure(p, k) as number) === all)
    if (!reordered && !wrapped.has(row)) continue
    doubted.push({ row, paths, reordered })
  }
  if (doubted.length === 0) return []
  // Every row in doubt is set aside before any is weighed again: a doubted row is no evidence for another.
  const read = new Map<string, number | string | null | undefined>()
  for (const { paths } of doubted) for (const p of paths) read.set(p, values.get(p))
  for (const p of read.keys()) values.set(p, null)
  // The cells of a doubted row that their columns hold: each is its column's figure, whatever the row's order.
  const pins = new Map(doubted.map((d) => [d, pinnedByColumns(d.paths, read, values, equations, blanks, rowOf)]))
  const warnings: Warning[] = []
  for (const d of doubted) {
    const pinned = pins.get(d) ?? []
    if (pinned.length === d.paths.length) continue
    // What the row read, for its columns to weigh once every other row is read (column-reads.ts, match.ts's last step).
    for (const p of d.paths) {
      const v = read.get(p)
      if (typeof v === 'number' && !pinned.includes(p)) setAside.set(p, v)
    }
    // Doubted only as a wrap that may have cut a figure: the row's pieces may be weighed again (match.ts).
    if (!d.reordered) cut.add(d.row)
    const left = pinned.length === 0 ? '' : ` Left blank: ${d.paths.filter((p) => !pinned.includes(p)).map((p) => p.slice(d.row.length + 1)).join(', ')}.`
    warnings.push({
      code: 'ambiguous_cells',
      message: d.displaced
        ? `The row's total is printed blank, and with that blank mark set in an earlier cell (viewers set a mark apart) its figures add up: they may stand a cell off.${left}`
        : d.reordered
        ? `The row's figures do not add up in the order printed, and do in another: the text's order is not the table's here.${left}`
        : `The row's figures do not add up, and the text wrapped the row over lines where a figure may have been cut in two.${left}`,
      path: d.row,
    })
  }
  for (const [, pinned] of pins) for (const p of pinned) values.set(p, read.get(p) as number | string | null)
  return warnings
}

/** A row's total equation: the row, and its cells (the total first, then the parts). */
export interface RowTotal {
  row: string
  paths: readonly string[]
}

const totals = new WeakMap<readonly Equation[], readonly RowTotal[]>()

/** The equations that are row totals, in their order, with their cells listed: once per set of equations (the model's). */
export function rowTotals(equations: readonly Equation[]): readonly RowTotal[] {
  let list = totals.get(equations)
  if (!list) {
    list = equations.flatMap((eq) => {
      const row = rowOf(eq)
      return row === null ? [] : [{ row, paths: [...eq.left, ...eq.right] }]
    })
    totals.set(equations, list)
  }
  return list
}

/** The row of each equation, worked out once: the equations are the model's, made once per isolate. */
const rows = new WeakMap<Equation, string | null>()

/** The row an equation is a row total of (`total` and its parts under one row path), else null. */
export function rowOf(eq: Equation): string | null {
  let row = rows.get(eq)
  if (row === undefined) {
    row = rowTotalOf(eq)
    rows.set(eq, row)
  }
  return row
}

function rowTotalOf(eq: Equation): string | null {
  const [left] = eq.left
  if (eq.left.length !== 1 || left === undefined || !left.endsWith('.total')) return null
  const row = left.slice(0, -'.total'.length)
  return eq.right.every((p) => p.startsWith(`${row}.`) && p.indexOf('.', row.length + 1) === -1) ? row : null
}
