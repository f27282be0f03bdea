import { bottom, joinPieces, right, type Item, type Page } from './items.ts'

/**
 * A page's items → lines (items side by side) → segments (the items of a line that stand together; a
 * wide gap between two of them is a column boundary). Everything later works on segments.
 */
export interface Segment {
  text: string
  x: number
  top: number
  w: number
  h: number
  page: number
}

export interface Line {
  page: number
  top: number
  bottom: number
  /** The line's typical glyph height (the median of its segments'). */
  h: number
  segments: Segment[]
  /** The widest gap between two of its segments, in units of `h` (0 for one segment). */
  widestGap: number
}

/** Items whose vertical extents overlap by this share of the smaller one stand on one line. */
const SAME_LINE = 0.5
/** Lines looked back at for an item that came late in top order (a taller glyph on an earlier line). */
const LOOK_BACK = 8
/** A gap wider than this share of the glyph height between two items of a line separates two segments. */
export const SEGMENT_GAP = 0.6

interface OpenLine {
  /** The band of the line's first (topmost) item: later items are measured against it, so lines never chain. */
  seedTop: number
  seedBottom: number
  items: Item[]
}

function overlap(aTop: number, aBottom: number, bTop: number, bBottom: number): number {
  return Math.min(aBottom, bBottom) - Math.max(aTop, bTop)
}

export function segmentOf(items: readonly Item[], page: number): Segment {
  let text = ''
  let x = Infinity
  let top = Infinity
  let r = -Infinity
  let b = -Infinity
  let prevRight = -Infinity
  for (const item of items) {
    text = joinPieces(text, item.text, item.x - prevRight, item.h)
    prevRight = right(item)
    x = Math.min(x, item.x)
    top = Math.min(top, item.top)
    r = Math.max(r, right(item))
    b = Math.max(b, bottom(item))
  }
  return { text, x, top, w: r - x, h: b - top, page }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

export function pageLines(page: Page): Line[] {
  const items = [...page.items].sort((a, b) => a.top - b.top || a.x - b.x)
  const open: OpenLine[] = []
  for (const item of items) {
    let line: OpenLine | undefined
    for (let k = open.length - 1; k >= 0 && k >= open.length - LOOK_BACK; k--) {
      const candidate = open[k] as OpenLine
      const shared = overlap(candidate.seedTop, candidate.seedBottom, item.top, bottom(item))
      if (shared >= SAME_LINE * Math.min(item.h, candidate.seedBottom - candidate.seedTop)) {
        line = candidate
        break
      }
    }
    if (line) line.items.push(item)
    else open.push({ seedTop: item.top, seedBottom: bottom(item), items: [item] })
  }
  return open.map((l) => {
    const sorted = l.items.sort((a, b) => a.x - b.x)
    const groups: Item[][] = []
    let widest = 0
    let reach = -Infinity
    for (const item of sorted) {
      const gap = item.x - reach
      const current = groups.at(-1)
      if (current && gap <= SEGMENT_GAP * Math.min(item.h, current.at(-1)?.h ?? item.h)) current.push(item)
      else {
        if (current) widest = Math.max(widest, gap / Math.min(item.h, current.at(-1)?.h ?? item.h))
        groups.push([item])
      }
      reach = Math.max(reach, right(item))
    }
    const segments = groups.map((g) => segmentOf(g, page.number))
    return {
      page: page.number,
      top: Math.min(...segments.map((s) => s.top)),
      bottom: Math.max(...segments.map((s) => bottom(s))),
      h: median(segments.map((s) => s.h)),
      segments,
      widestGap: widest,
    }
  }).sort((a, b) => a.top - b.top)
}
