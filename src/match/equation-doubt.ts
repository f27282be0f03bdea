import type { Equation } from '../model/equations.ts'
import type { Warning } from '../schema/report.ts'
import type { CellValues } from './glued.ts'
import type { Certainties } from './row-certainty.ts'
import { pinnedByColumns } from './column-pins.ts'
import { rowOf } from './order-evidence.ts'

/**
 * The report's arithmetic as evidence against a reading the text did not settle. Every equation of SPEC §3.5 —
 * a row's total, a column's total over the result rows, the balance, table 四's totals — that the figures as
 * read break says one of its figures is not the report's, or the report erred. Where a row of it was read
 * `sure` (row-certainty.ts) the report may well have erred: such rows are kept as printed. The rows read
 * `apart` or `far` are in doubt: a row's own total broken leaves that row blank; a column's or the balance
 * broken leaves blank the rows whose label stood `far` from their figures (the ones the alignment reached for),
 * and an inline table's rows together. It never changes a number, only withholds it — except a cell its column
 * holds (column-pins.ts: the column's equation holding with it, every other cell of the column read and none of
 * a doubted row's): that figure is the column's whichever row it was taken from, and is read.
 *
 * An equation with cells unread still speaks where the known side already exceeds the other: every cell is a
 * count (≥ 0), so the unread ones can only add. A part printed blank (`—`) counts as nothing; a total printed
 * blank is unknown.
 */
export interface Doubted {
  /** Rows left blank, by path, with the reason. */
  rows: Map<string, string>
  /** Cells of those rows their columns hold (column-pins.ts): read all the same. */
  pinned: Set<string>
  warnings: Warning[]
}

/** One side of an equation: the sum of its known cells and whether any is unknown. */
function side(paths: readonly string[], values: CellValues, blanks: ReadonlySet<string>, blankIsNothing: boolean): { sum: number; open: boolean } {
  let sum = 0
  let open = false
  for (const p of paths) {
    const v = values.get(p)
    if (typeof v === 'number') sum += v
    else if (!(blankIsNothing && v === null && blanks.has(p))) open = true
  }
  return { sum, open }
}

/** The equation cannot hold whatever its unknown cells are. */
function broken(eq: Equation, values: CellValues, blanks: ReadonlySet<string>): boolean {
  // A one-cell side is a total: printed blank, it is unknown; every other cell printed blank is none.
  const left = side(eq.left, values, blanks, eq.left.length > 1)
  const right = side(eq.right, values, blanks, true)
  if (!left.open && !right.open) return left.sum !== right.sum
  if (!left.open) return right.sum > left.sum
  if (!right.open) return left.sum > right.sum
  return false
}

/** The reason a row whose label ends in a figure is doubted where its total is blank: no equation of its own weighs it. */
const UNWEIGHED = 'unweighed'

const rowOfCell = (path: string) => path.slice(0, path.lastIndexOf('.'))

/** Each equation's cells, both sides, with the row each is in: the model's, made once per isolate (kept strings). */
const CELL_ROWS = new WeakMap<Equation, readonly (readonly [string, string])[]>()

function cellRows(eq: Equation): readonly (readonly [string, string])[] {
  let list = CELL_ROWS.get(eq)
  if (!list) CELL_ROWS.set(eq, (list = [...eq.left, ...eq.right].map((p) => [p, rowOfCell(p)] as const)))
  return list
}

/** `rows`: the rows' certainties (row-certainty.ts), each worked out only where a broken equation asks (most reports: none). */
export function doubtEquations(values: CellValues, equations: readonly Equation[], rows: Certainties, blanks: ReadonlySet<string>): Doubted {
  const doubted = new Map<string, string>()
  for (const eq of equations) {
    if (!broken(eq, values, blanks)) continue
    // The rows of its cells read as numbers, each once, in the equation's order.
    const rowsRead = new Set<string>()
    for (const [p, r] of cellRows(eq)) if (typeof values.get(p) === 'number') rowsRead.add(r)
    const read = [...rowsRead]
    const inDoubt = read.filter((r) => (rows.get(r)?.certainty ?? 'sure') !== 'sure')
    const own = read.length === 1
    const far = inDoubt.filter((r) => rows.get(r)?.certainty === 'far')
    const unitWide = inDoubt.filter((r) => rows.get(r)?.unit !== r)
    for (const r of own ? inDoubt : [...far, ...unitWide]) if (!doubted.has(r)) doubted.set(r, eq.id)
  }
  // A row whose label's text ends in a figure (`情形） ２` over `０ 0 …`: 20, or 2 beside 0) and whose own total is
  // printed blank: no equation weighs which figure the piece begins — nothing confirms the row.
  for (const eq of equations) {
    const r = rowOf(eq)
    const total = eq.left.length === 1 ? eq.left[0] : undefined
    if (r === null || doubted.has(r) || total === undefined || values.get(total) !== null || !blanks.has(total)) continue
    if ([...eq.left, ...eq.right].some((p) => typeof values.get(p) === 'number') && rows.get(r)?.cut) doubted.set(r, UNWEIGHED)
  }
  // An inline table's rows stand or fall together: one printed row of figures, shifted as one.
  const units = new Set([...doubted.keys()].map((r) => rows.get(r)?.unit ?? r))
  if (units.size > 0) for (const [r, c] of rows.all()) if (units.has(c.unit) && !doubted.has(r)) doubted.set(r, [...doubted].find(([d]) => rows.get(d)?.unit === c.unit)?.[1] ?? c.unit)
  const pinned = pinsOf(values, equations, rows, blanks, doubted)
  const warnings: Warning[] = []
  // The cells of each doubted row, in the values' order: one pass over the values, not one per doubted row.
  const cellsOf = new Map<string, string[]>()
  if (doubted.size > 0) {
    for (const p of values.keys()) {
      const r = rowOfCell(p)
      if (!doubted.has(r)) continue
      const list = cellsOf.get(r)
      if (list) list.push(p)
      else cellsOf.set(r, [p])
    }
  }
  for (const [r, id] of doubted) {
    const cells = cellsOf.get(r) ?? []
    // Every cell held by its column: the row is read as printed, its broken equation the report's slip.
    if (cells.length > 0 && cells.every((p) => pinned.has(p))) {
      doubted.delete(r)
      continue
    }
    const left = cells.some((p) => pinned.has(p)) ? ` Left blank: ${cells.filter((p) => !pinned.has(p)).map((p) => p.slice(r.length + 1)).join(', ')}.` : ''
    warnings.push({
      code: 'ambiguous_cells',
      message:
        id === UNWEIGHED
          ? `The row's label ends in a figure that may be the first piece of one of its cells, and its total is blank: nothing weighs which; left blank rather than guessed.${left}`
          : `The figures as read break the report's arithmetic (${id}), and the text set this row's figures apart from its label: they may not be its cells; left blank rather than guessed.${left}`,
      path: r,
    })
  }
  return { rows: doubted, pinned, warnings }
}

/**
 * The cells of the doubted rows that their columns hold, all those rows set aside first (column-pins.ts). Not an
 * inline table's (its rows shift as one), nor a row without a total of its own.
 */
function pinsOf(values: CellValues, equations: readonly Equation[], rows: Certainties, blanks: ReadonlySet<string>, doubted: ReadonlyMap<string, string>): Set<string> {
  const pinned = new Set<string>()
  if (doubted.size === 0) return pinned
  const aside: CellValues = new Map(values)
  for (const p of values.keys()) if (doubted.has(rowOfCell(p))) aside.set(p, null)
  for (const eq of equations) {
    const r = rowOf(eq)
    if (r === null || !doubted.has(r) || rows.get(r)?.unit !== r) continue
    for (const p of pinnedByColumns([...eq.left, ...eq.right], values, aside, equations, blanks, rowOf)) pinned.add(p)
  }
  return pinned
}

/** The doubted rows' cells left blank (their sources gone), and the warnings with theirs replaced by the doubt's. */
export function withholdDoubted(values: CellValues, sources: Map<string, number>, warnings: readonly Warning[], doubted: Doubted): Warning[] {
  if (doubted.rows.size === 0) return [...warnings]
  for (const path of values.keys()) {
    if (!doubted.rows.has(rowOfCell(path)) || doubted.pinned.has(path)) continue
    values.set(path, null)
    sources.delete(path)
  }
  const mine = (path: string | undefined) => path !== undefined && (doubted.rows.has(path) || doubted.rows.has(rowOfCell(path)))
  return [...warnings.filter((w) => !mine(w.path)), ...doubted.warnings]
}
