import { firstFolded, fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Cell, GridRow } from './grid.ts'
import { endsCut } from './cut-rests.ts'
import { isFigure, isPlaced, join, MIN_ROW_FIGURES, overlaps, placedFigureCount, shortGroup, STARTS_CUT } from './figure-cells.ts'

/**
 * A figure cut at its separator whose rest stands past a line empty in their columns: LibreOffice sets a narrow cell's
 * lines around the row's, and a label's line may stand between them (`1,69` / `信息` / `5`).
 */

/** Lines a cut figure's pieces may stand apart by: a label's line between them (LibreOffice sets a narrow cell's lines around the row's). */
const PAST_LINES = 2

/**
 * A piece that completes a cut figure (`，44` under `1`, `97` under `21,9`: one of the two cannot stand as a cell) whose
 * columns the lines between them leave empty (a label's line, its words left of them), joins it as on the next line,
 * from a line of a few pieces only.
 * Where anything but figures stands over it first, or it completes none or two, it stays.
 */
export function joinPastEmpty(row: GridRow, out: readonly GridRow[]): Cell[] {
  // A line of a row's figures (most of its cells) holds cells, not rests: `154` under `47，` is 2．重复申请's total.
  if (row.blank || row.pageBreak || !row.cells.some(isPlaced) || placedFigureCount(row) >= MIN_ROW_FIGURES) return row.cells
  // The pieces left, in order; the row's own array where none joined (most lines): no copy made per line.
  const cells = row.cells
  let kept: Cell[] | null = null
  for (let i = 0; i < cells.length; i++) {
    const p = cells[i] as Cell
    if (joinedPast(p, out)) kept ??= cells.slice(0, i)
    else kept?.push(p)
  }
  return kept ?? cells
}

/** Whether piece `p` joined a cut figure past the lines above it (joinPastEmpty). */
function joinedPast(p: Cell, out: readonly GridRow[]): boolean {
  if (p.col === undefined || !isFigure(p)) return false
  for (let k = 1; k <= PAST_LINES + 1; k++) {
    const line = out.at(-k)
    if (!line || line.blank) return false
    if (k === 1) {
      // The line right above is joinCutPieces' to weigh: a cell over the piece there ends the search (no list of them made).
      if (placedOver(line, p)) return false
    } else {
      const here = line.cells.filter((c) => c.col !== undefined && overlaps(c, p))
      if (here.length > 0) {
        // Past the line above, only a figure alone over the piece. Only a cut at a separator says so (a unit alone
        // completes any figure over it).
        const f = here.every(isFigure) ? here.filter((c) => cutAtSeparator(fold(c.text), fold(p.text)) && readCell(fold(c.text + p.text)).kind === 'number') : []
        // The lines between leave the cut figure's columns empty too: a piece there would be its rest first (`47，` over `964`, not `154`).
        if (f.length !== 1 || between(out, k, f[0] as Cell)) return false
        join(f[0] as Cell, p, true)
        return true
      }
    }
    // A page's first line: what stands above it is another page's.
    if (line.pageBreak) return false
  }
  return false
}

/** Whether a placed cell of `line` shares columns with `p`. */
function placedOver(line: GridRow, p: Cell): boolean {
  for (const c of line.cells) if (c.col !== undefined && overlaps(c, p)) return true
  return false
}

/**
 * Whether a figure cut at its separator (`，34`, `1,89`) stands over one of `pieces` on `line` (past the line above, empty
 * in their columns): the piece may be its rest, so it is no first part of a figure below.
 */
export function cutAbove(pieces: readonly Cell[], line: GridRow | undefined): boolean {
  if (!line || line.blank) return false
  // Loops, not arrows over the line: a closure per call, and one per piece.
  for (const p of pieces) {
    for (const c of line.cells) if (c.col !== undefined && overlaps(c, p) && isCut(c)) return true
  }
  return false
}

/**
 * A cell that starts with a separator (`，34`), or a figure cut at one (`1,89`). Its first folded unit is asked first, and
 * only a figure is folded: a label over the piece (most cells asked) is not. isFigure is asked where it was.
 */
function isCut(c: Cell): boolean {
  if (firstFolded(c.text) === 0x2c) return true
  return isFigure(c) && cutAtSeparator(fold(c.text), '')
}

/** Whether a line of the `k − 1` last lines of `out` holds a placed cell in the columns of `f`. */
function between(out: readonly GridRow[], k: number, f: Cell): boolean {
  for (let j = 1; j < k; j++) if (out.at(-j)?.cells.some((c) => c.col !== undefined && overlaps(c, f))) return true
  return false
}

/** The first part ends at its separator or in a short group (`19，`, `21,9`), or the rest starts with one (`，44`). */
function cutAtSeparator(first: string, rest: string): boolean {
  return endsCut(first) || shortGroup(first) || STARTS_CUT.test(rest)
}
