import type { Equation } from '../model/equations.ts'
import type { CellValues } from './glued.ts'
import { breaksHeld } from './breaks-held.ts'
import { eachPlacedRow, meets, placesOf, type Doubted, type Item, type Placing } from './page-places.ts'

/**
 * A row with a blank cell holds fewer figures than cells, and which cell is the blank one is what its order says:
 * every figure after the blank a cell on. pdftotext `-layout` may set a blank's mark (`－－`) or a figure out of the
 * row's order (a block of the page at a text column of its own, a line compressed around a row's label), and the
 * row then reads a figure in a blank cell and the blank in the figure's (16166: 结转's blank total and its 其他组织's
 * `0` set in each other's places, `7 － －－ 0`, the row's block 25 characters left of the page's columns; 16332:
 * 其他处理's blank 自然人's `－－` set after the next three cells' `0`s, in the hole between two columns). A blank
 * traded for a zero changes no sum: nothing checks. So where the row's pieces stand out of the page's columns — one
 * between two columns' places, or two or more where no column of the page stands — each other cell the blank might
 * be is a reading the text allows (the pieces between moving a cell towards the blank's place), unless one piece
 * moved so, or the blank's own mark, stands where the page's other rows print its cell and not where they print the
 * cell it would move to, or the report's arithmetic rules it out (an equation holding as read breaks). The cells
 * those readings fill otherwise are left blank; cells every reading fills alike (`0 0 0` around a moved blank) are
 * read. Text without columns (`-raw`, reading order) shows no places: there nothing is doubted.
 */
/**
 * Characters a piece may stand from every place of the page and still be in a column: a character of drift, and one
 * more where a narrow figure is centred against a wider one's.
 */
const OUT_SLACK = 2

/** Pieces out of every column that show a row's block shifted (one alone, past the page's columns, may be its edge's drift). */
const MIN_SHIFTED = 2

export const BLANK_PLACES = (cells: readonly string[]): string =>
  `The row holds a blank cell, and the places of its figures do not say which cell it is (a viewer may set a blank's mark or a figure out of the row's order); left blank rather than guessed: ${cells.map((p) => p.slice(p.lastIndexOf('.') + 1)).join(', ')}.`

/** The rows holding a blank whose place the text does not settle, with the cells to leave blank (BLANK_PLACES says why). */
export function blankPlacesDoubted(placing: Placing, values: CellValues, equations: readonly Equation[]): Doubted[] {
  let broken: ((paths: readonly string[], moved: readonly (number | null)[]) => boolean) | undefined
  const doubted: Doubted[] = []
  eachPlacedRow(placing, (r) => r.blanks > 0, (r, rows) => {
    // Each cell's places on the page: where the other rows' pieces read for it stand (a blank's mark among them).
    const places = placesOf(placing, rows, r)
    // Only a row with pieces out of the page's columns is in doubt (outOfPlace).
    if (!outOfPlace(r.items, places)) return
    broken ??= breaksHeld(equations, values, placing.blankPaths)
    const ruledOut = broken
    const cells = unsettled(r.items, places, (moved) => ruledOut(r.paths, moved))
    if (cells.length > 0) doubted.push({ path: r.path, cells: cells.map((k) => r.paths[k] as string) })
  })
  return doubted
}

/**
 * The cells some reading the places allow fills otherwise: for each blank cell, each other cell it might be, the
 * pieces between moving one cell towards it, unless one of them (or the blank's mark) is pinned — stands where its
 * cell's figures stand on the page and not where the cell it would move to has its figures.
 */
function unsettled(items: readonly Item[], places: readonly (readonly [number, number][])[], ruledOut: (moved: readonly (number | null)[]) => boolean): number[] {
  const out = new Set<number>()
  const pinned = (span: [number, number] | undefined, from: number, to: number) => {
    if (span === undefined) return false
    const here = places[from] ?? []
    const there = places[to] ?? []
    return there.length > 0 && here.some((p) => meets(p, span)) && !there.some((p) => meets(p, span))
  }
  items.forEach((blank, k) => {
    if (blank.value !== null) return
    for (let j = 0; j < items.length; j++) {
      if (j === k || pinned(blank.span, k, j)) continue
      const step = j < k ? 1 : -1
      // Moving the blank to j sets each piece between one cell towards k.
      let allowed = true
      for (let i = j; i !== k; i += step) if (pinned((items[i] as Item).span, i, i + step)) allowed = false
      if (!allowed) continue
      const moved = items.map((x) => x.value)
      for (let i = j; i !== k; i += step) moved[i + step] = (items[i] as Item).value
      moved[j] = null
      if (ruledOut(moved)) continue
      moved.forEach((v, i) => {
        if (v !== (items[i] as Item).value) out.add(i)
      })
    }
  })
  return [...out].sort((a, b) => a - b)
}

/**
 * The row's pieces stand out of the page's columns: one between two columns' places (places on both sides, none
 * within OUT_SLACK), or two or more where no column stands (the row's block shifted against its neighbours').
 */
function outOfPlace(items: readonly Item[], places: readonly (readonly [number, number][])[]): boolean {
  // Every cell's places alike, walked list by list: flat's copy of them cost more than the rest of the guard.
  const any = (test: (p: readonly [number, number]) => boolean) => places.some((at) => at.some(test))
  let out = 0
  for (const x of items) {
    const span = x.span
    if (span === undefined || any((p) => meets(p, span, OUT_SLACK))) continue
    if (any((p) => p[1] <= span[0]) && any((p) => p[0] >= span[1])) return true
    out++
  }
  return out >= MIN_SHIFTED
}
