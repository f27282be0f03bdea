import { fold } from '../../normalize/fold.ts'
import { readCell } from '../../normalize/numbers.ts'
import type { Cell } from '../grid.ts'
import { bottom, joinPieces, right } from './items.ts'
import type { Line, Segment } from './lines.ts'

/**
 * The cells and columns of a table without borders, from where its text stands: what a segment holds (a
 * figure, a value), a cell's text and box from its segments, the value columns and the column a figure is in.
 */

export const isFigure = (text: string) => {
  const kind = readCell(fold(text)).kind
  return kind === 'number' || kind === 'digits'
}
/** A figure broken at its separator (`1,` of `1,234`): the first piece of a wrapped figure. */
const FIGURE_PIECE = /^[+\-−－]?[0-9０-９][0-9０-９,，.．]*[,，.．]$/
export const isValue = (text: string) => readCell(fold(text)).kind !== 'text' || FIGURE_PIECE.test(text.trim())

export const overlapX = (a: { x: number; w: number }, l: number, r: number) => Math.min(right(a), r) - Math.max(a.x, l)

export function textOf(segs: readonly Segment[]): string {
  let text = ''
  let prev: Segment | null = null
  for (const s of segs) {
    if (prev && prev.top === s.top) text = joinPieces(text, s.text, s.x - right(prev), s.h)
    // A figure broken over lines is one figure again, with nothing between its pieces.
    else if (/[0-9０-９,，.．]$/.test(text) && /^[0-9０-９]/.test(s.text)) text += s.text
    else text = joinPieces(text, s.text, Infinity, s.h)
    prev = s
  }
  return text
}

export function boxOf(segs: readonly Segment[]): Cell['box'] {
  const first = segs[0] as Segment
  const own = segs.filter((s) => s.page === first.page)
  const x = Math.min(...own.map((s) => s.x))
  const top = Math.min(...own.map((s) => s.top))
  return { page: first.page, x, y: top, w: Math.max(...own.map(right)) - x, h: Math.max(...own.map(bottom)) - top }
}

export function cellOf(segs: readonly Segment[], x: number, colspan = 1): Cell {
  return { text: textOf(segs), colspan, rowspan: 1, x, box: boxOf(segs) }
}

/**
 * The value columns, as [left, right] spans: from the rows that hold the most figures, counting only a number
 * of figures that at least two rows hold (one row with a stray piece does not make a column).
 */
export function valueColumns(lines: readonly Line[]): [number, number][] {
  const figures = lines.map((l) => l.segments.filter((s) => isFigure(s.text)))
  const counts = new Map<number, number>()
  for (const f of figures) if (f.length > 0) counts.set(f.length, (counts.get(f.length) ?? 0) + 1)
  const repeated = [...counts].filter(([, n]) => n >= 2).map(([k]) => k)
  const most = repeated.length > 0 ? Math.max(...repeated) : Math.max(0, ...counts.keys())
  if (most === 0) return []
  const columns: [number, number][] = []
  for (const row of figures) {
    if (row.length !== most) continue
    row.forEach((s, k) => {
      const c = columns[k]
      columns[k] = c ? [Math.min(c[0], s.x), Math.max(c[1], right(s))] : [s.x, right(s)]
    })
  }
  // A column that reaches into the next one (a figure centred in a spanning cell) is cut at the midpoint.
  for (let k = 1; k < columns.length; k++) {
    const a = columns[k - 1] as [number, number]
    const b = columns[k] as [number, number]
    if (a[1] > b[0]) a[1] = b[0] = (a[1] + b[0]) / 2
  }
  return columns
}

/** The column a value segment stands in: the one it overlaps most, else the nearest. */
export function columnOf(s: Segment, columns: readonly [number, number][]): number {
  let best = -1
  let bestScore = -Infinity
  columns.forEach(([l, r], k) => {
    const o = overlapX(s, l, r)
    const score = o > 0 ? o : -Math.abs((l + r) / 2 - (s.x + s.w / 2))
    if (score > bestScore) {
      bestScore = score
      best = k
    }
  })
  return best
}
