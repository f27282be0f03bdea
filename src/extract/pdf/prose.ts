import type { Cell } from '../grid.ts'
import { joinPieces, right } from './items.ts'
import type { Line } from './lines.ts'

/**
 * Lines outside tables → paragraphs, joined as a reader reads them: a line that runs to the right margin and
 * does not end a sentence goes on in the next line (on the next page too); a title set over two lines in a
 * large type is one title. Han text is joined with nothing between the lines.
 */

/** A line ending in one of these ends its paragraph wherever it stops. */
const SENTENCE_END = /[。！？!?；;]$|[。！？!?][”’」』）)]$/
/** Within this many glyph heights of the right margin a line counts as full. */
const FULL_LINE = 1.5
/** A line indented more than this (in glyph heights) past the left margin opens a paragraph. */
const INDENT = 1
/** Type this much larger than the body's is a title or heading. */
const TITLE_TYPE = 1.2

export interface ProseLine {
  line: Line
  text: string
}

export interface Paragraph {
  text: string
  first: Line
  box: NonNullable<Cell['box']>
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}

const leftOf = (line: Line) => Math.min(...line.segments.map((s) => s.x))
const rightOf = (line: Line) => Math.max(...line.segments.map(right))

export function lineText(line: Line): string {
  let text = ''
  let prevRight = -Infinity
  for (const s of line.segments) {
    text = joinPieces(text, s.text, s.x - prevRight, s.h)
    prevRight = right(s)
  }
  return text
}

export function paragraphs(lines: readonly ProseLine[]): Paragraph[] {
  if (lines.length === 0) return []
  const long = lines.filter((l) => l.text.length >= 10)
  const body = long.length > 0 ? long : lines
  const margin = percentile(body.map((l) => rightOf(l.line)), 0.9)
  const leftMargin = percentile(body.map((l) => leftOf(l.line)), 0.1)
  const bodyType = percentile(body.map((l) => l.line.h), 0.5)
  const out: Paragraph[] = []
  let prev: ProseLine | null = null
  for (const current of lines) {
    const para = out.at(-1)
    if (para && prev && continues(prev, current, margin, leftMargin, bodyType)) {
      para.text = joinPieces(para.text, current.text, Infinity, current.line.h)
      if (current.line.page === para.box.page) {
        const x = Math.min(para.box.x, leftOf(current.line))
        para.box.w = Math.max(para.box.x + para.box.w, rightOf(current.line)) - x
        para.box.x = x
        para.box.h = current.line.bottom - para.box.y
      }
    } else {
      const l = current.line
      out.push({ text: current.text, first: l, box: { page: l.page, x: leftOf(l), y: l.top, w: rightOf(l) - leftOf(l), h: l.bottom - l.top } })
    }
    prev = current
  }
  return out
}

function continues(a: ProseLine, b: ProseLine, margin: number, leftMargin: number, bodyType: number): boolean {
  const h = a.line.h
  const similarType = Math.abs(b.line.h - h) <= 0.15 * h
  if (!similarType) return false
  const samePage = a.line.page === b.line.page
  const gap = samePage ? b.line.top - a.line.bottom : 0
  if (samePage && gap > 1.5 * h) return false
  if (!samePage && b.line.page !== a.line.page + 1) return false
  // A title over two lines: both in large type, close together.
  if (h >= TITLE_TYPE * bodyType && samePage && gap <= h) return !SENTENCE_END.test(a.text)
  const full = rightOf(a.line) >= margin - FULL_LINE * h
  const indented = leftOf(b.line) > leftMargin + INDENT * h
  return full && !indented && !SENTENCE_END.test(a.text)
}
