import { firstFolded, fold } from '../normalize/fold.ts'
import type { Cell, GridRow } from './grid.ts'

/**
 * LibreOffice's PDF export wraps a figure in a narrow cell one or two characters a line: 1,878 stands as `1`,
 * `，`, `8` (the row's line), `7`, `8`, a stack of five lines around its row's line. These pieces are not joined
 * here (which of the lines above and below are the figure's, nothing in one line says); what is kept is what
 * makes the rest of the text see them as pieces of a figure, never as whole cells.
 */

const SEPARATOR = /^[,，]$/
const DIGITS_END = /[0-9０-９]$/

/** A placed cell that folds to a separator alone: its first folded unit asked first, so a line of words or figures is never folded. */
function isLoneSeparator(c: Cell): boolean {
  return c.col !== undefined && firstFolded(c.text) === 0x2c && SEPARATOR.test(fold(c.text))
}

const overlaps = (a: Cell, b: Cell): boolean => (a.col ?? 0) < (b.colEnd ?? 0) && (b.col ?? 0) < (a.colEnd ?? 0)

/**
 * A line of separators alone (`，` under `1`): each is the end of the one figure piece above it, which is thereby a
 * first part cut at its separator (`1，`) — no cell reads it alone, and no figure's rest below joins it as its start.
 * Joins them and returns true; false (nothing joined) where any separator stands under none or two pieces.
 */
export function joinLoneSeparators(row: GridRow, previous: GridRow | undefined): boolean {
  if (row.blank || !previous || previous.blank || row.cells.length === 0) return false
  if (!row.cells.every(isLoneSeparator)) return false
  const targets: Cell[] = []
  for (const s of row.cells) {
    const above = previous.cells.filter((c) => c.col !== undefined && overlaps(c, s))
    const a = above[0]
    if (above.length !== 1 || !a || targets.includes(a) || !DIGITS_END.test(fold(a.text))) return false
    targets.push(a)
  }
  row.cells.forEach((s, k) => {
    const a = targets[k] as Cell
    a.text += s.text
    a.end = Math.max(a.end ?? s.end ?? 0, s.end ?? 0)
  })
  return true
}

/** How many lines without figures (a spanned label set at its group's middle) a stack may run past. */
const LOOK_BACK = 3

/**
 * Pieces on a line after lines holding no figures may be the first parts of the next row's figures — or the rest
 * of a figure of the row above, whose stack the viewer ran past a spanned label set between them (`5` on
 * 重复申请's line, `1` under it, `五、不予处理`, then `3` over 出版物's `0`: 12513 and 0, or 1251 and 30). Where a
 * figure of the last line that holds any, itself already joined with pieces below its line (a stack still going),
 * stands over one of the pieces, nothing says which: true.
 */
export function stackAbove(pieces: readonly Cell[], out: readonly GridRow[], isFigure: (c: Cell) => boolean): boolean {
  for (let k = out.length - 1; k >= Math.max(0, out.length - LOOK_BACK); k--) {
    const row = out[k] as GridRow
    if (row.blank) continue
    // Every placed cell weighed first, as a filter would (isFigure keeps its first answer per cell); no array made.
    let figures = false
    for (const c of row.cells) if (c.col !== undefined && isFigure(c)) figures = true
    if (figures) return stackOver(pieces, row, isFigure)
  }
  return false
}

/**
 * Whether a figure of `row` already joined with pieces below its line stands over one of `pieces`: loops in a function
 * of their own, where arrows in stackAbove's loop made a closure context per line it looked at.
 */
function stackOver(pieces: readonly Cell[], row: GridRow, isFigure: (c: Cell) => boolean): boolean {
  for (const p of pieces) {
    for (const f of row.cells) if (f.col !== undefined && isFigure(f) && overlaps(f, p) && (f.end ?? 0) - (f.start ?? 0) > f.text.length) return true
  }
  return false
}
