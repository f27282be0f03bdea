import type { Grid } from '../extract/grid.ts'
import { halfWidth } from '../normalize/fold.ts'

/**
 * Page furniture in text copied out of a PDF or printed page: page numbers (`-3-`, `- 3 -`, `2/4`,
 * `第3页 共4页`), the browser's URL or file path and print time, and the running header that repeats at
 * the top of every page (a title, a date). It is never a value, a date, a title or narrative. The shapes
 * are those of the tools that print pages, not of reports; a repeated line counts only where a page
 * starts or ends (after a form feed, or beside a page number).
 */
const PAGE_NUMBER = /^(?:[-—–－~]\s*\d{1,4}\s*[-—–－~]|\d{1,4}\s*\/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页|page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i
const ADDRESS = /^(?:(?:https?|file|ftp):\/\/\S+|www\.\S+\.\S+|[a-z]:\\\S*|\/(?:[^\s/]+\/)+[^\s/]*)$/i
/** A print time as browsers stamp it: `12/1/26, 4:57 AM`, `2026/12/1 04:57`, `2026-12-01 04:57:09`. */
const PRINT_TIME = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i
/** How far from a page's edge a running header or footer stands (rows). */
const EDGE = 2
/** A running line holds words (two letters or characters at least), not only figures: a row of 0s recurs everywhere. */
const WORDS = /[\u3400-\u9fffA-Za-z].*[\u3400-\u9fffA-Za-z]/
/** A running line is short. */
const MAX_RUNNING = 120

function shape(text: string): string {
  return halfWidth(text).replace(/\s+/g, '').replace(/\d+/g, '#')
}

export interface Furniture {
  /** Rows that are furniture through and through. */
  rows: Set<number>
  /** Single cells of other rows (`12/1/26, 4:57 AM   某某年度报告` prints both on one line). */
  cells: Map<number, Set<number>>
}

/** Every furniture shape holds a digit, a slash or `www`: most cells are ruled out without a pattern. */
const MAYBE = /[\d０-９/／\\]|www/i

function isFurniture(text: string): boolean {
  if (text.length === 0 || text.length > MAX_RUNNING || !MAYBE.test(text)) return false
  const t = halfWidth(text).trim()
  return t.length > 0 && t.length <= MAX_RUNNING && (PAGE_NUMBER.test(t) || ADDRESS.test(t))
}

/**
 * Finds the furniture of a text grid. Pages are known by form feeds (pdftotext writes one per page) or,
 * without them, by the page numbers themselves; the document's start and end are page edges too.
 */
export function findFurniture(grid: Grid): Furniture {
  const rows = new Set<number>()
  const cells = new Map<number, Set<number>>()
  const mark = (r: number, c: number) => {
    const set = cells.get(r) ?? new Set<number>()
    set.add(c)
    cells.set(r, set)
  }
  // Rows near a page edge: after a form feed, before one, and beside a page number.
  const edge = new Uint8Array(grid.length)
  const content = (r: number) => !grid[r]?.blank
  // A page's edge: the row itself and EDGE rows of content either side (blank lines do not count).
  // Marks EDGE rows of content from `from` on, walking by `step`.
  const markFrom = (from: number, step: 1 | -1) => {
    for (let k = from, seen = 0; k >= 0 && k < grid.length && seen < EDGE; k += step) {
      if (!content(k)) continue
      edge[k] = 1
      seen++
    }
  }
  const near = (r: number) => {
    edge[r] = 1
    markFrom(r - 1, -1)
    markFrom(r + 1, 1)
  }
  grid.forEach((row, r) => {
    if (row.pageBreak) near(r)
    // A page number cut into cells by its spaces (`- 5 -`) is furniture as a whole line.
    const whole = row.cells.length > 1 && isFurniture(row.cells.map((c) => c.text).join(' '))
    row.cells.forEach((c, k) => {
      if (whole || isFurniture(c.text)) {
        mark(r, k)
        near(r)
      }
    })
  })
  // The document's first and last rows stand at a page's edge too.
  markFrom(0, 1)
  markFrom(grid.length - 1, -1)
  // A print time at a page's edge, and a short line that recurs at page edges: running header or footer.
  const atEdges = new Map<string, Set<number>>()
  // Pages counted by form feeds and by page numbers: a line counts as running when it stands at the edges of two pages.
  const page = new Uint32Array(grid.length)
  for (let r = 0, p = 0; r < grid.length; r++) {
    if (grid[r]?.pageBreak) p++
    page[r] = p
    if (cells.has(r) && !grid[r]?.pageBreak) p++
  }
  // Words recur by their shape (page numbers inside vary); a figure alone recurs only as itself (a running
  // header's year wrapped onto a line of its own), and a single digit never counts: a row of 0s recurs too.
  const figure = (text: string) => /^\d{2,}$/.test(halfWidth(text).trim())
  const running = (text: string) => text.length <= MAX_RUNNING && (WORDS.test(text) || figure(text))
  const keyOf = (text: string) => (figure(text) ? `=${halfWidth(text).trim()}` : shape(text))
  grid.forEach((row, r) => {
    if (!edge[r]) return
    for (const c of row.cells) {
      if (!running(c.text)) continue
      const pages = atEdges.get(keyOf(c.text)) ?? new Set<number>()
      pages.add(page[r] ?? 0)
      atEdges.set(keyOf(c.text), pages)
    }
  })
  // The first time a repeated line stands alone it may be the report's own title: only the repeats go.
  const seen = new Set<string>()
  grid.forEach((row, r) => {
    if (!edge[r]) return
    row.cells.forEach((c, k) => {
      const t = halfWidth(c.text).trim()
      if (t.length === 0 || t.length > MAX_RUNNING) return
      if (PRINT_TIME.test(t)) return mark(r, k)
      const key = keyOf(c.text)
      if (!running(c.text) || (atEdges.get(key)?.size ?? 0) < 2) return
      const first = !seen.has(key) && row.cells.length === 1
      seen.add(key)
      if (!first) mark(r, k)
    })
  })
  for (const [r, set] of cells) {
    const row = grid[r]
    if (row && set.size === row.cells.filter((c) => c.text !== '').length) rows.add(r)
  }
  return { rows, cells }
}
