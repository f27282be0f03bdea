import type { Equation } from '../model/equations.ts'
import { breaksHeld } from './breaks-held.ts'
import { eachPlacedRow, meets, placesAt, type Doubted, type PlacedRow, type Placing } from './page-places.ts'
import type { CellValues } from './glued.ts'

/**
 * A row whose parts are all `0` but one, and whose total is that one figure, reads the same sum whichever part holds
 * it: the row's own arithmetic never tells which cell the figure is. pdftotext `-layout` may set a row's figures out
 * of the page's columns (a row's block compressed against its label, a cell set a column off), and the row then reads
 * the figure in the cell its order among the zeros gives, not its own (16590: 其他处理's 商业企业 `1，633` read as
 * 法律服务机构, the row's figures at character columns 35–62 where the page's stand at 27–89; 16741: 其他法律行政法规
 * 禁止公开's 商业企业 `795` read as 科研机构, standing where the rows above print 商业企业). So where the figure does not
 * stand where the page's other rows print its cell and not where they print another part's — it meets both, or
 * neither — and no equation holding as read breaks with the figure in that other part, the row's parts are left
 * blank; the total is read. Text without columns (`-raw`, reading order) shows no places: there nothing is doubted.
 */

export const LONE_FIGURE = (): string => 'The row holds one figure among zeros, and where it stands on the page does not say which cell it is (a viewer may set a row\'s figures out of the page\'s columns); its parts are left blank rather than guessed, its total read.'

/** Rows holding one figure among zeros whose place the page does not settle, with their parts (LONE_FIGURE says why). */
export function loneFiguresDoubted(placing: Placing, values: CellValues, equations: readonly Equation[]): Doubted[] {
  let broken: ((paths: readonly string[], moved: readonly (number | null)[]) => boolean) | undefined
  const doubted: Doubted[] = []
  eachPlacedRow(placing, (r) => loneFigure(r) !== undefined, (r, rows) => {
    const k = loneFigure(r) as number
    const span = r.items[k]?.span as [number, number]
    const here = placesAt(rows, r, k)
    // A figure meeting a place the page's other rows print its cell at is where its order put it.
    if (here.length === 0 || here.some((p) => meets(p, span))) return
    broken ??= breaksHeld(equations, values, placing.blankPaths)
    if (movesOpen(r, k, broken)) doubted.push({ path: r.path, cells: r.paths.slice(0, -1) as string[] })
  })
  return doubted
}

/** Some other part of row `r` may hold its lone figure (part `k`, a 0 left in its place): no equation holding as read breaks so. */
export function movesOpen(r: PlacedRow, k: number, breaks: (paths: readonly string[], moved: readonly (number | null)[]) => boolean): boolean {
  return r.items.slice(0, -1).some((_, j) => {
    if (j === k) return false
    const moved = r.items.map((x) => x.value)
    moved[j] = moved[k] as number
    moved[k] = 0
    return !breaks(r.paths, moved)
  })
}

/** The index of the row's one non-zero part, where every other part reads 0 and the total reads that figure. */
export function loneFigure(r: PlacedRow): number | undefined {
  if (!(r.paths[r.paths.length - 1] as string).endsWith('.total')) return undefined
  const parts = r.items.slice(0, -1)
  const total = r.items[r.items.length - 1]?.value
  let lone: number | undefined
  for (let j = 0; j < parts.length; j++) {
    const v = (parts[j] as (typeof parts)[number]).value
    if (v === 0) continue
    if (v === null || lone !== undefined) return undefined
    lone = j
  }
  if (lone === undefined || total !== parts[lone]?.value || parts[lone]?.span === undefined) return undefined
  return lone
}
