import type { Segment } from './lines.ts'
import { textOf } from './table-cells.ts'

/** Label cells whose left edges are this close stand in one label column. */
export const SAME_LEFT = 4

export interface Placed {
  seg: Segment
  line: number
}

export interface Block {
  segs: Placed[]
  x: number
  top: number
  right: number
  bottom: number
  /** The row of figures the block's first line stands on, if any. */
  anchor: number | null
}

/**
 * A row whose label wraps over several lines holds the lines beside it: figures centred between the label's
 * lines, and a figure wrapped in a narrow cell (`226，` over `888`). The rows of figures within one label's
 * lines are one row, unless another label starts among them (the rows under a group label), or two figures
 * of one column would not read as one number.
 */
/** A figure broken over lines: the upper piece ends at a separator (`226，` over `888`), or the lower is its unit. */
export function wrapsInto(upper: readonly Segment[], lower: readonly Segment[]): boolean {
  const a = textOf(upper)
  const b = textOf(lower)
  return (/[,，.．]$/.test(a) && /^[0-9０-９]/.test(b)) || /^(?:件|个|项|条|次|人|元|万元|亿元)$/.test(b)
}

export function mergeWrappedRows(anchors: number[], blocks: readonly Block[], values: Map<number, Segment[]>[]): Map<number, number> {
  const starts = blocks.map((b) => ({ line: (b.segs[0] as Placed).line, x: b.x }))
  const merged = new Map<number, number>()
  for (const block of blocks) {
    const own = block.segs.filter((p) => p.seg.page === block.segs[0]?.seg.page).map((p) => p.line)
    const first = Math.min(...own)
    const last = Math.max(...own)
    if (last === first) continue
    const inside = anchors.filter((a) => a >= first && a <= last && !merged.has(a))
    if (inside.length < 2) continue
    // Another label that starts among these lines in this label's column or to its right: the rows under a
    // group label, each with its own. (A group label to the left, centred on a wrapped row, is no row.)
    if (starts.some((st) => st.line > first && st.line <= last && !own.includes(st.line) && st.x >= block.x - SAME_LEFT)) continue
    const [head, ...others] = inside as [number, ...number[]]
    const combined = new Map(values[head])
    let readable = true
    for (const o of others) {
      for (const [column, segs] of values[o] ?? []) {
        const above = combined.get(column)
        if (!above) combined.set(column, segs)
        else if (wrapsInto(above, segs)) combined.set(column, [...above, ...segs])
        else readable = false
      }
    }
    if (!readable) continue
    values[head] = combined
    for (const o of others) merged.set(o, head)
  }
  return merged
}
