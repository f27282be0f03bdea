import type { ColumnModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { StackReading } from './stack-agreement.ts'
import { cellValue, type StackPiece, type StackRow } from './stack-cells.ts'
import { placings } from './cell-gap.ts'

/** A piece and the column (cell index) it is weighed in. */
type Placed = [StackPiece, number]

/** Characters a wrapped figure's piece may stand left or right of its cell's next piece (`2` over `5，`). */
const DRIFT = 2

/**
 * A line of pieces between two rows' labels may end the row above's figures or begin the row below's: a piece
 * joined to a part and its total alike keeps their sum either way, so the run's arithmetic (stack-runs.ts) is no
 * evidence of which row it is. The rows of a run read (`readings`, by index within `rows`) that such a line leaves
 * in doubt: where the line, moved across the edge between two rows — a read row's last line below its label to the
 * next row's cells as their first parts, a read row's first line above its label to the row above's cells as their
 * last parts, or a line no read row holds to either — leaves every read row it touches keeping its equations
 * (16677: `12 … 12` / `88 … 88` / `5 … 5` over `25 … 25`, read 1288 and 525 as 12885 and 25 add up; 16709:
 * `2 … 2` over `5， … 5，` / `56 … 58` / `3 … 1`, read 5563 and 5581 as 25563 and 25581 add up). Such rows are read
 * as before and withheld once every reading is done (match.ts): a guard that only withholds. Each edge weighs the
 * run's pieces once (a run's rows and pieces are bounded by the table's).
 */
export function runEdgesInDoubt(tokens: readonly Token[], rows: readonly StackRow[], pieces: readonly StackPiece[], readings: ReadonlyMap<number, StackReading>, labelLines: (k: number) => number[], pageOf?: (line: number) => number): number[] {
  const doubt = new Set<number>()
  const held = new Set<StackPiece>([...readings.values()].flatMap((r) => r.cells.flat()))
  const keeps = (k: number, values: readonly (number | null)[]) => {
    const row = rows[k] as StackRow
    return row.fits(values) && !row.aside(values)
  }
  // Row k's values with pieces moved (each with its column): joined to its cells (before or after their own), or taken out.
  const moved = (k: number, line: readonly Placed[], how: 'before' | 'after' | 'out'): (number | null)[] | null => {
    const reading = readings.get(k) as StackReading
    const row = rows[k] as StackRow
    const values = [...reading.values]
    for (let j = 0; j < reading.cells.length; j++) {
      const own = reading.cells[j] as StackPiece[]
      const mine = line.filter(([p, c]) => c === j && own.includes(p) === (how === 'out')).map(([p]) => p)
      if (mine.length === 0) continue
      if (how !== 'out' && mine.length > 1) return null
      const cell = how === 'out' ? own.filter((p) => !mine.includes(p)) : how === 'before' ? [...mine, ...own] : [...own, ...mine]
      if (cell.length === 0) return null
      const v = cellValue(tokens, cell, row.columns[j] as ColumnModel)
      if (v === undefined || v === null) return null
      values[j] = v
    }
    return values.some((v, j) => v !== reading.values[j]) ? values : null
  }
  // Whether the pieces, moved from read row `from` (or -1: no read row holds them) to read row `to`, keep the sums of both.
  const either = (line: readonly Placed[], from: number, to: number, how: 'before' | 'after') => {
    if (line.length === 0 || !readings.has(to)) return false
    const there = moved(to, line, how)
    if (!there || !keeps(to, there)) return false
    if (from < 0) return true
    const here = moved(from, line, 'out')
    return here !== null && keeps(from, here)
  }
  // A read row's pieces on its last (or first) line among `lines`, with the columns they stand in.
  const edge = (k: number, within: (p: StackPiece) => boolean, last: boolean): Placed[] => {
    const cells = readings.get(k)?.cells ?? []
    const placed = cells.flatMap((c, j) => c.filter(within).map((p): Placed => [p, j]))
    if (placed.length === 0) return []
    const lines = placed.map(([p]) => p.line)
    const at = last ? Math.max(...lines) : Math.min(...lines)
    return placed.filter(([p]) => p.line === at)
  }
  for (let k = 0; k + 1 < rows.length; k++) {
    if (!readings.has(k) && !readings.has(k + 1)) continue
    const upper = labelLines(k)
    const lower = labelLines(k + 1)
    if (upper.length === 0 || lower.length === 0) continue
    const top = Math.max(...upper)
    const bottom = Math.min(...lower)
    const between = (p: StackPiece) => p.line > top && p.line < bottom
    // The upper row's last line below its label as the lower's first parts; the lower's first line above its label
    // as the upper's last parts.
    if (either(edge(k, between, true), k, k + 1, 'before') || either(edge(k + 1, between, false), k + 1, k, 'after')) {
      doubt.add(k)
      doubt.add(k + 1)
      continue
    }
    // A line of pieces no read row holds between the labels, each over (or under) a cell of the row it would join
    // (cell-gap.ts: the cell's whole extent, its page's columns past a page break): it may be either row's.
    const free = pieces.filter((p) => between(p) && !held.has(p))
    for (const line of new Set(free.map((p) => p.line))) {
      const ps = free.filter((p) => p.line === line)
      // Past a page break the columns move by more than a drift (18006: `34`@48 then `6`@54): any of its page's columns.
      const drift = (j: number) => (pageOf && (readings.get(j)?.cells ?? []).some((c) => c.some((q) => pageOf(q.line) !== pageOf(line))) ? Infinity : DRIFT)
      if (placings(ps, readings.get(k + 1)?.cells ?? [], drift(k + 1)).some((pl) => either(pl, -1, k + 1, 'before'))) doubt.add(k + 1)
      if (placings(ps, readings.get(k)?.cells ?? [], drift(k)).some((pl) => either(pl, -1, k, 'after'))) doubt.add(k)
    }
  }
  return [...doubt].sort((x, y) => x - y)
}
