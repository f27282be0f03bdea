import type { Equation } from '../model/equations.ts'
import type { Token } from '../tokens/token.ts'
import { breaksHeld } from './breaks-held.ts'
import { eachPlacedRow, MIN_OTHERS, placesOf, type Doubted, type Placing, type PlacedRow } from './page-places.ts'
import { clearOf, votesOf } from './clear-places.ts'
import type { CellValues } from './glued.ts'

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

export const WIDE_WORD = () => 'A figure of the row is one word wider than its column, the row\'s later figures pushed a column right: a viewer may have set a wrapped figure\'s lines as one word in either order, and the row\'s arithmetic does not tell; left blank rather than guessed.'

/** Cells of words covering their next cell's places, the row's later pieces pushed a cell right: to leave blank. */
export function wideWordsDoubted(placing: Placing, tokens: readonly Token[], sources: ReadonlyMap<string, number>, values: CellValues, equations: readonly Equation[]): Doubted[] {
  let broken: ((paths: readonly string[], moved: readonly (number | null)[]) => boolean) | undefined
  const doubted: Doubted[] = []
  // A word of two digits or more read for a part whose next cell is a part: the word covers another part's column.
  const wordOf = (r: PlacedRow, k: number): string | undefined => {
    const s = r.items[k]?.span === undefined ? undefined : sources.get(r.paths[k] as string)
    const digits = s === undefined ? undefined : tokens[s]?.folded
    return digits !== undefined && allDigits(digits) ? digits : undefined
  }
  const wanted = (r: PlacedRow) => {
    const n = r.items.length - 1
    if (!(r.paths[n] as string).endsWith('.total')) return false
    for (let k = 0; k + 1 < n; k++) if (wordOf(r, k) !== undefined) return true
    return false
  }
  eachPlacedRow(placing, wanted, (r, rows) => {
    const n = r.items.length - 1
    const places = placesOf(placing, rows, r)
    const cells: string[] = []
    for (let k = 0; k + 1 < n; k++) {
      const digits = wordOf(r, k)
      const span = r.items[k]?.span
      if (digits === undefined || span === undefined) continue
      if (!widest(span, places[k] ?? []) || ((votesOf(placing, rows, r, k) as number[])[k + 1] as number) < MIN_OTHERS || !pushedRight(n, k, (i) => clearOf(placing, rows, r, i))) continue
      broken ??= breaksHeld(equations, values, placing.blankPaths)
      const ruledOut = broken
      const open = rotations(digits).some((turned) => {
        const moved = r.items.map((x) => x.value)
        moved[k] = turned
        return !ruledOut(r.paths, moved)
      })
      if (open) cells.push(r.paths[k] as string)
    }
    if (cells.length > 0) doubted.push({ path: r.path, cells })
  })
  return doubted
}

/** Two ASCII digits or more, nothing else (as /^[0-9]{2,}$/ says; asked of every part of every placed row). */
function allDigits(word: string): boolean {
  if (word.length < 2) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** The span is wider than every piece the page's other rows print its cell with: wider than its column. */
function widest(span: readonly [number, number], at: readonly (readonly [number, number])[]): boolean {
  for (const p of at) if (p[1] - p[0] >= span[1] - span[0]) return false
  return true
}

/** The parts after k (of n) whose place the page clearly prints (`clear`) all stand one cell right of their own; one at least. */
function pushedRight(n: number, k: number, clear: (i: number) => number | undefined): boolean {
  let pushed = 0
  for (let i = k + 1; i < n; i++) {
    const cell = clear(i)
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
