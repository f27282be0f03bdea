import type { CellModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'

/** What the alignment (align-values.ts) needs to know of the cells' rows and of single figures. */

interface Layout {
  /** The row of each cell and where each row's cells start (one more entry: the end). */
  rowOf: Int32Array
  rowStart: Int32Array
}

/** A table's layout by its cells (cellsOf: made once per table), made once too: read only, the model's alone. */
const LAYOUTS = new WeakMap<readonly CellModel[], Layout>()

export function layoutOf(cells: readonly CellModel[], rows: number): Layout {
  let layout = LAYOUTS.get(cells)
  if (!layout || layout.rowStart.length !== rows + 1) LAYOUTS.set(cells, (layout = laidOut(cells, rows)))
  return layout
}

function laidOut(cells: readonly CellModel[], rows: number): Layout {
  const rowOf = new Int32Array(cells.length)
  const rowStart = new Int32Array(rows + 1).fill(-1)
  let r = -1
  let last: CellModel['row'] | null = null
  cells.forEach((c, j) => {
    if (c.row !== last) {
      r++
      rowStart[r] = j
      last = c.row
    }
    rowOf[j] = r
  })
  rowStart[rows] = cells.length
  return { rowOf, rowStart }
}

/** The digits of a figure: a glued run holds a whole row only if it has a figure for each of its cells. */
export function digitCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) n++
  return n
}

/**
 * Figures with a thousands separator that make no number (`28，`, `，533`, `15，59`): a figure cut where its cell
 * wrapped, its rest printed elsewhere — a group of fewer than three digits after a separator is never whole.
 */
const CUT_AT_SEPARATOR = /[,，]/

export function isCutFigure(token: Token | undefined): boolean {
  return token?.kind === 'bad' && CUT_AT_SEPARATOR.test(token.folded)
}
