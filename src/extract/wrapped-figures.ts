import { fold } from '../normalize/fold.ts'
import { isBrokenNumber, isUnit, isValueLike } from '../normalize/numbers.ts'
import type { Cell, Grid, GridRow } from './grid.ts'

/**
 * A figure too wide for its cell wraps: a PDF viewer's copy then prints `３９８` on the row's line and `０`
 * on the next, or `311，` on the line above. Where text is set out with spaces, the pieces stand in the same
 * columns: a line of a few figures only, each under (or over) one figure of the line beside it, is the rest
 * of those figures, and is joined to them. Where both neighbours could take it, or its pieces do not line
 * up one to one, it is left as it is — and the table's reading then leaves those rows blank.
 */

/**
 * A line of a row two lines high holds the rest of at most a couple of wrapped figures (and the cells set
 * on the second line, in columns the first line leaves empty); the next row's line would stand under most
 * of the figures above it. The row above holds most of its cells.
 */
const MAX_CONTINUED = 2
const MAX_PIECES = 7
const MIN_ROW_FIGURES = 4

const MAYBE_FIGURE = /[\d０-９—–―－−~\-/无空\\万元件个项条次人]/

/**
 * Whether a cell holds a figure, worked out once per cell (rows are looked at from both sides): kept for one
 * call of joinWrappedFigures in a plain Map (a WeakMap's lookups cost most of this stage).
 */
let figures = new Map<Cell, boolean>()

function isFigure(c: Cell): boolean {
  let known = figures.get(c)
  if (known === undefined) {
    // Only a cell with a digit, a unit or a blank's mark in it can be one: most cells are ruled out unfolded.
    const f = MAYBE_FIGURE.test(c.text) ? fold(c.text) : ''
    known = f !== '' && (isValueLike(f) || isBrokenNumber(f) || isUnit(f))
    figures.set(c, known)
  }
  return known
}

function placedFigures(row: GridRow | undefined): Cell[] {
  return row && !row.blank ? row.cells.filter((c) => c.col !== undefined && isFigure(c)) : []
}

/** The figure of `row` each piece stands over (undefined: over none), or null where one stands over two or shares one. */
function over(pieces: readonly Cell[], row: GridRow | undefined): (Cell | undefined)[] | null {
  const figures = placedFigures(row)
  // A row's line: its label and some figures, or most of its figures.
  const labelled = row !== undefined && row.cells.some((c) => !isFigure(c))
  if (figures.length === 0 || (!labelled && figures.length < MIN_ROW_FIGURES)) return null
  const out: (Cell | undefined)[] = []
  for (const p of pieces) {
    // Columns are [col, colEnd): touching is not overlapping.
    const under = figures.filter((f) => (f.col ?? 0) < (p.colEnd ?? 0) && (p.col ?? 0) < (f.colEnd ?? 0))
    if (under.length > 1 || (under[0] && out.includes(under[0]))) return null
    out.push(under[0])
  }
  return out
}

function join(target: Cell, piece: Cell, after: boolean): void {
  target.text = after ? target.text + piece.text : piece.text + target.text
  target.start = Math.min(target.start ?? piece.start ?? 0, piece.start ?? target.start ?? 0)
  target.end = Math.max(target.end ?? piece.end ?? 0, piece.end ?? target.end ?? 0)
}

/**
 * A row two lines high: its wrapped figures' second parts, and the cells the viewer set on the second line,
 * stand on the line below its first. Pieces under a figure of the line above are that figure's rest; the
 * others are cells of that row, in their columns. Only where the line above holds no figures, pieces are the
 * first parts of figures of the line below (set above the row's own line), each under exactly one of them.
 */
export function joinWrappedFigures(grid: Grid): Grid {
  try {
    return joinRows(grid)
  } finally {
    // Not kept past the call: the cells of a large body would stay alive until the next one.
    figures = new Map()
  }
}

function joinRows(grid: Grid): Grid {
  const out: Grid = []
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] as GridRow
    const pieces = row.blank ? [] : row.cells
    const continuation = pieces.length > 0 && pieces.length <= MAX_PIECES && pieces.every((c) => c.col !== undefined && isFigure(c))
    const previous = out.at(-1)
    const above = continuation ? over(pieces, previous) : null
    const continued = above ? above.filter(Boolean).length : 0
    if (above && previous && continued >= 1 && (continued <= MAX_CONTINUED || pieces.length <= 3) && continued < placedFigures(previous).length) {
      pieces.forEach((p, k) => {
        const target = above[k]
        if (target) join(target, p, true)
        else previous.cells.push(p)
      })
      previous.cells.sort((a, b) => (a.col ?? -1) - (b.col ?? -1))
      continue
    }
    const next = grid[r + 1]
    const below = continuation && pieces.length <= MAX_CONTINUED && placedFigures(previous).length === 0 && next?.cells.some((c) => !isFigure(c)) ? over(pieces, next) : null
    if (below && below.every(Boolean)) {
      pieces.forEach((p, k) => join(below[k] as Cell, p, false))
      continue
    }
    out.push(row)
  }
  return out
}
