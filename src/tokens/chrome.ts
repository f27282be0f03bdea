import type { Cell, Grid, GridRow } from '../extract/grid.ts'
import { halfWidth } from '../normalize/fold.ts'
import { firstPrintedOfRow, formOf, holdsShapeMark, isFurniture, MAX_RUNNING, mayStartFurniture, PAGE_NUMBER, PRINT_TIME, PRINT_TIME_TITLE, printTimeOnly } from './furniture-shapes.ts'

/**
 * Page furniture in text copied out of a PDF or printed page: page numbers (`-3-`, `- 3 -`, `2/4`,
 * `第3页 共4页`), the browser's URL or file path and print time, and the running header that repeats at
 * the top of every page (a title, a date). It is never a value, a date, a title or narrative. The shapes
 * are those of the tools that print pages, not of reports; a repeated line counts only where a page
 * starts or ends (after a form feed, or beside a page number). The shapes: furniture-shapes.ts.
 */

/** How far from a page's edge a running header or footer stands (rows). */
const EDGE = 2
/** A running line holds words (two letters or characters at least), not only figures: a row of 0s recurs everywhere. */
const WORDS = /[\u3400-\u9fffA-Za-z].*[\u3400-\u9fffA-Za-z]/
const SPACES = /\s+/g
const DIGIT_RUNS = /\d+/g

/** A running text's shape, from its half-width form: no white space, each run of digits one `#`. */
function shape(half: string): string {
  return half.replace(SPACES, '').replace(DIGIT_RUNS, '#')
}

export interface Furniture {
  /** Rows that are furniture through and through: a flag per grid row (1), read by index for every line. */
  rows: Uint8Array
  /** Single cells of other rows (`12/1/26, 4:57 AM   某某年度报告` prints both on one line). */
  cells: Map<number, Set<number>>
  /** The text is a paged document's: pages parted by form feeds (pdftotext), or furniture found on them. */
  paged: boolean
}

/**
 * The forms a paged text numbers its pages in: each form counted by the pages at whose edges it stands, and those
 * on at least half as many pages as the most — a document's own numbers and a browser's footer alike. A lone
 * `－ 7 －` at one page's foot in a text numbered `2/4` is a wrapped table cell's pieces (two blank marks and a
 * figure's last digit), not page 7. Null where the pages are not known (every form counts).
 */
function pageForms(m: Marks): Set<string> | null {
  if (!m.paged) return null
  const pages = new Map<string, Set<number>>()
  for (let r = 0, page = 0; r < m.grid.length; r++) {
    const row = m.grid[r] as GridRow
    if (row.pageBreak) page++
    if (!m.edge[r] || !row.cells.some(holdsCellShapeMark)) continue
    const texts = row.cells.length > 1 ? [row.cells.map((c) => c.text).join(' ')] : []
    for (const c of row.cells) texts.push(c.text)
    for (const text of texts) {
      const t = halfWidth(text).trim()
      if (t.length === 0 || t.length > MAX_RUNNING || !PAGE_NUMBER.test(t)) continue
      const form = formOf(t)
      pages.set(form, (pages.get(form) ?? new Set<number>()).add(page))
    }
  }
  const most = Math.max(0, ...[...pages.values()].map((p) => p.size))
  return new Set([...pages].filter(([, p]) => 2 * p.size >= most).map(([form]) => form))
}

/** A figure alone recurs only as itself (a running header's year on a line of its own); a single digit never counts. */
function isFigure(text: string): boolean {
  return FIGURE.test(halfWidth(text).trim())
}
const FIGURE = /^\d{2,}$/

/**
 * Words recur by their shape (page numbers inside vary); a figure only as itself, and only alone on its line:
 * a row of 0s recurs too, and a table row's `20` beside a page's edge is a cell, not the running header's year.
 */
function isRunning(text: string, row: GridRow): boolean {
  return text.length <= MAX_RUNNING && (WORDS.test(text) || (isFigure(text) && alone(row)))
}

/** The row holds one cell with text in it. */
function alone(row: GridRow): boolean {
  let n = 0
  for (const c of row.cells) if (c.text.trim() !== '' && ++n > 1) return false
  return n === 1
}

/** A running text's key: a figure as itself, words by their shape (isFigure's half-width form made once for both). */
function keyOf(text: string): string {
  const half = halfWidth(text)
  const trimmed = half.trim()
  return FIGURE.test(trimmed) ? `=${trimmed}` : shape(half)
}

/**
 * Furniture found so far, and the rows that stand at a page's edge. Its steps are functions called per row,
 * not closures made per call: V8 compiles them once per isolate.
 */
interface Marks {
  grid: Grid
  cells: Map<number, Set<number>>
  edge: Uint8Array
  /** The text marks its pages (form feeds): their edges are known before any page number is looked for. */
  paged: boolean
}

function mark(m: Marks, r: number, c: number): void {
  const set = m.cells.get(r) ?? new Set<number>()
  set.add(c)
  m.cells.set(r, set)
}

/**
 * Marks EDGE rows of content from `from` on, walking by `step`. Blank lines do not count, nor does a print time:
 * a viewer's reading order may set the running head's print time, its title and the title's year (`2020` cut from
 * `年…报告`) on lines of their own, and the rows past the print time are as near the edge as the head.
 */
function markFrom(m: Marks, from: number, step: 1 | -1): void {
  for (let k = from, seen = 0; k >= 0 && k < m.grid.length && seen < EDGE; k += step) {
    const row = m.grid[k]
    if (row?.blank) continue
    m.edge[k] = 1
    if (!printTimeOnly(row)) seen++
  }
}

/** A page's edge: the row itself and EDGE rows of content either side. */
function near(m: Marks, r: number): void {
  m.edge[r] = 1
  markFrom(m, r - 1, -1)
  markFrom(m, r + 1, 1)
}

const holdsCellShapeMark = (c: Cell) => holdsShapeMark(c.text)

/** Page numbers, addresses: the row's cells that are furniture by their shape; true if any is. */
function markShapes(m: Marks, r: number, forms: ReadonlySet<string> | null): boolean {
  const row = m.grid[r] as GridRow
  if (!row.cells.some(holdsCellShapeMark)) return false
  // A page number cut into cells by its spaces (`- 5 -`) is furniture as a whole line.
  // Elsewhere on a page, `n / m` is a table row as well (`64 / 1262`: a blank cell's `/` between two figures).
  const atEdge = !m.paged || m.edge[r] === 1
  // The cells are joined only where the line may start a page number or an address (isFurniture asks it again).
  const whole = row.cells.length > 1 && mayStartFurniture(firstPrintedOfRow(row)) && isFurniture(row.cells.map((c) => c.text).join(' '), atEdge, forms)
  let any = false
  for (let k = 0; k < row.cells.length; k++) {
    // A cell is furniture by its own shape only where it holds a mark too (a figure beside a blank's dash holds none).
    const text = (row.cells[k] as Cell).text
    if (whole || (holdsShapeMark(text) && isFurniture(text, atEdge, forms))) {
      mark(m, r, k)
      any = true
    }
  }
  return any
}

/**
 * The pages at whose edges each running text stands, by its key; each cell's key (null: no running text) is pushed to
 * `keys` in order, for markRunning to read over the same rows: a key is a fold and two replaces.
 */
function countAtEdges(row: GridRow, page: number, atEdges: Map<string, Set<number>>, keys: (string | null)[]): void {
  for (const c of row.cells) {
    if (!isRunning(c.text, row)) {
      keys.push(null)
      continue
    }
    const key = keyOf(c.text)
    keys.push(key)
    const pages = atEdges.get(key) ?? new Set<number>()
    pages.add(page)
    atEdges.set(key, pages)
  }
}

/**
 * A print time at a page's edge, and a running text that stood at the edges of two pages (but its first time alone).
 * `keys` are countAtEdges' for the same rows, read from `at` (the row's first cell's); returns where the next row's start.
 */
function markRunning(m: Marks, r: number, atEdges: Map<string, Set<number>>, seen: Set<string>, keys: readonly (string | null)[], at: number): number {
  const row = m.grid[r] as GridRow
  for (let k = 0; k < row.cells.length; k++) {
    const c = row.cells[k] as Cell
    const key = keys[at + k] as string | null
    // Trimmed before it is folded (folding keeps every unit, and white space white): a long cell costs no copy.
    const trimmed = c.text.trim()
    if (trimmed.length === 0 || trimmed.length > MAX_RUNNING) continue
    const t = halfWidth(trimmed)
    if (PRINT_TIME.test(t) || PRINT_TIME_TITLE.test(t)) {
      mark(m, r, k)
      continue
    }
    if (key === null || (atEdges.get(key)?.size ?? 0) < 2) continue
    const first = !seen.has(key) && row.cells.length === 1
    seen.add(key)
    if (!first) mark(m, r, k)
  }
  markTitleYear(m, r)
  return at + row.cells.length
}

/** A title that opens with its year (`2025  年平潭综合实验区…年度报告`), whatever spaces pdftotext set after the year. */
const YEAR_TITLE = /^(?:19|20)\d{2}\s*年/
const YEAR_ALONE = /^(?:19|20)\d{2}$/

/**
 * A running head whose title opens with its year: `-layout` may set the year apart from `年…报告`, as a cell of its
 * own or one space before it (`12/2/26, 4:37 PM   2025  年平潭…_政务公开`), and on one page only (the others' heads
 * cut the title elsewhere: another shape), so it is no running text, and its year stood among the table's figures
 * where a page broke the table (seed 11178: `1，762` then 2025). On a line whose print time is furniture, the cells
 * after it are the title where together they open with a year and 年, as in -raw's one cell (PRINT_TIME_TITLE).
 */
function markTitleYear(m: Marks, r: number): void {
  const set = m.cells.get(r)
  const row = m.grid[r] as GridRow
  const time = set ? row.cells.findIndex((c, j) => set.has(j) && PRINT_TIME.test(halfWidth(c.text).trim())) : -1
  if (!set || time < 0) return
  const rest: number[] = []
  for (let j = 0; j < row.cells.length; j++) {
    if ((row.cells[j] as Cell).text.trim() === '' || j === time) continue
    if (j < time && !set.has(j)) return
    if (j > time) rest.push(j)
  }
  // The year alone in its cell and `年…` in the next, or the two in one cell: the cells are read apart, never joined.
  const [first = '', second = ''] = rest.slice(0, 2).map((j) => halfWidth((row.cells[j] as Cell).text.trim()))
  if (YEAR_TITLE.test(first) || (YEAR_ALONE.test(first) && second.startsWith('年'))) for (const j of rest) set.add(j)
}

/**
 * Finds the furniture of a text grid. Pages are known by form feeds (pdftotext writes one per page) or,
 * without them, by the page numbers themselves; the document's start and end are page edges too.
 */
export function findFurniture(grid: Grid): Furniture {
  const m: Marks = { grid, cells: new Map<number, Set<number>>(), edge: new Uint8Array(grid.length), paged: false }
  // Where form feeds mark the pages, their edges (and the document's) are known first.
  for (let r = 0; r < grid.length; r++) {
    if (!(grid[r] as GridRow).pageBreak) continue
    m.paged = true
    near(m, r)
  }
  if (m.paged) {
    markFrom(m, 0, 1)
    markFrom(m, grid.length - 1, -1)
  }
  // Rows near a page edge: after a form feed, before one, and beside a page number (once per row, however
  // many of its cells are page numbers: each walk may pass many blank lines).
  const forms = pageForms(m)
  for (let r = 0; r < grid.length; r++) {
    const shaped = markShapes(m, r, forms)
    if ((grid[r] as GridRow).pageBreak || shaped) near(m, r)
  }
  // The document's first and last rows stand at a page's edge too.
  markFrom(m, 0, 1)
  markFrom(m, grid.length - 1, -1)
  // A print time at a page's edge, and a short line that recurs at page edges: running header or footer. Pages are
  // counted by form feeds and by page numbers as the rows are passed (a row's furniture looked up only where there is
  // any): a line counts as running when it stands at the edges of two pages.
  const atEdges = new Map<string, Set<number>>()
  const keys: (string | null)[] = []
  const furnished = m.cells.size > 0
  for (let r = 0, page = 0; r < grid.length; r++) {
    const row = grid[r] as GridRow
    if (row.pageBreak) page++
    if (m.edge[r]) countAtEdges(row, page, atEdges, keys)
    if (furnished && m.cells.has(r) && !row.pageBreak) page++
  }
  // The first time a repeated line stands alone it may be the report's own title: only the repeats go.
  const seen = new Set<string>()
  for (let r = 0, at = 0; r < grid.length; r++) if (m.edge[r]) at = markRunning(m, r, atEdges, seen, keys, at)
  const rows = new Uint8Array(grid.length)
  for (const [r, set] of m.cells) {
    const row = grid[r]
    if (row && set.size === row.cells.filter((c) => c.text !== '').length) rows[r] = 1
  }
  return { rows, cells: m.cells, paged: m.paged || m.cells.size > 0 }
}
