import { clearOf } from './clear-places.ts'
import { keepsTotal } from './unread-rows.ts'
import { eachPlacedRow, meets, placesAt, type Doubted, type PlacedRow, type Placing } from './page-places.ts'

/**
 * A row read one piece a cell in the line's order, whose total breaks as read, has no arithmetic behind its order:
 * the report may have slipped, or the line's order may not be the cells'. pdftotext `-layout` may set a row's last
 * pieces off the page's columns (17757: 补正后申请内容仍不明确's `5  1   0`, its total's 1 at character 79 between
 * 法律服务机构's and 其他组织's places and its 0 at 83 where the page prints 其他组织, total 1 read 0 and 其他组织 0 read
 * 1). So where the total breaks as read and one of the row's pieces stands where the page clearly prints another
 * cell than the one its order gave it (clear-places.ts), the row is left blank: neither the order nor the places are
 * borne out by the sum. A row keeping its total, or whose pieces stand where their cells print, is read.
 */

export const SLIPPED_PLACES = () => "The row's total breaks as read, and one of its figures stands where the page prints another cell (a viewer may set a row's figures out of the page's columns): the text does not say which cell holds which figure; left blank rather than guessed."

/** Rows breaking their total whose pieces stand at another cell's place: every cell to leave blank. */
export function slippedPlacesDoubted(placing: Placing): Doubted[] {
  const doubted: Doubted[] = []
  eachPlacedRow(placing, breaksTotal, (r, rows) => {
    const n = r.items.length - 1
    const cell = clearOf(placing, rows, r, n)
    if (cell === undefined || cell === n) return
    // The total's piece meets no place the page prints totals at, and the piece read for the cell it stands at stands
    // clearly nowhere else: the row's last pieces are set off the page's columns, not a wide total reaching left.
    const span = r.items[n]?.span as [number, number]
    if (placesAt(rows, r, n).some((p) => meets(p, span))) return
    const there = clearOf(placing, rows, r, cell)
    if (there === cell) return
    doubted.push({ path: r.path, cells: [...r.paths] })
  })
  return doubted
}

/** The row ends in a total read as a number, and its parts (a blank counts 0) do not make it. */
function breaksTotal(r: PlacedRow): boolean {
  const n = r.items.length - 1
  if (!(r.paths[n] as string).endsWith('.total') || typeof r.items[n]?.value !== 'number') return false
  return !keepsTotal(n, r.items.map((x) => x.value ?? null))
}
