import { fold } from '../../normalize/fold.ts'
import { readCell } from '../../normalize/numbers.ts'
import type { Page } from './items.ts'
import type { Line } from './lines.ts'

/**
 * Running heads and feet: what a printer or word processor repeats on every page (`- 3 -`, `2/4`, a print
 * date, the title, a URL or file path). Recognised as a page-number shape at a page's top or bottom, or as
 * the same text (digits aside) at the same height on several pages. They never reach the report's text.
 */

/** `3`, `-3-`, `- 3 -`, `— 3 —`, `2/4`, `2 / 4`, `第3页`, `第 3 页 共 5 页`, `Page 3 of 5`. */
const PAGE_NUMBER = /^(?:[-—–－ ]*\d{1,4}[-—–－ ]*|\d{1,4}\s*\/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i
/** Lines at each end of a page looked at: a running head may sit over a second line (a rule, a subtitle). */
const EDGE_LINES = 2
/** Two running heads stand at the same height within this many units. */
const SAME_PLACE = 3
/** Running heads stand in this outer share of the page's height, at the top or at the bottom. */
const MARGIN_BAND = 0.15

const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '')

export function dropRunningHeads(pages: Line[][], sizes: readonly Pick<Page, 'height'>[]): { pages: Line[][]; removed: number } {
  // A line at either end of its page, in the page's margin band: the only places a running head stands.
  const edges = pages.map((lines, p) => {
    const height = sizes[p]?.height ?? Infinity
    const ends = [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]
    return new Set(ends.filter((l) => l.bottom <= MARGIN_BAND * height || l.top >= (1 - MARGIN_BAND) * height))
  })
  // Where each text (digits aside) stands at a page's edge, per page: repeated at one height on two pages → running.
  const seen = new Map<string, { page: number; top: number }[]>()
  pages.forEach((lines, p) => {
    for (const line of edges[p] ?? []) {
      for (const s of line.segments) {
        // A figure is never a running head, even where a table's rows stand at one height on two pages.
        if (readCell(fold(s.text)).kind !== 'text') continue
        const k = key(s.text)
        const list = seen.get(k) ?? []
        list.push({ page: p, top: s.top })
        seen.set(k, list)
      }
    }
  })
  const repeated = (text: string, top: number, page: number) =>
    (seen.get(key(text)) ?? []).some((o) => o.page !== page && Math.abs(o.top - top) <= SAME_PLACE)
  let removed = 0
  const kept = pages.map((lines, p) =>
    lines.flatMap((line) => {
      if (!edges[p]?.has(line)) return [line]
      const first = line === lines[0]
      const last = line === lines.at(-1)
      // A whole line or nothing: a row of figures at a page's foot is not a page number.
      const numbers = line.segments.filter((s) => PAGE_NUMBER.test(s.text.trim())).length
      const running = line.segments.every(
        (s) => ((first || last) && numbers === 1 && PAGE_NUMBER.test(s.text.trim())) || repeated(s.text, s.top, p),
      )
      if (!running) return [line]
      removed += line.segments.length
      return []
    }),
  )
  return { pages: kept, removed }
}
