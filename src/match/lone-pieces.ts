import type { TableRegion } from '../locate/locate.ts'
import type { Equation } from '../model/equations.ts'
import { rowPaths, type TableModel } from '../model/index.ts'
import { readCell } from '../normalize/numbers.ts'
import { aloneOnLine } from '../tokens/lines.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'
import { evaluate } from './glued-constraints.ts'

/**
 * Text without columns (pdftotext -raw) prints a cell wrapped in a narrow column as it draws it, a piece a line:
 * 22 as `2` and `2` on two lines after its row's line. A blank cell that left no trace then makes the count come
 * right (`0 ０ 0 0 0`, `2`, `2` for 0 0 0 0 0 22 and a blank total: read 2 and 2, and the total holds). Where a
 * row set out along its label's line takes two of its cells from figures each alone on lines one after the other,
 * that join into one number, they may be one cell's pieces: nothing in the text says which. Such a row is not read.
 */

export const LONE_PIECES = 'Two of this row\'s figures stand alone on lines one after the other and may be one cell\'s pieces (a blank cell leaves no trace here); left blank rather than guessed.'

/** What weighs a row's two lone figures: its cells as read, their paths, and the report's equations. */
export interface LoneWeights {
  /** A function, so that most rows never look theirs up (not a getter: see lonePieceRows). */
  values: () => readonly (number | null)[]
  paths: readonly string[]
  equations: readonly Equation[]
  /** Other rows' cells as read: a number is known, anything else is not. */
  known: ReadonlyMap<string, unknown>
}

/** Σ left = Σ right with the row's cells from `row` (a blank counting nothing); null where another cell it names is not a known number. */
function holds(e: Equation, row: ReadonlyMap<string, number | null>, known: ReadonlyMap<string, unknown>): boolean | null {
  return evaluate({ left: e.left, right: e.right, value: 0 }, (p) => {
    const v = row.has(p) ? (row.get(p) ?? 0) : known.get(p)
    return typeof v === 'number' ? v : null
  })
}

/**
 * The two figures at k, k+1 joined (`joined`) with a blank that left no trace is a reading the report's arithmetic
 * rules out. Its total, other than 0, is the sum of the cells as read (a blank mark counts nothing): joined, the
 * sum changes, so with the blank anywhere but the total the row breaks it. With the total the blank, every figure
 * after the join stands a column to the left and the total counts nothing: a column's equation kept as read and
 * broken so settles it (the row's own weighs nothing: a blank total breaks it whatever its figures).
 */
function joinRuledOut(w: LoneWeights, k: number, joined: number): boolean {
  const total = w.paths.length - 1
  const values = w.values()
  const t = values[total]
  if (!w.paths[total]?.endsWith('.total') || typeof t !== 'number' || t === 0) return false
  let sum = 0
  for (let c = 0; c < total; c++) sum += values[c] ?? 0
  if (sum !== t) return false
  const asRead = new Map<string, number | null>()
  const asJoined = new Map<string, number | null>()
  w.paths.forEach((p, c) => {
    asRead.set(p, values[c] ?? null)
    asJoined.set(p, c === total ? null : c < k ? (values[c] ?? null) : c === k ? joined : (values[c + 1] ?? null))
  })
  return w.equations.some((e) => {
    // The row's own equation weighs nothing here: its total blank, the joined reading leaves it nothing to break.
    if (e.left.every((p) => asRead.has(p)) && e.right.every((p) => asRead.has(p))) return false
    if (!w.paths.some((p) => asRead.get(p) !== asJoined.get(p) && (e.left.includes(p) || e.right.includes(p)))) return false
    return holds(e, asRead, w.known) === true && holds(e, asJoined, w.known) === false
  })
}

/**
 * Two cells one after the other read from single figures each alone on its line, one line after the other, that
 * join into one number (`2`, `2`): they may be one cell's two pieces. Text with columns says which (never here);
 * the report's arithmetic may (`weights`: joinRuledOut).
 */
export function splitsLonePieces(tokens: readonly Token[], cells: readonly (readonly number[])[], labelLine: number, weights?: LoneWeights): boolean {
  // Only a row drawn along its label's line (two of its cells on it at least): there a figure on a line of its
  // own is a taller cell's piece as well as a cell; a column of cells, one a line (reading order), is printed so whole.
  if (cells.filter((g) => g.some((i) => tokens[i]?.line === labelLine)).length < 2) return false
  return cells.some((g, k) => {
    const next = cells[k + 1]
    const i = g.length === 1 ? g[0] : undefined
    const n = next?.length === 1 ? next[0] : undefined
    if (i === undefined || n === undefined || n !== i + 1) return false
    const a = tokens[i]
    const b = tokens[n]
    // On lines next to each other: reading order parts a page's lines (cells too) by blank lines, not a cell's own.
    if (!a || !b || a.col !== undefined || b.col !== undefined || b.line !== a.line + 1) return false
    const joined = readCell(a.folded + b.folded)
    if (!aloneOnLine(tokens, i) || !aloneOnLine(tokens, n) || joined.kind !== 'number') return false
    return !(weights && typeof joined.value === 'number' && joinRuledOut(weights, k, joined.value))
  })
}

/** The rows the alignment read so. */
export function lonePieceRows(tokens: readonly Token[], region: TableRegion, readings: ValueAlignment['cells'], table: TableModel, known: ReadonlyMap<string, unknown>, equations: readonly Equation[]): number[] {
  const out: number[] = []
  let j = 0
  table.rows.forEach((row, r) => {
    const from = j
    j += row.columns.length
    const label = region.labels.get(r)?.[0]
    if (label === undefined) return
    // splitsLonePieces' first test, before anything is made for the row: two of its cells on its label's line.
    const labelLine = tokens[label]?.line ?? -1
    let alongLabel = 0
    for (let k = from; k < j; k++) {
      const f = readings[k]?.fills[0]
      if (f?.type === 'token' && tokens[f.token]?.line === labelLine) alongLabel++
    }
    if (alongLabel < 2) return
    const read: number[][] = []
    for (let k = from; k < j; k++) {
      const f = readings[k]?.fills[0]
      read.push(f?.type === 'token' ? [f.token] : [])
    }
    // The row's values as read, looked up only where two lone figures ask for the arithmetic (most rows: none).
    // A function, not a getter: V8 gives each object literal with its own accessor a hidden class of its own,
    // and a scavenge keeps what such a class reaches (here the whole table's reading) until a full collection.
    const paths = rowPaths(row)
    const values = () =>
      paths.map((p) => {
        const v = known.get(p)
        return typeof v === 'number' ? v : null
      })
    if (splitsLonePieces(tokens, read, labelLine, { values, paths, equations, known })) out.push(r)
  })
  return out
}
