import type { Line } from './lines.ts'

/**
 * Which lines form a table: runs of lines that stand in columns (two segments or more with a wide gap
 * between them), with the lines between them that belong to their cells (a wrapped label, a group label
 * standing alone). A table that reaches the foot of a page and goes on at the head of the next is one table.
 */

/** A gap between two segments this wide (in glyph heights) is a column boundary, not spacing in a sentence. */
const COLUMN_GAP = 1.2
/** Lines of a table stand at most this far apart (in glyph heights): rows with tall cells; prose is kept out by its width. */
const ROW_GAP = 3.5
/** Header lines above a table's first columnar line stand at most this far apart. */
const HEADER_GAP = 2.5
/** A line in a larger type than the table's (a section heading) ends it. */
const LARGER_TYPE = 1.25
/** Lines without columns held inside a table: a wrapped cell has a few; more is prose between two tables. */
const MAX_HELD = 4
/** A line that spans this share of the table's width is a paragraph, not a cell. */
const PROSE_WIDTH = 0.6

export interface Region {
  /** Indices into the document's lines, in order. */
  lines: number[]
}

const rowNear = (prev: Line | null, line: Line, gap: number) => prev !== null && gap <= ROW_GAP * Math.min(line.h, prev.h)

const isColumnar = (line: Line) => line.segments.length >= 2 && line.widestGap >= COLUMN_GAP

export function findRegions(lines: readonly Line[]): Region[] {
  const regions: Region[] = []
  let current: number[] | null = null
  let pending: number[] = []
  let typeSize = 0
  let left = Infinity
  let rightEdge = -Infinity
  const close = () => {
    // Lines held back after the last columnar line are prose that follows the table, not its cells.
    if (current) regions.push({ lines: current })
    current = null
    pending = []
    typeSize = 0
    left = Infinity
    rightEdge = -Infinity
  }
  const narrow = (line: Line) => {
    const l = Math.min(...line.segments.map((s) => s.x))
    const r = Math.max(...line.segments.map((s) => s.x + s.w))
    return r - l < PROSE_WIDTH * (rightEdge - left)
  }
  /** The lines just above a table's first columnar line that are its header (`申请人情况` over its columns). */
  const headerAbove = (i: number, first: Line): number[] => {
    const taken = regions.at(-1)?.lines.at(-1) ?? -1
    const above: number[] = []
    let below = first
    for (let k = i - 1; k > taken && above.length < MAX_HELD; k--) {
      const line = lines[k] as Line
      if (line.page !== first.page || line.h > LARGER_TYPE * first.h || below.top - line.bottom > HEADER_GAP * Math.min(line.h, below.h)) break
      above.unshift(k)
      below = line
    }
    return above
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line
    const prev = i > 0 ? (lines[i - 1] as Line) : null
    // Running heads are gone by now: a table at the foot of a page goes on at the head of the next.
    const gap = prev && prev.page === line.page ? line.top - prev.bottom : 0
    if (isColumnar(line)) {
      if (current && rowNear(prev, line, gap)) current.push(...pending, i)
      else {
        close()
        current = [...headerAbove(i, line), i]
      }
      pending = []
      typeSize = Math.max(typeSize, line.h)
      for (const seg of line.segments) {
        left = Math.min(left, seg.x)
        rightEdge = Math.max(rightEdge, seg.x + seg.w)
      }
    } else if (current && rowNear(prev, line, gap) && line.h <= LARGER_TYPE * typeSize && pending.length < MAX_HELD && narrow(line)) pending.push(i)
    else close()
  }
  close()
  return regions
}
