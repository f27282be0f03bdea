import { firstFolded, fold, lastFolded } from '../normalize/fold.ts'
import { isBrokenNumber, isUnit, readCell, startsUnit, type CellValue } from '../normalize/numbers.ts'
import type { Cell, Grid, GridRow } from './grid.ts'
import { joinLoneSeparators, stackAbove } from './tall-stacks.ts'
import { copyCell, textGridRow } from './text-cell.ts'
import { mayBeginBelow, wordsOf } from './begin-below.ts'
import { endsCut, restsInOrder } from './cut-rests.ts'
import { cutAbove, joinPastEmpty } from './past-labels.ts'
import { completed, forgetFigures, HAS_DIGIT, isFigure, isPlaced, join, MAYBE_FIGURE, notFigure, over, overlaps, placedFigureCount, placedFigures, readsAsFigure, STARTS_CUT } from './figure-cells.ts'

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

/** How far a first part cut at its separator may stand from its rest: a viewer's columns drift by a character or two. */
const DRIFT = 2

/**
 * Pieces of a line that cannot stand as cells — a unit alone (`件`), the rest of a figure cut at its separator
 * (`296` under `19，`) — join the one figure of the line above whose columns they share, whatever else the line
 * holds (a wrapped label's next piece beside them), where the two read as one number. Returns what is left.
 */
function joinCutPieces(row: GridRow, previous: GridRow | undefined): Cell[] {
  // Only a piece set out in columns joins: text without them (most lines) is left as it is, at no cost.
  if (row.blank || !row.cells.some(isPlaced)) return row.cells
  // In column order, swept once with the line's pieces (also in column order): linear in the two lines.
  const figures = inPlaceOrder(placedFigures(previous))
  if (figures.length === 0) return row.cells
  // A loop, not a filter's arrow over the sweep's variables: no closure and no Set per line (the Set only once a piece joins).
  const kept: Cell[] = []
  let used: Set<Cell> | null = null
  let from = 0
  for (const p of row.cells) {
    if (p.col === undefined || !isFigure(p)) {
      kept.push(p)
      continue
    }
    while (from < figures.length && (figures[from]?.colEnd ?? 0) + DRIFT <= (p.col ?? 0)) from++
    // The one figure it completes of those it stands under (figures from `from` to `to`); else of the `12，` it stands
    // beside (a viewer's columns drift by a character or two).
    let to = from
    while (to < figures.length && (figures[to]?.col ?? 0) < (p.colEnd ?? 0) + DRIFT) to++
    // A whole figure completes only a figure cut at its separator (completed): where none stands near, it stays,
    // and neither it nor the figures are folded to learn so (most pieces of a line set out in columns).
    if (!cannotStandFirst(p.text) && !someEndsInCut(figures, from, to)) {
      kept.push(p)
      continue
    }
    const near = figures.slice(from, to)
    const under = completed(near.filter((f) => (f.col ?? 0) < (p.colEnd ?? 0) && (p.col ?? 0) < (f.colEnd ?? 0)), p)
    const completes = under.length > 0 ? under : completed(near.filter((f) => endsCut(f.text)), p)
    const f = completes[0]
    if (!f || completes.length > 1 || used?.has(f)) {
      kept.push(p)
      continue
    }
    ;(used ??= new Set<Cell>()).add(f)
    join(f, p, true)
  }
  return kept
}

const byPlace = (a: Cell, b: Cell) => (a.col ?? 0) - (b.col ?? 0)

/**
 * `figures.sort(byPlace)`, sorted only where they are out of order: a line's cells stand in column order (nearly all),
 * and a sort makes a work array however sorted its input (7% of the runs-of-spaces input's front stages' allocation).
 */
function inPlaceOrder(figures: Cell[]): Cell[] {
  for (let k = 1; k < figures.length; k++) if (byPlace(figures[k - 1] as Cell, figures[k] as Cell) > 0) return figures.sort(byPlace)
  return figures
}

/** Whether a figure from `from` to `to` ends at its separator (endsInCut), in order. */
function someEndsInCut(figures: readonly Cell[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (endsInCut(figures[k] as Cell)) return true
  return false
}

/** cannotStand(text), told by its first folded unit first: a separator, or a unit's start and a unit alone. */
function cannotStandFirst(text: string): boolean {
  const first = firstFolded(text)
  return first === 0x2c || (startsUnit(first) && isUnit(fold(text)))
}

/** A figure whose folded text ends at its separator (`19，`): endsCut(fold(f.text)), without the fold. */
function endsInCut(f: Cell): boolean {
  return lastFolded(f.text) === 0x2c
}

function isNumberWithoutUnit(folded: string): boolean {
  const read = readCell(folded)
  return read.kind === 'number' && read.unit === null
}

/**
 * Text without columns (a viewer's raw order) prints a cell's wrapped figure as it draws it: the first part ends
 * its line and the rest begins the next. Where the first part cannot stand alone (`12，`) or the rest cannot (a
 * unit alone), they are one figure; two whole figures at a line break stay two cells.
 */
function joinAcrossBreak(row: GridRow, previous: GridRow | undefined, drawn: boolean): void {
  const last = previous?.cells.at(-1)
  const first = row.cells[0]
  if (!previous || !last || !first || previous.blank || row.blank || row.pageBreak || last.col !== undefined || first.col !== undefined) return
  // Cheap tests first, on the two units fold keeps at the break (`，` ends a cut figure; a unit alone starts with
  // one of its characters): most line breaks part two texts, and the lines are folded only where a cut is possible.
  const end = lastFolded(last.text)
  const start = firstFolded(first.text)
  const cut = end === 0x2c ? start >= 0x30 && start <= 0x39 : startsUnit(start) && isUnit(fold(first.text)) && isNumberWithoutUnit(fold(last.text))
  if (!cut) return
  // fold works unit by unit, so the fold of the joined text is the two folds joined.
  const joined = fold(last.text) + fold(first.text)
  if (!(readCell(joined).kind === 'number' || (endsCut(joined) && isBrokenNumber(joined)))) return
  join(last, first, true)
  // A viewer's reading order sets a two-line row by its lines: a unit beginning a line that figures follow is the row's
  // lower line, and the figure above it may be a one-line cell set midway (`０` / `件 ６９２ 0`). Joined, not sealed.
  if (!drawn && row.cells.length > 1 && row.cells.slice(1).some(isFigure) && isUnit(fold(first.text))) last.sealed = false
  row.cells.shift()
}

/** The pieces of `row` that joinCutPieces would leave where they are, worked out on copies (nothing is joined). */
function joinable(row: GridRow, previous: GridRow | undefined): Cell[] {
  // Where joinCutPieces would join nothing (no figure placed on the line above, or no piece placed on this one), the
  // pieces are the row's own: no copy of either line (most lines of text in columns).
  if (row.blank || !row.cells.some(isPlaced) || placedFigureCount(previous) === 0) return row.cells
  const copies = copyRow(row)
  const above = previous ? copyRow(previous) : undefined
  return joinCutPieces(copies, above)
}

/** A text row and its cells copied, each by its own literal (text-cell.ts). */
function copyRow(row: GridRow): GridRow {
  return textGridRow(row.cells.map((c) => copyCell(c, c.text, c.start, c.end, c.col, c.colEnd)), row.table, row.blank, row.pageBreak)
}

/**
 * Some piece left on the line that stands as a cell stands left of a figure of the line above: reading order would
 * put it after that one. (A piece that cannot stand alone, `０５`, leaves its row unread whatever is joined.)
 */
function leftBehind(left: readonly Cell[], previous: GridRow | undefined): boolean {
  // The rightmost end of the line above's figures (every placed cell weighed, as placedFigures does): no arrays made.
  let last = -Infinity
  if (previous && !previous.blank) for (const c of previous.cells) if (c.col !== undefined && isFigure(c)) last = Math.max(last, c.colEnd ?? 0)
  return left.some((c) => (c.col ?? 0) < last && isFigure(c) && standsAlone(readCell(fold(c.text))))
}

/** A reading that stands as a cell of its own: a number or a blank. */
function standsAlone(read: CellValue): boolean {
  return read.kind === 'number' || read.kind === 'blank'
}

/**
 * A line whose figures the splitter kept as one cell of words (`9 0 0 0 0 0 件9`, a unit cut from a figure among
 * them): it holds figures all the same, and pieces under it may be their rests as well as the next line's starts.
 */
const FIGURE_WORDS = /^(?=.*\d)[\d\s,，件个项条次人元万]+$/

function figureWords(row: GridRow | undefined): boolean {
  return row !== undefined && !row.blank && row.cells.some((c) => MAYBE_FIGURE.test(c.text) && FIGURE_WORDS.test(fold(c.text)))
}

/**
 * The pieces may as well be the first lines of the next row's figures, wrapped over three lines: that row's line
 * comes right after them, each piece stands over one of its figures, and a line of pieces under that figure
 * follows (`14` between `（2）重复申请 0 9 0 …` and `（3）要求提供公开出版物 0 42 0 …`, `8` under `42`: 9 and
 * 14428, or 914 and 428). Which, nothing here says: the pieces are left as they are.
 */
const UNITS = /^(?:件|个|项|条|次|人)+$/

function middleOfThree(pieces: readonly Cell[], next: GridRow | undefined, after: GridRow | undefined): boolean {
  if (!next || next.blank || !next.cells.some((c) => !isFigure(c)) || !after || after.blank) return false
  // Units the viewer set side by side under two cells (`件件`) continue those cells as a unit alone does.
  if (!after.cells.every((c) => c.col !== undefined && (isFigure(c) || UNITS.test(fold(c.text))))) return false
  // The row's figures one space apart stay one cell of words (`１ 0 0 0 件0`): each word stands in its own columns.
  const line = textGridRow(next.cells.flatMap(wordsOf), next.table, next.blank, next.pageBreak)
  const below = over(pieces, line)
  if (below === null) return false
  const tails = over(after.cells, line) ?? []
  return below.some((f, k) => f !== undefined && readsAsFigure((pieces[k]?.text ?? '') + f.text) && tails.includes(f))
}

/** A piece that cannot stand as a cell alone: a unit (`件`), or the rest of a figure cut at its separator (`，464`). */
function cannotStand(text: string): boolean {
  const p = fold(text)
  return isUnit(p) || STARTS_CUT.test(p)
}

/**
 * A cell two lines high in a row whose other cells take one: the viewer sets the row's line between the cell's
 * two lines, `1` above `规范性文件  23  １５` and `，464` under it (1,464), or `0` above table 四's figures and `件`
 * under them. Each piece of the line stands over a column the row's line leaves empty and over a piece on the line
 * after it that cannot stand alone and completes it. Returns those lower pieces, or null where one does not.
 */
function straddled(pieces: readonly Cell[], rowLine: GridRow | undefined, after: GridRow | undefined): Cell[] | null {
  if (!rowLine || rowLine.blank || !after || after.blank || rowLine.cells.length === 0) return null
  const lower: Cell[] = []
  for (const p of pieces) {
    if (rowLine.cells.some((c) => c.col === undefined || overlaps(c, p))) return null
    const under = after.cells.filter((c) => c.col !== undefined && overlaps(c, p))
    const q = under[0]
    if (under.length !== 1 || !q || lower.includes(q) || !cannotStand(q.text) || readCell(fold(p.text + q.text)).kind !== 'number') return null
    lower.push(q)
  }
  return lower
}

/**
 * A piece between two rows' lines may as well be the upper half of a two-line cell of the row below (LibreOffice
 * centres a row's line between its wrapped cell's lines): it stands over a column that row's line leaves empty, and
 * a figure it completes stands under it on the line after (`规章 １５ 0 27` / `１５` / `行政规范性文件  0 15` / `７４`:
 * 1515 for 规章, or 15 and 1574). Which, nothing here says: the pieces are not joined to the row above.
 */
function mayStraddle(pieces: readonly Cell[], rowLine: GridRow | undefined, after: GridRow | undefined): boolean {
  // The row's line: its label and figures (the straddled columns left empty); the line after: pieces only (a lower
  // half holds no label of its own).
  if (!rowLine || rowLine.blank || !after || after.blank || !rowLine.cells.some((c) => !isFigure(c)) || placedFigureCount(rowLine) === 0) return false
  if (!after.cells.every((c) => c.col !== undefined && isFigure(c))) return false
  // A piece that begins with 0 begins no figure of several pieces (`０` over `5，`): no count is printed so.
  return pieces.some((p) => !fold(p.text).startsWith('0') && !rowLine.cells.some((c) => c.col !== undefined && overlaps(c, p)) && after.cells.some((q) => q.col !== undefined && overlaps(q, p) && isFigure(q) && readsAsFigure(p.text + q.text)))
}

/** Lines of a page's running head (its title, a year set apart) before the page's first line of the table. */
const HEAD_LINES = 4

/**
 * The first figures of a page, under its running head only: they may be the last piece of a figure the page break
 * cut (`16` / `32` at the foot of one page, `8` atop the next: 16328), as well as the first of the next row's.
 */
function topOfPage(grid: Grid, r: number): boolean {
  for (let k = r - 1; k >= 0 && k >= r - HEAD_LINES; k--) {
    const row = grid[k] as GridRow
    if (row.pageBreak) return true
    if (!row.blank && !row.cells.every(isFigure)) return false
  }
  return false
}

/**
 * A row two lines high: its wrapped figures' second parts, and the cells the viewer set on the second line,
 * stand on the line below its first. Pieces under a figure of the line above are that figure's rest; the
 * others are cells of that row, in their columns. Only where the line above holds no figures, pieces are the
 * first parts of figures of the line below (set above the row's own line), each under exactly one of them.
 */
export function joinWrappedFigures(grid: Grid, drawn = true): Grid {
  try {
    return joinRows(grid, drawn)
  } finally {
    // Not kept past the call: the cells of a large body would stay alive until the next one.
    forgetFigures()
  }
}

// The loop's tests and steps made outside it: an arrow in it that read its variables cost a new context every line.
const placedFigure = (c: Cell) => c.col !== undefined && isFigure(c)
const byColumn = (a: Cell, b: Cell) => (a.col ?? -1) - (b.col ?? -1)
/** A blank line's pieces: none, one array for every such line. */
const NO_PIECES: readonly Cell[] = []

function joinRows(grid: Grid, drawn: boolean): Grid {
  const out: Grid = []
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] as GridRow
    joinAcrossBreak(row, out.at(-1), drawn)
    if (row.cells.length === 0 || joinLoneSeparators(row, out.at(-1))) continue
    const figuresOnly = !row.blank && row.cells.every(placedFigure)
    if (!figuresOnly) row.cells = joinCutPieces(row, out.at(-1))
    if (row.cells.length === 0) continue
    const pieces = row.blank ? NO_PIECES : row.cells
    const continuation = pieces.length > 0 && pieces.length <= MAX_PIECES && figuresOnly
    const previous = out.at(-1)
    // The upper halves of the next row's two-line cells: joined with their lower halves, in the row's line.
    const lower = continuation ? straddled(pieces, grid[r + 1], grid[r + 2]) : null
    const rowLine = grid[r + 1]
    const after = grid[r + 2]
    if (lower && rowLine && after) {
      joinStraddled(pieces, lower, rowLine, after)
      continue
    }
    const above = continuation ? restsAbove(pieces, previous) : null
    const continued = above ? above.filter(Boolean).length : 0
    if (above && previous && wholeRests(above, pieces) && continued >= 1 && (continued <= MAX_CONTINUED || pieces.length <= 3) && continued < placedFigureCount(previous) && !middleOfThree(pieces, grid[r + 1], grid[r + 2]) && !mayStraddle(pieces, grid[r + 1], grid[r + 2]) && !mayBeginBelow(pieces, grid[r + 1])) {
      joinRests(pieces, above, previous)
      continue
    }
    const next = grid[r + 1]
    // over pairs nothing with a blank line or none (every other line of a one-cell-per-line text): the tests are not
    // asked. What isFigure would keep of the cells they weigh changes nothing: those above are joined no more once the
    // blank line is passed (every join stops at one), and this step joins only figures it asks isFigure of first.
    const below = continuation && pieces.length <= MAX_CONTINUED && next !== undefined && !next.blank && !topOfPage(grid, r) && placedFigureCount(previous) === 0 && !figureWords(previous) && next.cells.some(notFigure) && !stackAbove(pieces, out, isFigure) && !cutAbove(pieces, out.at(-2)) ? over(pieces, next) : null
    if (below && firstParts(pieces, below)) continue
    // Not the rest of the row above as a whole: its pieces that cannot stand alone still complete their figures —
    // only where the figures left on the line stand after all of the line above's, as reading order puts them
    // (`21，` joined with `331`, and `29591` left under nothing further left, would read 21,331 before 29591).
    if (figuresOnly && !leftBehind(joinable(row, previous), previous)) row.cells = joinCutPieces(row, previous)
    row.cells = joinPastEmpty(row, out)
    if (row.cells.length === 0) continue
    out.push(row)
  }
  return out
}

/**
 * The figure of the line above each piece is the rest of (restsInOrder over over's pairing); null where over gives none.
 * over has weighed every placed cell of the line: its figures are listed again only where it paired the pieces.
 */
function restsAbove(pieces: readonly Cell[], previous: GridRow | undefined): (Cell | undefined)[] | null {
  const above = over(pieces, previous)
  return above === null ? null : restsInOrder(pieces, above, placedFigures(previous))
}

/** The upper halves `pieces` joined with their lower halves `lower`, set in the row's line. */
function joinStraddled(pieces: readonly Cell[], lower: readonly Cell[], rowLine: GridRow, after: GridRow): void {
  for (let k = 0; k < pieces.length; k++) {
    join(lower[k] as Cell, pieces[k] as Cell, false)
    rowLine.cells.push(lower[k] as Cell)
  }
  rowLine.cells.sort(byColumn)
  after.cells = after.cells.filter((c) => !lower.includes(c))
}

/** Each piece the rest of the figure above it. A piece cut at its separator (`7，`) is a figure's first part: the rest of
 * none above it. A blank written out (`-`) is no figure's first part: `-` over `58` is a blank cell beside another's rest. */
function wholeRests(above: readonly (Cell | undefined)[], pieces: readonly Cell[]): boolean {
  return above.every((f, k) => !f || (HAS_DIGIT.test(f.text) && readsAsFigure((f.text ?? '') + (pieces[k]?.text ?? '')) && !endsCut(fold(pieces[k]?.text ?? ''))))
}

/** The pieces joined to the figures above them as their rests; a piece over none is a cell of the row above. */
function joinRests(pieces: readonly Cell[], above: readonly (Cell | undefined)[], previous: GridRow): void {
  for (let k = 0; k < pieces.length; k++) {
    if (above[k]) join(above[k] as Cell, pieces[k] as Cell, true)
    else previous.cells.push(pieces[k] as Cell)
  }
  previous.cells.sort(byColumn)
}

/** Where each piece and the figure under it read as one figure: the pieces joined as those figures' first parts. */
function firstParts(pieces: readonly Cell[], below: readonly (Cell | undefined)[]): boolean {
  if (!below.every((f, k) => f && readsAsFigure((pieces[k]?.text ?? '') + f.text))) return false
  pieces.forEach((p, k) => join(below[k] as Cell, p, false))
  return true
}
