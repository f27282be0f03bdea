import type { TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { Event, ValueAlignment } from './align-types.ts'
import { readCellValue } from './read-cell.ts'
import { piecesAboveFit } from './pieces-above.ts'

/**
 * A row disordered only by its surroundings (a neighbour's label out of place, align-values.ts) whose own text
 * is whole: its label's first piece, then exactly as many figures as it has cells — each one whole, in one cell
 * on every cheapest alignment, in their order — before any other row's label, and its own total holds. Nothing of
 * another row stands among its figures, and none of its own stands elsewhere, or the count would not be exact; a
 * figure swapped in for one of its own would break its total. Such a row is read where the text around it is
 * out of order: the disorder is its neighbours', and they stay unread. Beside a figure the alignment left out, it
 * is read only where the figures left out just before its label do not add up among themselves (piecesAddUp), and,
 * where its figures start under its label, no joining of them to its cells keeps its total (a figure wrapped taller
 * than its label sets pieces above it: pieces-above.ts).
 */

/** The event index of each row's label's first piece (the first, where the label was found more than once). */
function firstLabels(events: readonly Event[]): Map<number, number> {
  const out = new Map<number, number>()
  events.forEach((e, k) => {
    if (e.type === 'label' && e.first && !out.has(e.row)) out.set(e.row, k)
  })
  return out
}

function selfContained(tokens: readonly Token[], events: readonly Event[], labels: ReadonlyMap<number, number>, aligned: ValueAlignment, table: TableModel, r: number, from: number): boolean {
  const readings = aligned.cells
  const row = table.rows[r]
  const start = labels.get(r)
  if (!row || start === undefined) return false
  const totalAt = row.columns.findIndex((c) => c.key === 'total')
  if (totalAt < 0) return false
  // The figures from the label's first piece to the next row's label: the row's, and only they.
  const figures: number[] = []
  let end = start + 1
  for (; end < events.length && figures.length <= row.columns.length; end++) {
    const e = events[end] as Event
    if (e.type === 'label') {
      if (e.row !== r) break
      continue
    }
    if (tokens[e.token]?.kind !== 'empty') figures.push(e.token)
  }
  if (figures.length !== row.columns.length) return false
  if (aligned.nearLeftOut.has(r) && piecesAddUp(tokens, events, aligned.leftOut, start, end, row.columns.length)) return false
  const below = tokens[figures[0] as number]?.line !== tokens[events[start]?.token ?? -1]?.line
  const values: (number | null)[] = []
  let parts = 0
  let total = -1
  for (let c = 0; c < row.columns.length; c++) {
    const reading = readings[from + c]
    const fill = reading?.fills[0]
    if (!reading || reading.unfilled || reading.fills.length !== 1 || fill?.type !== 'token' || fill.token !== figures[c]) return false
    const token = tokens[fill.token] as Token
    if (token.kind === 'run') return false
    const value = readCellValue(token, row.columns[c] as (typeof row.columns)[number])
    if (value.kind === 'unreadable') return false
    // A part printed blank counts as nothing; a total printed blank says nothing.
    values.push(value.kind === 'value' ? value.value : null)
    if (c === totalAt) total = value.kind === 'value' ? value.value : -1
    else if (value.kind === 'value') parts += value.value
  }
  if (total < 0 || parts !== total) return false
  // Figures left out just before a label its figures start under may be their first pieces: weighed by the total.
  return !(aligned.nearLeftOut.has(r) && below && piecesAboveFit(tokens, events, aligned.leftOut, start, row, figures, values))
}

/** The rows `beside` their neighbours' disorder whose own text is whole are taken out of it: they are read. */
export function readBeside(tokens: readonly Token[], events: readonly Event[], aligned: ValueAlignment, table: TableModel): void {
  if (aligned.beside.size === 0) return
  const labels = firstLabels(events)
  // Where each row's cells start among the table's (the model's, row by row).
  const starts: number[] = []
  let from = 0
  for (const row of table.rows) {
    starts.push(from)
    from += row.columns.length
  }
  for (const r of aligned.beside) {
    if (!selfContained(tokens, events, labels, aligned, table, r, starts[r] ?? 0)) continue
    aligned.disordered.delete(r)
    aligned.tainted.delete(r)
  }
}

/**
 * A left-out token's value as a figure's piece; NaN for one no reading trusts — and for a blank written out (`—`):
 * taking it for no piece reads rows early that the readings after the alignment weigh better (the columns' totals
 * withheld `二、上年结转 10 ０ 0 0 3 0 13` after 一's `… —— 93,305 件` in -raw, which loose-before.ts reads).
 */
function pieceValue(token: Token | undefined): number {
  // A first part cut at its separator (`24，`) is a piece ahead of a thousands group: weighed by its digits, as the
  // first pieces beside it are (`24，` and `24` lost from a part and its total alike keep the sum as well).
  if (token?.kind === 'bad' && CUT_FIRST_PART.test(token.folded)) return Number(token.folded.slice(0, -1))
  return token?.value ?? NaN
}

/** Digits then a thousands separator, nothing else: the first part of a figure cut where its cell wrapped. */
const CUT_FIRST_PART = /^[0-9]{1,3},$/

/** Left-out figures tried for sums at most (2^12 subsets). */
const MAX_PIECES = 12

/**
 * The figures left out just before the row's label (back to the last label or figure read into a cell) and just
 * after the next row's label, of which one is the sum of others (`14` `14` before `28 0 0 0 17 0 45件`: 1417 and 1445 cut alike): a piece lost from a
 * part and from its total alike keeps the row's total, which then vouches for nothing. A row's cells have one
 * first piece each at most, and one rest: only the `cells` nearest its label on each side can be its own (farther
 * ones, a page's column blocks, are other rows').
 */
function piecesAddUp(tokens: readonly Token[], events: readonly Event[], leftOut: ReadonlySet<number>, label: number, next: number, cells: number): boolean {
  const pieces: number[] = []
  const take = (side: number[], e: Event) => {
    if (side.length < cells) side.push(pieceValue(tokens[e.token]))
  }
  const before: number[] = []
  for (let k = label - 1; k >= 0; k--) {
    const e = events[k] as Event
    if (e.type === 'label' || !leftOut.has(e.token)) break
    take(before, e)
  }
  // And those just after the next row's label: a figure's rest, where its first piece stayed in the row.
  const after: number[] = []
  for (let k = next; k < events.length; k++) {
    const e = events[k] as Event
    if (e.type === 'label') continue
    if (!leftOut.has(e.token)) break
    take(after, e)
  }
  pieces.push(...before, ...after)
  if (pieces.length > MAX_PIECES || pieces.some((v) => !Number.isFinite(v))) return true
  for (let mask = 1; mask < 1 << pieces.length; mask++) {
    let sum = 0
    pieces.forEach((v, k) => {
      if (mask & (1 << k)) sum += v
    })
    if (sum > 0 && pieces.some((v, k) => !(mask & (1 << k)) && v === sum)) return true
  }
  return false
}
