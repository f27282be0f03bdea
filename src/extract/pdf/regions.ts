import type { Line } from './lines.ts'

/**
 * Which lines form a table: runs of lines that stand in columns (two segments or more with a wide gap
 * between them), with the lines between them that belong to their cells (a wrapped label, a group label
 * standing alone) and the header lines just above. A table that reaches the foot of a page and goes on at
 * the head of the next is one table. A table ends where a line stands farther off than its rows do, where
 * the type grows (a heading), or where the columns that follow no longer line up with its own.
 */

/** A gap between two segments this wide (in glyph heights) is a column boundary, not spacing in a sentence. */
export const COLUMN_GAP = 1.2
/** Lines of a table stand at most this far apart (in glyph heights): rows with tall cells. */
const ROW_GAP = 3.5
/** Header lines above a table's first columnar line stand at most this far apart. */
const HEADER_GAP = 2.5
/** A line in a larger type than the table's (a section heading) ends it. */
const LARGER_TYPE = 1.25
/** Lines without columns held inside a table: a wrapped cell has a few; more is prose between two tables. */
const MAX_HELD = 4
/** A line that spans this share of the table's width is a paragraph, not a cell. */
const PROSE_WIDTH = 0.6
/** Past this many times the table's usual gap between its rows, a line stands apart. */
const GAP_FACTOR = 2.5
/** Two segment edges this close line up. */
const SAME_EDGE = 3
/** After lines without columns, a columnar line continues the table only if this share of its segments line up. */
const ALIGNED = 0.5

export interface Region {
  /** Indices into the document's lines, in order. */
  lines: number[]
}

const isColumnar = (line: Line) => line.segments.length >= 2 && line.widestGap >= COLUMN_GAP
const leftOf = (line: Line) => Math.min(...line.segments.map((s) => s.x))
const rightOf = (line: Line) => Math.max(...line.segments.map((s) => s.x + s.w))

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

class OpenRegion {
  lines: number[] = []
  pending: number[] = []
  typeSize = 0
  left = Infinity
  right = -Infinity
  /** Gaps between consecutive columnar lines on one page: what "close" means in this table. */
  rowGaps: number[] = []
  lastColumnar: Line | null = null

  take(i: number, line: Line) {
    this.lines.push(...this.pending, i)
    this.pending = []
    if (this.lastColumnar && this.lastColumnar.page === line.page) this.rowGaps.push(Math.max(0, line.top - this.lastColumnar.bottom))
    this.lastColumnar = line
    this.typeSize = Math.max(this.typeSize, line.h)
    this.left = Math.min(this.left, leftOf(line))
    this.right = Math.max(this.right, rightOf(line))
  }

  near(prev: Line, line: Line): boolean {
    if (prev.page !== line.page) return true
    const gap = line.top - prev.bottom
    if (gap > ROW_GAP * Math.min(line.h, prev.h)) return false
    return this.rowGaps.length < 2 || gap <= Math.max(line.h, GAP_FACTOR * median(this.rowGaps))
  }

  /** Whether a line's segments stand in the columns of the table's last row (left, right or middle). */
  aligned(line: Line): boolean {
    const edges = (this.lastColumnar?.segments ?? []).flatMap((s) => [s.x, s.x + s.w, s.x + s.w / 2])
    const hits = line.segments.filter((s) => [s.x, s.x + s.w, s.x + s.w / 2].some((e) => edges.some((f) => Math.abs(e - f) <= SAME_EDGE)))
    return hits.length >= ALIGNED * line.segments.length
  }

  narrow(line: Line): boolean {
    return rightOf(line) - leftOf(line) < PROSE_WIDTH * (this.right - this.left)
  }
}

export function findRegions(lines: readonly Line[]): Region[] {
  const regions: Region[] = []
  let open: OpenRegion | null = null
  const close = () => {
    // Lines held back after the last columnar line are prose that follows the table, not its cells.
    if (open) regions.push({ lines: open.lines })
    open = null
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
    const current: OpenRegion | null = open
    if (isColumnar(line)) {
      const continues = current !== null && prev !== null && current.near(prev, line) && (current.pending.length === 0 || current.aligned(line))
      if (!continues) {
        close()
        open = new OpenRegion()
        open.lines.push(...headerAbove(i, line))
      }
      ;(open as OpenRegion | null)?.take(i, line)
    } else if (current && prev && current.near(prev, line) && line.h <= LARGER_TYPE * current.typeSize && current.pending.length < MAX_HELD && current.narrow(line)) {
      current.pending.push(i)
    } else close()
  }
  close()
  return regions
}
