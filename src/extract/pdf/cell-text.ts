import { bottom, joinPieces, right, type Item } from './items.ts'
import { UNPLACED } from './table-rows.ts'

/**
 * A ruled cell's items → its text. Where the geometry cannot say whether digits over digits are one figure
 * (a word processor breaks a wide figure anywhere: LibreOffice prints 28，533 as `2` / `8，5` / `33`), the
 * cell is unreadable (UNPLACED) and keeps the figure its pieces would make as `joined`: matching reads it only
 * where the report's arithmetic confirms it (src/match/joined-figures.ts), never on the geometry alone.
 */
export interface CellText {
  text: string
  /** The text wrapped and its last line leaves no room for another glyph: it may go on past the cell's foot. */
  fills: boolean
  /** For an unreadable cell: its pieces read as one figure. */
  joined?: string
}

/** Two lines of one paragraph in a cell stand at most this far apart (in glyph heights); two rows farther. */
const WRAP_GAP = 0.8

export const endsInDigit = (t: string) => /[0-9０-９,，.．]$/.test(t)
export const startsWithDigit = (t: string) => /^[0-9０-９]/.test(t)

/**
 * Lines top to bottom, pieces left to right. Digits over digits are one figure only where the cell's width
 * broke it: the lines close like the lines of one paragraph, and the upper one filling the cell to within a
 * glyph or two (a space the PDF does not show, `&nbsp;`, may stand at its ends). Else the cell is not read:
 * two figures in one cell (a border the PDF does not draw) are never one number on the geometry's word.
 */
export function cellText(items: readonly Item[], left: number, rightEdge: number): CellText {
  const sorted = [...items].sort((a, b) => a.top - b.top || a.x - b.x)
  const lines: Item[][] = []
  for (const item of sorted) {
    const line = lines.at(-1)
    const first = line?.[0]
    if (line && first && Math.min(bottom(first), bottom(item)) - Math.max(first.top, item.top) >= 0.5 * Math.min(first.h, item.h)) line.push(item)
    else lines.push([item])
  }
  // The room the text has: the cell less the least margin any of its lines keeps on either side.
  const textLeft = Math.min(...items.map((i) => i.x))
  const margin = Math.max(0, Math.min(textLeft - left, ...items.map((i) => rightEdge - right(i))))
  const room = rightEdge - left - 2 * margin
  let text = ''
  let doubt = false
  let prev: Item[] | null = null
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x)
    let s = ''
    let reach = -Infinity
    for (const item of line) {
      s = joinPieces(s, item.text, item.x - reach, item.h)
      reach = right(item)
    }
    const head = line[0] as Item
    if (prev && endsInDigit(text) && startsWithDigit(s)) {
      const last = prev.at(-1) as Item
      const close = head.top - bottom(last) <= WRAP_GAP * head.h
      // Between two half-width digits a browser breaks only a word wider than the cell: the line above fills it.
      // Elsewhere (after `，`, before a full-width digit) it breaks where the next word did not fit.
      const inWord = /[0-9]$/.test(text) && /^[0-9]/.test(s)
      const next = inWord ? glyphWidth(head) : firstWordWidth(head)
      const slack = inWord ? 0 : head.h / 2
      if (!close || right(last) - textLeft + next <= room - slack) doubt = true
      text += s
    } else text = joinPieces(text, s, Infinity, head.h)
    prev = line
  }
  return doubt ? { text: UNPLACED, fills: false, joined: text } : { text, fills: fillsToTheEnd(lines) }
}

/**
 * A cell's text with its rest from after a page break: digits on both sides are one figure only where the cell
 * above filled its last line (the figure wrapped there), else unread, keeping the pieces joined as `joined`.
 */
export function goOn(above: CellText, rest: CellText): CellText {
  const a = above.joined ?? above.text
  const b = rest.joined ?? rest.text
  const cut = endsInDigit(a) && startsWithDigit(b)
  // A cell whose either side the page already left unread without a joined reading stays so.
  if ((above.text === UNPLACED && above.joined === undefined) || (rest.text === UNPLACED && rest.joined === undefined)) return { text: UNPLACED, fills: false }
  const text = cut ? a + b : joinPieces(a, b, Infinity, 0)
  const doubt = above.joined !== undefined || rest.joined !== undefined || (cut && !above.fills)
  return doubt ? { text: UNPLACED, fills: false, joined: text } : { text, fills: above.fills }
}

const glyphWidth = (item: Item) => item.w / Math.max(1, [...item.text].length)
const lineWidth = (line: readonly Item[]) => right(line.at(-1) as Item) - (line[0] as Item).x

function fillsToTheEnd(lines: readonly Item[][]): boolean {
  const end = lines.at(-1)
  if (lines.length < 2 || !end) return false
  return lineWidth(end) + glyphWidth(end.at(-1) as Item) > Math.max(...lines.map(lineWidth))
}

/** The width of an item's first unbreakable run: half-width letters and digits together, else one glyph. */
function firstWordWidth(item: Item): number {
  const chars = [...item.text]
  const units = (c: string) => (/[\x21-\x7e]/.test(c) ? 1 : 2)
  const total = chars.reduce((n, c) => n + units(c), 0)
  const run = /^[0-9A-Za-z.,%]+/.exec(item.text)?.[0] ?? chars[0] ?? ''
  return (item.w * [...run].reduce((n, c) => n + units(c), 0)) / Math.max(1, total)
}
