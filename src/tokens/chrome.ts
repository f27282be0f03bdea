import type { Cell, Grid, GridRow } from '../extract/grid.ts'
import { halfUnit, halfWidth } from '../normalize/fold.ts'
import { DROP, isSpace } from '../normalize/units.ts'

/**
 * Page furniture in text copied out of a PDF or printed page: page numbers (`-3-`, `- 3 -`, `2/4`,
 * `第3页 共4页`), the browser's URL or file path and print time, and the running header that repeats at
 * the top of every page (a title, a date). It is never a value, a date, a title or narrative. The shapes
 * are those of the tools that print pages, not of reports; a repeated line counts only where a page
 * starts or ends (after a form feed, or beside a page number).
 */
export const PAGE_NUMBER = /^(?:[-—–－~]\s*\d{1,4}\s*[-—–－~]|\d{1,4}\s*\/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页|page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i
export const ADDRESS = /^(?:(?:https?|file|ftp):\/\/\S+|www\.\S+\.\S+|[a-z]:\\\S*|\/(?:[^\s/]+\/)+[^\s/]*)$/i
/** A print time as browsers stamp it: `12/1/26, 4:57 AM`, `2026/12/1 04:57`, `2026-12-01 04:57:09`. */
const PRINT_TIME = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i
/**
 * A browser's print time before the page's title on one line (`12/1/26, 3:27 PM 某某年度报告_政府网`): where the
 * text keeps no columns (pdftotext -raw) the two are one cell, and the title after the time is furniture too.
 */
const PRINT_TIME_TITLE = /^\d{1,2}\/\d{1,2}\/\d{2,4},\s+\d{1,2}:\d{2}\s*[ap]m\s/i
/** How far from a page's edge a running header or footer stands (rows). */
const EDGE = 2
/** A running line holds words (two letters or characters at least), not only figures: a row of 0s recurs everywhere. */
const WORDS = /[\u3400-\u9fffA-Za-z].*[\u3400-\u9fffA-Za-z]/
/** A running line is short. */
const MAX_RUNNING = 120

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
}

/** Every furniture shape holds a digit, a slash or `www`: most cells are ruled out without a pattern. */
const MAYBE = /[\d０-９/／\\]|www/i

/**
 * `atEdge`: where the text's pages are known (form feeds), a page number stands only at a page's edge; `forms`:
 * there, the forms the document numbers its pages in (pageForms), null where any counts.
 */
function isFurniture(text: string, atEdge: boolean, forms: ReadonlySet<string> | null = null): boolean {
  if (text.length === 0 || text.length > MAX_RUNNING || !mayStartFurniture(firstPrinted(text)) || !MAYBE.test(text)) return false
  const t = halfWidth(text).trim()
  if (t.length === 0 || t.length > MAX_RUNNING) return false
  return (atEdge && PAGE_NUMBER.test(t) && (forms === null || forms.has(formOf(t)))) || ADDRESS.test(t)
}

/**
 * The first unit of `halfWidth(text).trim()` (DROP where it is empty), read in place.
 */
function firstPrinted(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = halfUnit(text.charCodeAt(i))
    if (!isSpace(unit)) return unit
  }
  return DROP
}

/**
 * Every page number and address starts (half-width, trimmed) with a dash, a tilde, a digit, an ASCII letter, a slash,
 * 第 or 共: a text that starts otherwise (a label, a sentence: most rows and cells with a dash or slash in them) is
 * not made half-width and matched to learn it is none. chrome.test.ts holds this set to the two patterns.
 */
export function mayStartFurniture(unit: number): boolean {
  if (unit < 0x80) return unit === 0x2d || unit === 0x7e || unit === 0x2f || (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a)
  return unit === 0x2014 || unit === 0x2013 || unit === 0x7b2c || unit === 0x5171
}

/** firstPrinted of a row's cells joined by spaces, without the join. */
function firstPrintedOfRow(row: GridRow): number {
  for (const c of row.cells) {
    const unit = firstPrinted(c.text)
    if (unit !== DROP) return unit
  }
  return DROP
}

/** Which of PAGE_NUMBER's forms a page number takes (`page 3 / 9` and `第3页/共9页` before `3/9`). */
function formOf(t: string): string {
  if (/^page/i.test(t)) return 'page'
  if (/[第共]/.test(t)) return 'cn'
  return t.includes('/') ? 'slash' : 'dash'
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

const STARTS_DIGIT = /^\s*[0-9０-９]/

/** A row that holds only a print time (`12/1/26, 3:26 PM`). */
function printTimeOnly(row: GridRow | undefined): boolean {
  const cells = row?.cells.filter((c) => c.text.trim() !== '') ?? []
  // A print time starts with a digit: a line of words (a crawler's whole paragraph) is not folded to find out.
  return cells.length === 1 && STARTS_DIGIT.test((cells[0] as Cell).text) && PRINT_TIME.test(halfWidth((cells[0] as Cell).text).trim())
}

/** A page's edge: the row itself and EDGE rows of content either side. */
function near(m: Marks, r: number): void {
  m.edge[r] = 1
  markFrom(m, r - 1, -1)
  markFrom(m, r + 1, 1)
}

/**
 * Every page number and address holds a dash, a tilde, a slash or backslash, 第, 共 or 页, `www` or `page` (in
 * half- or full-width forms): a row none of whose cells does (a table row of figures, most text) holds no furniture
 * by shape, alone or joined by spaces, and is passed over without folding its cells. Those units, one flag each (MARK
 * alone, or a letter of `www` and `page` in any case and width), read by index: every cell of a text is asked, and a
 * pattern cost a call per cell (chrome.test.ts holds the table to the pattern it replaced).
 */
const MARK = 1
const [W, P, A, G, E] = [2, 3, 4, 5, 6]
const SHAPE_UNITS = new Uint8Array(0x10000)
for (const [units, flag] of [['-—–－~～/／\\＼第共页', MARK], ['wWｗＷ', W], ['pPｐＰ', P], ['aAａＡ', A], ['gGｇＧ', G], ['eEｅＥ', E]] as const) {
  for (const u of units) SHAPE_UNITS[u.charCodeAt(0)] = flag
}

/** Whether `text` holds a shape mark, read from the table. */
export function holdsShapeMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const flag = SHAPE_UNITS[text.charCodeAt(i)]
    if (flag === MARK) return true
    if (flag === W && SHAPE_UNITS[text.charCodeAt(i + 1)] === W && SHAPE_UNITS[text.charCodeAt(i + 2)] === W) return true
    if (flag === P && SHAPE_UNITS[text.charCodeAt(i + 1)] === A && SHAPE_UNITS[text.charCodeAt(i + 2)] === G && SHAPE_UNITS[text.charCodeAt(i + 3)] === E) return true
  }
  return false
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
  return { rows, cells: m.cells }
}
