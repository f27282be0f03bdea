import type { Located } from '../locate/locate.ts'
import type { Equation } from '../model/equations.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import { blankPathsOf, breaksHeld, columnedPages, MIN_OTHERS, placedTables, placesOf, withheldCells, type Doubted } from './page-places.ts'
import { clearCell, votesAt } from './clear-places.ts'
import type { CellValues } from './glued.ts'
import { setInColumns } from './unread-rows.ts'

/**
 * pdftotext `-layout` may set a wrapped figure's two lines as one word, in either order (17155: `4930` for 3049 set
 * as `30` over `49`; 15781's `8019` for 1980, 14580's `9412` for `12` over `94`). Such a word is wider than its
 * column — than every piece the page's other rows print its cell with —, covers where they print the next cell, and
 * pushes the row's later pieces a cell right
 * (17155's two 0s after it stand where the rows above print 其他组织 and 总计). Where the row's arithmetic holds as
 * well with the word's lines swapped (its total blank, no column sum read), the text does not say the figure: its
 * cell is left blank. A word standing where its own column prints, the pieces after it in their places, is read.
 * merged-words.ts offers the swapped lines as a reading where a row's total is stacked and read; this weighs what
 * no equation settles.
 */

/** Cells of words covering their next cell's places, the row's later pieces pushed a cell right: left blank. */
export function doubtWideWords(tokens: readonly Token[], located: Located, values: CellValues, sources: Map<string, number>, equations: readonly Equation[], warnings: readonly Warning[]): Warning[] {
  if (!setInColumns(tokens)) return [...warnings]
  const blankPaths = blankPathsOf(warnings)
  let broken: ((paths: readonly string[], moved: readonly (number | null)[]) => boolean) | undefined
  const doubted: Doubted[] = []
  for (const rows of placedTables(tokens, located, values, sources, blankPaths)) {
    const inColumns = columnedPages(rows)
    for (const r of rows) {
      const n = r.items.length - 1
      if (!(r.paths[n] as string).endsWith('.total')) continue
      let places: [number, number][][] | undefined
      const cells: string[] = []
      // The next cell a part: the word covers another part's column, not the total's.
      for (let k = 0; k + 1 < n; k++) {
        const item = r.items[k] as (typeof r.items)[number]
        const s = sources.get(r.paths[k] as string)
        const digits = s === undefined ? undefined : tokens[s]?.folded
        if (item.span === undefined || digits === undefined || !/^[0-9]{2,}$/.test(digits)) continue
        if (places === undefined) {
          if (!inColumns(r.page)) break
          const around = placesOf(rows, r)
          if (around.others < MIN_OTHERS) break
          places = around.places
        }
        if (!widest(item.span, places[k] ?? []) || (votesAt(places, item.span)[k + 1] as number) < MIN_OTHERS || !pushedRight(r.items, k, n, places)) continue
        broken ??= breaksHeld(equations, values, blankPaths)
        const ruledOut = broken
        const open = rotations(digits).some((turned) => {
          const moved = r.items.map((x) => x.value)
          moved[k] = turned
          return !ruledOut(r.paths, moved)
        })
        if (open) cells.push(r.paths[k] as string)
      }
      if (cells.length > 0) doubted.push({ path: r.path, cells })
    }
  }
  const message = () => 'A figure of the row is one word wider than its column, the row\'s later figures pushed a column right: a viewer may have set a wrapped figure\'s lines as one word in either order, and the row\'s arithmetic does not tell; left blank rather than guessed.'
  return withheldCells(doubted, values, sources, warnings, message)
}

/** The span is wider than every piece the page's other rows print its cell with: wider than its column. */
function widest(span: readonly [number, number], at: readonly (readonly [number, number])[]): boolean {
  for (const p of at) if (p[1] - p[0] >= span[1] - span[0]) return false
  return true
}

/** The parts after k whose place the page clearly prints all stand one cell right of their own; one at least. */
function pushedRight(items: readonly { span: [number, number] | undefined }[], k: number, n: number, places: readonly (readonly [number, number][])[]): boolean {
  let pushed = 0
  for (let i = k + 1; i < n; i++) {
    const span = items[i]?.span
    const cell = span === undefined ? undefined : clearCell(places, span)
    if (cell === undefined) continue
    if (cell !== i + 1) return false
    pushed++
  }
  return pushed > 0
}

/** The word's digits as its two lines swapped, at every place they may have met (a line never starts with 0). */
function rotations(digits: string): number[] {
  const out: number[] = []
  for (let at = 1; at < digits.length; at++) {
    const turned = digits.slice(at) + digits.slice(0, at)
    if (!turned.startsWith('0') && turned !== digits) out.push(Number(turned))
  }
  return out
}
