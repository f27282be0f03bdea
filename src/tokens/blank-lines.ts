import type { Grid, GridRow } from '../extract/grid.ts'
import { firstFolded, fold } from '../normalize/fold.ts'
import { readCell, startsWords } from '../normalize/numbers.ts'

/**
 * What a blank line of a text grid is: spacing between paragraphs or rows, a blank cell (one-cell-per-line
 * text), or a page's margin. Read once per grid before the tokens are made (make-tokens.ts).
 */

/** Anything but white space. */
export const PRINTED = /\S/

/** Words, not a figure or a blank. Quotes alone fold to nothing but are printed (a wrapped label's closing `’`). */
function isWords(text: string): boolean {
  // A text whose folded form starts with words is words whatever follows (startsWords): a label is not folded to learn so.
  if (startsWords(firstFolded(text))) return true
  const folded = fold(text)
  return folded === '' ? PRINTED.test(text) : readCell(folded).kind === 'text'
}

/** One cell, or one label that its own spaces cut into pieces (`3.危及"三安全一稳定 "`): words only, no figure. */
function single(row: GridRow): boolean {
  return !row.blank && (row.cells.length === 1 || row.cells.every((c) => isWords(c.text)))
}

/** What a blank line is (blankLineRoles), one flag per grid row read by index: spacing (none of these), a cell, or a margin. */
export const BLANK_CELL = 1
export const MARGIN = 2

/**
 * A blank line is a blank cell only in text that sets one cell per line (LibreOffice's text of a table): where
 * the lines before and after it hold one cell each. Elsewhere it is spacing between paragraphs or rows. Where
 * such text parts its cells by a blank line (a mirror site's copy), that line is the parting: a blank cell is
 * then the line between two partings (`78`, ``, `   `, ``, `0`), and a single blank line holds no cell. Those of a
 * gap across a page's edge are the pages' margins: tokens still (a reading order's blank lines say what text it
 * is), but no row's cell.
 */
export function blankLineRoles(grid: Grid, dropped: Uint8Array): Uint8Array {
  const roles = new Uint8Array(grid.length)
  // Without a blank line there is none to place: its neighbours are not weighed (most HTML grids hold none).
  let blank = false
  for (let r = 0; r < grid.length && !blank; r++) blank = (grid[r] as GridRow).blank === true && dropped[r] !== 1
  if (!blank) return roles
  // The blank lines in order, and each gap between two single-cell lines a stretch of them (its start, its end, and
  // whether it is a seam): no array per gap (a one-cell-per-line text has a gap between every two cells).
  const blanks: number[] = []
  const gaps: number[] = []
  let touching = 0
  // Whether the previous kept line is a single cell, carried over: each line is read once, not as row and as previous.
  let previousSingle = false
  let gapStart = 0
  // A gap across a page's edge (a running header or footer dropped in it, or a form feed after it) parts two
  // pages: its blank lines are the pages' margins (`0` `无`, then the page's footer and blank lines).
  let seam = false
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] as GridRow
    if (dropped[r] === 1) {
      seam = true
      continue
    }
    if (row.blank) {
      blanks.push(r)
      continue
    }
    const rowSingle = single(row)
    if (previousSingle && rowSingle) {
      if (blanks.length === gapStart) touching++
      else gaps.push(gapStart, blanks.length, seam || row.pageBreak === true ? MARGIN : BLANK_CELL)
    }
    previousSingle = rowSingle
    seam = false
    gapStart = blanks.length
  }
  const parted = gaps.length / 3 > 2 * touching
  for (let g = 0; g < gaps.length; g += 3) {
    const start = gaps[g] as number
    const end = gaps[g + 1] as number
    const role = gaps[g + 2] as number
    if (!parted) for (let i = start; i < end; i++) roles[blanks[i] as number] = role
    else for (let i = start + 1; i < end - 1; i += 2) roles[blanks[i] as number] = role
  }
  return roles
}
