import type { Equation } from '../model/equations.ts'
import { breaksHeld } from './breaks-held.ts'
import { eachPlacedRow, type Doubted, type Placing, type PlacedRow } from './page-places.ts'
import { clearOf, votesOf } from './clear-places.ts'
import type { CellValues } from './glued.ts'

/**
 * A figure among a row's zeros keeps the row's sum in any of them: only its place on the page tells its cell.
 * lone-figure.ts doubts one figure standing where the page prints none of its cell. pdftotext `-layout` may also set
 * a row's pieces each at a place the page prints some cell at, but not in their cells' order: two blocks of rows set
 * apart, some of the row's pieces at one block's columns and some at the other's (17192: 属于行政执法案卷's
 * `21 0 0 0 1813 0 1834`, its two zeros at 47 and 52 where the rows below print 社会公益组织 and 法律服务机构, its 0 and
 * `1813` at 59 and 61 where the rows above print 商业企业 and 科研机构 — read 法律服务机构; 属于行政查询事项's `23` the
 * same, read 社会公益组织 for 商业企业). The line's order then no longer says the cells, and the next row set alike
 * backs the wrong reading. So where a row's pieces stand out of their cells' order on the page (one read before
 * another stands where the page clearly prints a later cell than the other's), and a figure among its zeros stands
 * where more of the page's other rows print a zero part than its own cell — some zero part holding it breaking no
 * equation that holds as read — the figure's cell and the zeros are left blank; the row's other figures and total
 * are read.
 */

export const OUTVOTED_FIGURE = () => 'The row\'s figures stand out of the order of the page\'s columns, and a figure among its zeros stands where the page prints another part (a viewer may set a row\'s figures out of the page\'s columns); the figure\'s cell and the zeros are left blank rather than guessed.'

/** Parts of rows out of the page's order whose figure among zeros stands at a zero part's place: to leave blank. */
export function outvotedFiguresDoubted(placing: Placing, values: CellValues, equations: readonly Equation[]): Doubted[] {
  let broken: ((paths: readonly string[], moved: readonly (number | null)[]) => boolean) | undefined
  const doubted: Doubted[] = []
  const wanted = (r: PlacedRow) => {
    if (!(r.paths[r.paths.length - 1] as string).endsWith('.total')) return false
    const zeros = zeroParts(r).length
    return zeros > 0 && zeros < r.items.length - 1
  }
  eachPlacedRow(placing, wanted, (r, rows) => {
    const zeros = zeroParts(r)
    let outOfOrder: boolean | undefined
    const cells = new Set<number>()
    for (let k = 0; k < r.items.length - 1; k++) {
      const item = r.items[k] as (typeof r.items)[number]
      if (item.value === 0 || typeof item.value !== 'number' || item.span === undefined) continue
      const votes = votesOf(placing, rows, r, k) as number[]
      const own = votes[k] as number
      const outvoted = zeros.filter((j) => (votes[j] as number) > own)
      if (outvoted.length === 0) continue
      if ((outOfOrder ??= outOfPageOrder(placing, rows, r)) === false) break
      broken ??= breaksHeld(equations, values, placing.blankPaths)
      const ruledOut = broken
      // Any zero part may hold it: the part the page's places name may be ruled out where the row's own cell,
      // a block of columns away, is not among them (15595's 16073 at the rows above's 科研机构 for 社会公益组织).
      const open = zeros.some((j) => {
        const moved = r.items.map((x) => x.value)
        moved[j] = item.value
        moved[k] = 0
        return !ruledOut(r.paths, moved)
      })
      if (!open) continue
      cells.add(k)
      for (const j of zeros) cells.add(j)
    }
    if (cells.size > 0) doubted.push({ path: r.path, cells: [...cells].sort((a, b) => a - b).map((k) => r.paths[k] as string) })
  })
  return doubted
}

/** The parts of the row (its total aside) read `0`. */
function zeroParts(r: PlacedRow): number[] {
  const out: number[] = []
  for (let j = 0; j < r.items.length - 1; j++) if (r.items[j]?.value === 0) out.push(j)
  return out
}

/** Two of the row's pieces, one read before the other, stand where the page clearly prints their cells the other way round. */
function outOfPageOrder(placing: Placing, rows: readonly PlacedRow[], r: PlacedRow): boolean {
  let latest = -1
  for (let k = 0; k < r.items.length; k++) {
    const cell = clearOf(placing, rows, r, k)
    if (cell === undefined) continue
    if (cell < latest) return true
    latest = Math.max(latest, cell)
  }
  return false
}
