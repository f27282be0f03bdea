import type { Equation } from '../model/equations.ts'
import { breaksHeld } from './breaks-held.ts'
import type { CellValues } from './glued.ts'
import { loneFigure, movesOpen } from './lone-figure.ts'
import { meets, MIN_OTHERS, type Doubted, type Placing } from './page-places.ts'

/**
 * lone-figure.ts weighs a row of zeros and one figure against the places its page's other rows print each cell at;
 * a page holding fewer than MIN_OTHERS other rows of the table shows no places, and the row was read in the line's
 * order. pdftotext `-layout` sets such a page's few rows in columns of their own (17947: 其他处理 alone at the top of
 * the third page, `0 0 0 0 0 6534   6534` for 6534 in 自然人, the page's columns shifted right by its label): the
 * order among the zeros then says nothing the row's arithmetic can check. So where the page does not place the row
 * and some other part holding the figure breaks no equation holding as read, the row's parts are left blank; the
 * total is read.
 */

export const LONE_PAGE = (): string => "The row holds one figure among zeros on a page with too few of the table's rows to show where its columns stand, and the report's arithmetic does not say which cell it is; its parts are left blank rather than guessed, its total read."

/** Rows of zeros and one figure on pages too bare of rows to place them, whose arithmetic allows another part. */
export function lonePagesDoubted(placing: Placing, values: CellValues, equations: readonly Equation[]): Doubted[] {
  let broken: ((paths: readonly string[], moved: readonly (number | null)[]) => boolean) | undefined
  const doubted: Doubted[] = []
  for (const rows of placing.tables) {
    for (const r of rows) {
      const k = loneFigure(r)
      if (k === undefined) continue
      let others = 0
      let firstMet = false
      let firstSeen = false
      const first = r.items[0]?.span
      for (const n of rows) {
        if (n === r || n.page !== r.page || n.line === r.line) continue
        others++
        const at = n.items[0]?.span
        if (!first || !at) continue
        firstSeen = true
        if (meets(at, first)) firstMet = true
      }
      if (others >= MIN_OTHERS || !firstSeen || firstMet) continue
      broken ??= breaksHeld(equations, values, placing.blankPaths)
      if (movesOpen(r, k, broken)) doubted.push({ path: r.path, cells: r.paths.slice(0, -1) as string[] })
    }
  }
  return doubted
}
