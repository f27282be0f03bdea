import type { ColumnModel, RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { inColumnOrder, pairs } from './column-pairs.ts'
import { groupOf, valueOf, type Group } from './joined-groups.ts'
import { swappableTails, swappedTails, tailCells } from './swapped-tails.ts'
import type { RowSpan } from './row-pieces.ts'
import { rawSplits } from './raw-joins.ts'
import { swappedLines } from './merged-words.ts'

/**
 * A figure too wide for its cell wraps into pieces, and a viewer's text gives each piece as a figure of its own:
 * `１８１` over `７` is one cell (1817) or two, and nothing in the text says which. A row that holds more pieces
 * than cells is offered every way of joining them back into its cells — two pieces the text shows as one
 * cell's (side by side on a line, or stacked in one column, in either order: viewers invert a cell's lines) —
 * and the report's arithmetic then chooses (wrapped-resolve.ts). A joining is listed only where its cells stand
 * in an order the text says (a sum cannot tell two cells swapped: the order is never guessed) and every joined
 * figure still reads as one number. Bounded: at most two joins a row, its pieces at most its cells and two.
 */

/** One reading of a row: each cell's value (null: a blank mark) and the token its figure starts with. */
export interface JoinedReading {
  values: (number | null)[]
  sources: number[]
  /** Each cell's pieces, in the order its figure was read from them. */
  pieces: number[][]
  /**
   * Cells whose order the text does not say (two of them on different lines over the same columns): a reading that
   * may be the text's, never read on its own, but one that fits leaves the row unread where it differs.
   */
  doubted?: boolean
  /** It reads a cell's stacked pieces bottom first: the viewer inverted that cell's lines. */
  inverted?: boolean
  /** A doubt only against a reading that inverts lines: another word may be two lines merged inverted (merged-words.ts). */
  merged?: boolean
}

/** Whether cell k may hold a value: a reading the arithmetic refuses is not listed (no columns only). */
export type CellFits = (k: number, value: number | null) => boolean
/** Whether a whole reading's values keep the row's arithmetic: one that does not is not listed (no columns only). */
export type RowFits = (values: readonly (number | null)[]) => boolean

/** Pieces beyond the cells: each join makes one cell of two pieces; more than this, the row stays unread. */
const MAX_JOINS = 2
/** Readings listed per row at most (pieces ≤ cells + 2 keeps them far below): past it the row stays unread. */
const MAX_READINGS = 512

/**
 * Every reading of `pieces` (a row's figures, in reading order) as the row's cells, each cell one piece or two
 * joined; null where the pieces are not more than the cells, too many, or not all placed alike.
 */
export function joinedReadings(
  tokens: readonly Token[],
  span: RowSpan,
  row: RowModel,
  cellFits: CellFits = () => true,
  rowFits: RowFits = () => true,
  /** Pieces of one grid line printed on two input lines may be one cell's stacked pieces too (column-pairs.ts). */
  across = false,
): JoinedReading[] | null {
  const { pieces } = span
  const want = row.columns.length
  const joins = pieces.length - want
  // A cell with a unit of its own (采购总金额) keeps the unit of its figure: those rows are not joined.
  if (joins < 0 || row.columns.some((c) => c.unitKey)) return null
  const placed = pieces.filter((p) => tokens[p]?.col !== undefined).length
  if (placed !== 0 && placed !== pieces.length) return null
  const columns = placed > 0
  // Without columns a cell's pieces follow each other over line breaks: every split of them in order (raw-joins.ts).
  if (!columns) return rawReadings(tokens, pieces, row, cellFits, rowFits)
  if (joins > MAX_JOINS) return null
  const candidates = pairs(tokens, pieces, columns, across)
  const out: JoinedReading[] = []
  const chosen: [number, number, boolean][] = []
  const tryReading = (reversed: boolean[]) => {
    const inPair = new Map<number, number>()
    chosen.forEach(([a, b], k) => (inPair.set(a, k), inPair.set(b, k)))
    const groups: Group[] = []
    for (let k = 0; k < pieces.length; k++) {
      const pair = inPair.get(k)
      if (pair === undefined) groups.push(groupOf(tokens, pieces, [k]))
      else if ((chosen[pair] as [number, number, boolean])[0] === k) {
        const [a, b] = chosen[pair] as [number, number, boolean]
        groups.push(groupOf(tokens, pieces, reversed[pair] ? [b, a] : [a, b]))
      }
    }
    const doubted = columns ? inColumnOrder(tokens, groups, span) : []
    if (!doubted) return
    const tails = tailCells(tokens, groups.map((g) => g.pieces))
    if (!tails) return
    const push = (gs: readonly Group[], doubted: boolean) => {
      const values: (number | null)[] = []
      for (let k = 0; k < gs.length; k++) {
        const v = valueOf(tokens, gs[k] as Group, row.columns[k] as ColumnModel)
        if (v === undefined) return
        values.push(v)
      }
      const inverted = reversed.some(Boolean)
      out.push({ values, sources: gs.map((g) => g.pieces[0] as number), pieces: gs.map((g) => g.pieces), ...(doubted ? { doubted } : {}), ...(inverted ? { inverted } : {}) })
      // Two figures cut at their separators: their rests swapped is a reading the text may hold too.
      const other = swappedTails(values, tails)
      if (other) out.push({ values: other, sources: gs.map((g) => g.pieces[0] as number), pieces: gs.map((g) => g.pieces), doubted: true })
    }
    const before = out.length
    push(groups, doubted.length > 0)
    // Stacked pieces read top first: another cell's word may be its own two lines merged inverted (merged-words.ts).
    const pushed = out.length > before ? out[before] : undefined
    if (pushed && chosen.some(([, , s]) => s) && !reversed.some(Boolean)) out.push(...swappedLines(tokens, pushed))
    // Either order of two cells the text does not order is a reading it may hold.
    for (const k of doubted) {
      const swapped = [...groups]
      ;[swapped[k - 1], swapped[k]] = [groups[k] as Group, groups[k - 1] as Group]
      push(swapped, true)
    }
  }
  const pick = (from: number) => {
    if (out.length > MAX_READINGS) return
    if (chosen.length === joins) {
      // Each stacked pair read top first and bottom first.
      const stacked = chosen.map(([, , s]) => s)
      const n = stacked.filter(Boolean).length
      for (let mask = 0; mask < 1 << n; mask++) {
        let bit = 0
        tryReading(stacked.map((s) => (s ? ((mask >> bit++) & 1) === 1 : false)))
      }
      return
    }
    for (let k = from; k < candidates.length; k++) {
      const c = candidates[k] as [number, number, boolean]
      if (chosen.some(([a, b]) => a === c[0] || a === c[1] || b === c[0] || b === c[1])) continue
      chosen.push(c)
      pick(k + 1)
      chosen.pop()
    }
  }
  pick(0)
  return out.length > MAX_READINGS ? null : out
}

/**
 * The readings of a row's pieces without columns: each split of them in order into its cells (raw-joins.ts), a
 * cell refused where its pieces read no figure or `cellFits` refuses its value, a split where `rowFits` refuses
 * its values (readings the arithmetic would drop, dropped as the search makes them: only those that fit are listed).
 */
function rawReadings(tokens: readonly Token[], pieces: readonly number[], row: RowModel, cellFits: CellFits, rowFits: RowFits, keepSwapped = false): JoinedReading[] | null {
  // Each run of pieces read once per cell: keyed by cell, first piece and last.
  const n = pieces.length
  const want = row.columns.length
  const memo = new Map<number, number | null | undefined>()
  const valueAt = (k: number, from: number, to: number) => {
    const key = (k * n + from) * n + to
    if (!memo.has(key)) {
      const members = []
      for (let i = from; i <= to; i++) members.push(i)
      const v = piecesValue(tokens, pieces, members, row.columns[k] as ColumnModel)
      memo.set(key, v !== undefined && cellFits(k, v) ? v : undefined)
    }
    return memo.get(key)
  }
  // The values of the split being made, cell by cell (the search sets a cell before it goes on to the next).
  const current: (number | null)[] = new Array<number | null>(want).fill(null)
  const cellOk = (k: number, from: number, to: number) => {
    const v = valueAt(k, from, to)
    if (v === undefined) return false
    current[k] = v
    return k < want - 1 || rowFits(current)
  }
  const splits = rawSplits(tokens, pieces, want, cellOk)
  if (!splits) return null
  const out: JoinedReading[] = []
  for (const cells of splits) {
    if (!keepSwapped && swappableTails(tokens, cells)) continue
    let at = 0
    const values = cells.map((c, k) => {
      const v = valueAt(k, at, at + c.length - 1) as number | null
      at += c.length
      return v
    })
    out.push({ values, sources: cells.map((c) => c[0] as number), pieces: cells })
  }
  return out
}

/**
 * Every split of a row's pieces without columns that reads, those with tails a sum cannot tell swapped kept: each
 * is a reading of the text, and one-split.ts asks whether the text holds one only. Null where the row is not split
 * so (fewer pieces than cells, a cell with a unit of its own) or the splits are too many to weigh.
 */
export function everyRawReading(tokens: readonly Token[], pieces: readonly number[], row: RowModel): JoinedReading[] | null {
  if (pieces.length < row.columns.length || row.columns.some((c) => c.unitKey)) return null
  return rawReadings(tokens, pieces, row, () => true, () => true, true)
}

/**
 * The value of a cell read from `members` (indices into `pieces`, in reading order): a figure joined whole, or a blank
 * — a blank written as dashes wraps like a figure (`－` over `－`), so dashes alone over lines are one blank cell.
 * Undefined where the pieces read no value the column holds.
 */
export function piecesValue(tokens: readonly Token[], pieces: readonly number[], members: readonly number[], column: ColumnModel): number | null | undefined {
  if (members.length > 1) {
    const glyph = tokens[pieces[members[0] as number] as number]?.folded.charAt(0) ?? ''
    if (members.every((i) => dashes(tokens[pieces[i] as number], glyph))) return null
  }
  return valueOf(tokens, groupOf(tokens, pieces, [...members]), column)
}

/**
 * A blank mark of dashes only (`－`, `—`, `-`), each the `glyph` given: a mark wrapped over lines is one mark cut,
 * so its pieces repeat one dash — `—` / `—` / `－` / `－` are two blank cells, not one.
 */
function dashes(t: Token | undefined, glyph: string): boolean {
  if (t?.kind !== 'mark' || !/^[-－—–─]+$/.test(t.folded)) return false
  for (let k = 0; k < t.folded.length; k++) if (t.folded.charAt(k) !== glyph) return false
  return true
}
