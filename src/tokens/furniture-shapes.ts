import type { Cell, GridRow } from '../extract/grid.ts'
import { halfUnit, halfWidth } from '../normalize/fold.ts'
import { DROP, isSpace } from '../normalize/units.ts'

/**
 * The shapes of page furniture, each a cell's own (chrome.ts finds where on a page they stand): page numbers
 * (`-3-`, `- 3 -`, `2/4`, `第3页 共4页`), the browser's URL or file path and its print time. The shapes are those of
 * the tools that print pages, not of reports.
 */
export const PAGE_NUMBER = /^(?:[-—–－~]\s*\d{1,4}\s*[-—–－~]|\d{1,4}\s*\/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页|page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i
export const ADDRESS = /^(?:(?:https?|file|ftp):\/\/\S+|www\.\S+\.\S+|[a-z]:\\\S*|\/(?:[^\s/]+\/)+[^\s/]*)$/i
/** A print time as browsers stamp it: `12/1/26, 4:57 AM`, `2026/12/1 04:57`, `2026-12-01 04:57:09`. */
export const PRINT_TIME = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i
/**
 * A browser's print time before the page's title on one line (`12/1/26, 3:27 PM 某某年度报告_政府网`): where the
 * text keeps no columns (pdftotext -raw) the two are one cell, and the title after the time is furniture too.
 */
export const PRINT_TIME_TITLE = /^\d{1,2}\/\d{1,2}\/\d{2,4},\s+\d{1,2}:\d{2}\s*[ap]m\s/i
/** A running line is short. */
export const MAX_RUNNING = 120

/** Every furniture shape holds a digit, a slash or `www`: most cells are ruled out without a pattern. */
const MAYBE = /[\d０-９/／\\]|www/i

/**
 * `atEdge`: where the text's pages are known (form feeds), a page number stands only at a page's edge; `forms`:
 * there, the forms the document numbers its pages in (pageForms), null where any counts.
 */
export function isFurniture(text: string, atEdge: boolean, forms: ReadonlySet<string> | null = null): boolean {
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
export function firstPrintedOfRow(row: GridRow): number {
  for (const c of row.cells) {
    const unit = firstPrinted(c.text)
    if (unit !== DROP) return unit
  }
  return DROP
}

/** Which of PAGE_NUMBER's forms a page number takes (`page 3 / 9` and `第3页/共9页` before `3/9`). */
export function formOf(t: string): string {
  if (/^page/i.test(t)) return 'page'
  if (/[第共]/.test(t)) return 'cn'
  return t.includes('/') ? 'slash' : 'dash'
}

const STARTS_DIGIT = /^\s*[0-9０-９]/

/** A row that holds only a print time (`12/1/26, 3:26 PM`). */
export function printTimeOnly(row: GridRow | undefined): boolean {
  const cells = row?.cells.filter((c) => c.text.trim() !== '') ?? []
  // A print time starts with a digit: a line of words (a crawler's whole paragraph) is not folded to find out.
  return cells.length === 1 && STARTS_DIGIT.test((cells[0] as Cell).text) && PRINT_TIME.test(halfWidth((cells[0] as Cell).text).trim())
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
