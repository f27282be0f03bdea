import type { ColumnModel, RowModel } from '../model/index.ts'
import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import { betweenLabelLines, printedOn } from './source-lines.ts'
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
 * A viewer's columns drift by a few characters between lines (a long CJK label squeezes its line): pieces on
 * touching lines this close may be one cell's. Erring wide is safe — a joining too many is one more reading,
 * and readings the arithmetic cannot tell apart leave the row unread; a joining missed could leave a wrong one.
 */
const DRIFT = 12

export function near(x: Token, y: Token): boolean {
  return (x.col ?? 0) < (y.colEnd ?? 0) + DRIFT && (y.col ?? 0) < (x.colEnd ?? 0) + DRIFT
}

/**
 * Two pieces of one cell side by side on a line read left first, as the viewer set them — unless only the other
 * order reads as a figure: pdftotext gives a cell's two lines one line where they share a baseline, ordered by
 * where each starts, so a first part cut at its separator stands right of its wider rest (`333件 92，` for 92,333).
 * Only such a first part: a piece that no figure ends with, whose rest is three digits after it.
 */
const CUT_AT_SEPARATOR = /[0-9][,，]$/
function readsBackwards(tokens: readonly Token[], pieces: readonly number[], left: number, right: number): boolean {
  const l = (tokens[pieces[left] as number] as Token).text
  const r = (tokens[pieces[right] as number] as Token).text
  return CUT_AT_SEPARATOR.test(fold(r)) && readCell(fold(l + r)).kind !== 'number' && readCell(fold(r + l)).kind === 'number'
}

/** Two pieces the text may show as one cell's: neighbours on one line, or on touching lines in one column. */
function pairs(tokens: readonly Token[], pieces: readonly number[], columns: boolean): [number, number, boolean][] {
  const out: [number, number, boolean][] = []
  for (let a = 0; a < pieces.length; a++) {
    for (let b = a + 1; b < pieces.length; b++) {
      const x = tokens[pieces[a] as number] as Token
      const y = tokens[pieces[b] as number] as Token
      if (!columns) {
        // Without columns the text keeps the order a cell was drawn in: its pieces follow each other over a line break.
        if (b === a + 1 && y.line === x.line + 1) out.push([a, b, false])
        continue
      }
      if (x.line === y.line) {
        // Neighbours on a line: no piece of the line between them.
        const between = pieces.some((p) => {
          const t = tokens[p] as Token
          return t.line === x.line && (t.col ?? 0) > Math.min(x.col ?? 0, y.col ?? 0) && (t.col ?? 0) < Math.max(x.col ?? 0, y.col ?? 0)
        })
        const [left, right] = (x.col ?? 0) < (y.col ?? 0) ? [a, b] : [b, a]
        if (!between) out.push(readsBackwards(tokens, pieces, left, right) ? [right, left, false] : [left, right, false])
      } else if (Math.abs(x.line - y.line) === 1 && near(x, y)) {
        // Stacked in one column: read top first, and, as viewers may invert a cell's lines, bottom first too.
        const [top, bottom] = x.line < y.line ? [a, b] : [b, a]
        out.push([top, bottom, true])
      }
    }
  }
  return out
}

/**
 * Where the text keeps the page's lines, a row's cells stand on its label's lines: a piece above them, or merged
 * into them from below, is the rest of a wrapped figure, never a cell of its own (nor another row's figure taken
 * for it). Each cell is placed by its piece on those lines (its anchor), and the cells are put in their anchors'
 * order: on one line the text's order; across lines only where the anchors' columns stand apart — where they
 * overlap, the order is in doubt (the indices returned: groups k − 1 and k), and the reading is one the text may
 * hold either way, never read on its own (null: no reading). A cell of one
 * line beside a wrapped cell stands midway between the wrapped cell's lines, and the viewer may set it, and the
 * cells right of it, on the grid line under the label's: such a cell is anchored there, right of every cell
 * anchored on the label's lines (a piece left of one of those is a rest, `7` under `85`). A figure
 * next to the row outside its pieces (`1,` over `894`, read with the row above) that stands by a cell's column
 * may be part of it: no reading then, whatever the arithmetic says (`1,894` and `1,896` lose their thousands alike).
 */
function inColumnOrder(tokens: readonly Token[], groups: Group[], span: RowSpan): number[] | null {
  const { labelLines, labelInput } = span
  // Where every piece was printed on the row's own label lines, a figure printed on another row's label line is
  // that row's: rows do not share printed lines.
  const outside = span.own ? span.outside.filter((o) => !span.onLabels.has(o)) : span.outside
  const anchors = new Map<Group, Token>()
  const under = Math.max(...labelLines) + 1
  const between = betweenLabelLines(tokens, groups.flatMap((g) => g.pieces), labelLines)
  for (const g of groups) {
    let anchor: Token | undefined
    let lower: Token | undefined
    for (const p of g.pieces) {
      const t = tokens[p] as Token
      // On a label's line of the grid, and printed there (no piece of the line below merged into it), or between them.
      if ((labelLines.has(t.line) && printedOn(t, labelInput)) || between) {
        if (!anchor || (t.col ?? 0) < (anchor.col ?? 0)) anchor = t
      } else if (t.line === under && (!lower || (t.col ?? 0) < (lower.col ?? 0))) lower = t
    }
    // A cell of one line beside a wrapped one is set midway between its lines: the viewer may give it the line
    // under the label's (`2025 0 25，164 ７件` over `９４０ 0 200 36,796`), and then the cells right of it too.
    anchor ??= lower
    if (!anchor) return null
    anchors.set(g, anchor)
  }
  groups.sort((x, y) => (anchors.get(x)?.col ?? 0) - (anchors.get(y)?.col ?? 0))
  const doubted: number[] = []
  for (let k = 1; k < groups.length; k++) {
    const a = anchors.get(groups[k - 1] as Group) as Token
    const b = anchors.get(groups[k] as Group) as Token
    // Anchors on two lines over the same columns: their order is not the text's to say (the columns drift).
    if (a.line !== b.line && (a.colEnd ?? 0) >= (b.col ?? 0)) doubted.push(k)
    // Cells on the line under the label's end the row: one of them before a cell on the label's line is a piece.
    if (a.line === under && b.line !== under) return null
  }
  return standsBy(tokens, outside, groups.flatMap((g) => g.pieces)) ? null : doubted
}


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
  const candidates = pairs(tokens, pieces, columns)
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

/** Whether a figure stands by one of `pieces`, within the columns' drift. */
export function standsBy(tokens: readonly Token[], figures: readonly number[], pieces: readonly number[]): boolean {
  return figures.some((o) => pieces.some((p) => near(tokens[o] as Token, tokens[p] as Token)))
}
