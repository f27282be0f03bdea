import type { CellModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { bandBounds, INF, release, scratch } from './cost-tables.ts'
import { digitCount, isCutFigure, layoutOf } from './align-layout.ts'
import { rowsSharingGap, wordsAmongFills } from './unlabelled-gaps.ts'
import { NO_COLUMN, Reading, type CellReading, type Event, type Fill, type ValueAlignment } from './align-types.ts'

/**
 * A table's figures against its cells, the whole table at once. The cells are filled in the format's order
 * (row by row); the document's value tokens are taken in reading order, each filling the next cell or left
 * out; a cell may be left unfilled. What the document says about rows is evidence with a price:
 *   - a row's label stands beside its own figures — before them (or, in some reading orders, after them:
 *     one side per table), or around them (a wrapped label) — so where a label's first piece stands, the
 *     cells filled so far must begin (end) that row;
 *   - figures on a table row's line after a row's label are that row's;
 * and leaving a figure out or a cell unfilled costs more than any white space. Every cheapest alignment is
 * found (forward and backward costs): a cell is read only where all of them agree on what fills it, and a
 * row beside a figure that had to be left out, or with a cell that had to be left unfilled, is not read.
 */

/** Prices, in whole units: a broken row-label rule, a figure left out, a cell unfilled, a strong empty skipped. */
const LABEL_OUT_OF_PLACE = 10
const FIGURE_LEFT_OUT = 4
const CELL_UNFILLED = 4
/** A row whose label stands in the table expects its figures: leaving its cells unfilled costs more. */
const LABELLED_CELL_UNFILLED = 6
const EMPTY_SKIPPED = 1
/**
 * Labels after their figures are a table's habit only where the other side costs more by a label out of place and
 * by an eighth of what the cheaper one already leaves unexplained: in a text that far from a table (a viewer's
 * reading order, rows alternating label and figures) a few labels do not settle it, and both sides' cheapest
 * alignments are readings. Labels before their figures, as tables print them, need no margin.
 */
function sideMargin(best: number): number {
  return Math.max(LABEL_OUT_OF_PLACE, Math.ceil(best / 8))
}
/** A run of figures read as a whole row of glued cells rather than as one number (with the rest unfilled). */
const RUN_AS_ROW = 1

/**
 * Which side of its figures a table prints each row's label on. One table keeps one habit — labels
 * before their figures (most), or after them (some PDF viewers' reading order) — so both are tried and
 * the cheaper wins; where both cost the same, both are readings.
 */
type Side = 'before' | 'after'

/** The kinds of edge out of a node, as written into an edge buffer. */
const [SKIP, FILL, GLUE, LABEL] = [0, 1, 2, 3]
/** Edges per node at most, and the fields of one: kind, cost, next cell. */
const MAX_EDGES = 3
const FIELDS = 3
/** Thresholds tried in turn: states costlier than the threshold are not explored (a clean table costs 0). */
const THRESHOLDS = [0, 12, 48, INF]

/**
 * `inline`: the table prints all its rows side by side in one printed row (table 四), so a glued run may
 * hold all of its cells; otherwise a run holds at most its own row's.
 */
export function alignValues(tokens: readonly Token[], events: readonly Event[], cells: readonly CellModel[], rows: number, glueable: boolean, inline = false): ValueAlignment {
  const N = cells.length
  const labelled = new Uint8Array(rows)
  for (const e of events) if (e.type === 'label') labelled[e.row] = 1
  const E = events.length
  const W = N + 1
  const { rowOf, rowStart } = layoutOf(cells, rows)
  const rowEnd = (r: number) => rowStart[r + 1] ?? N
  // Each cell's price for being left unfilled, asked per state in every pass: looked up, not worked out from its row.
  const unfilled = new Array<number>(N)
  for (let j = 0; j < N; j++) unfilled[j] = labelled[rowOf[j] ?? 0] ? LABELLED_CELL_UNFILLED : CELL_UNFILLED
  const unfilledCost = (j: number) => unfilled[j] as number
  const printedStart = (j: number) => (inline ? 0 : (rowStart[rowOf[j] ?? 0] ?? 0))
  const printedEnd = (j: number) => (inline ? N : rowEnd(rowOf[j] ?? 0))
  // Digits are asked of a run only (whether it holds a whole row): not counted for every figure.
  const digits = events.map((ev) => (ev.type === 'value' && tokens[ev.token]?.kind === 'run' ? digitCount(tokens[ev.token]?.folded ?? '') : 0))

  /**
   * The edges out of node (e, j) written into `out` (kind, cost, next), their count returned: the one
   * place the rules are stated.
   */
  const edges = (side: Side, e: number, j: number, out: Int32Array): number => {
    const event = events[e] as Event
    if (event.type === 'label') {
      // A label's first piece stands before all of its row's figures (or, on the other side, after all of
      // them); only the later pieces of a wrapped label may stand among them.
      const r = event.row
      const start = rowStart[r] ?? 0
      const inPlace = event.first ? j === (side === 'before' ? start : rowEnd(r)) : j >= start && j <= rowEnd(r)
      out[0] = LABEL
      out[1] = inPlace ? 0 : LABEL_OUT_OF_PLACE
      out[2] = j
      return 1
    }
    const token = tokens[event.token] as Token
    out[0] = SKIP
    out[1] = token.kind === 'empty' ? (token.weak ? 0 : EMPTY_SKIPPED) : FIGURE_LEFT_OUT
    out[2] = j
    if (j >= N) return 1
    let n = 1
    const r = rowOf[j] ?? 0
    let hint = 0
    if (event.rowHint >= 0 && r !== event.rowHint) hint = LABEL_OUT_OF_PLACE
    else if (event.column !== NO_COLUMN && j - (rowStart[r] ?? 0) !== event.column) hint = LABEL_OUT_OF_PLACE
    if (token.kind !== 'run' || token.value !== undefined) {
      out[n * FIELDS] = FILL
      out[n * FIELDS + 1] = hint
      out[n * FIELDS + 2] = j + 1
      n++
    }
    // A run holds a whole printed row of glued cells only if it has a figure for each of them.
    const end = printedEnd(j)
    if (token.kind === 'run' && glueable && printedStart(j) === j && end - j > 1 && (digits[e] ?? 0) >= end - j) {
      out[n * FIELDS] = GLUE
      out[n * FIELDS + 1] = RUN_AS_ROW + hint
      out[n * FIELDS + 2] = end
      n++
    }
    return n
  }

  const buffer = new Int32Array(MAX_EDGES * FIELDS)
  /** Forward and backward costs of one side, exploring only states within `limit`. */
  const solve = (side: Side, limit: number) => {
    const forward = scratch((E + 1) * W)
    const lo = bandBounds(E + 1, W)
    const hi = bandBounds(E + 1, -1)
    forward[0] = 0
    lo[0] = 0
    hi[0] = 0
    for (let e = 0; e <= E; e++) {
      const base = e * W
      // Cells left unfilled within the event's row of states, up to the limit.
      for (let j = lo[e]!; j < N && j <= hi[e]!; j++) {
        const f = forward[base + j]! + unfilledCost(j)
        if (f <= limit && f < forward[base + j + 1]!) {
          forward[base + j + 1] = f
          if (j + 1 > hi[e]!) hi[e] = j + 1
        }
      }
      if (e === E) break
      for (let j = lo[e]!; j <= hi[e]!; j++) {
        const f = forward[base + j]!
        if (f > limit) continue
        const count = edges(side, e, j, buffer)
        for (let k = 0; k < count; k++) {
          const cost = f + buffer[k * FIELDS + 1]!
          const next = buffer[k * FIELDS + 2]!
          if (cost > limit || cost >= forward[base + W + next]!) continue
          forward[base + W + next] = cost
          if (next < lo[e + 1]!) lo[e + 1] = next
          if (next > hi[e + 1]!) hi[e + 1] = next
        }
      }
    }
    const best = forward[E * W + N]!
    const backward = scratch((E + 1) * W)
    if (best > limit) return { side, forward, backward, lo, hi, rows: E + 1, best: INF }
    for (let j = N - 1, tail = 0; j >= -1; j--) {
      backward[E * W + j + 1] = tail
      if (j >= 0) tail += unfilledCost(j)
    }
    for (let e = E - 1; e >= 0; e--) {
      const base = e * W
      for (let j = Math.min(hi[e]!, N); j >= lo[e]!; j--) {
        let b = j < N ? unfilledCost(j) + backward[base + j + 1]! : INF
        const count = edges(side, e, j, buffer)
        for (let k = 0; k < count; k++) {
          const v = buffer[k * FIELDS + 1]! + backward[base + W + buffer[k * FIELDS + 2]!]!
          if (v < b) b = v
        }
        backward[base + j] = b
      }
    }
    return { side, forward, backward, lo, hi, rows: E + 1, best }
  }

  let solved: ReturnType<typeof solve>[] = []
  let explored = 0
  for (const limit of THRESHOLDS) {
    for (const x of solved) release(x, W)
    solved = [solve('before', limit), solve('after', limit)]
    explored = limit
    if (solved.some((x) => x.best < INF)) break
  }
  const best = Math.min(...solved.map((x) => x.best))
  // A side not explored as far as the margin is solved again that far: it may be a reading too. A clean
  // alignment (every label in place, every figure in a cell) settles the side by itself.
  // Labels before their figures is how tables print: only labels after them need the margin to be the habit.
  const after = solved.find((x) => x.side === 'after')?.best ?? INF
  const margin = best < INF && after === best ? sideMargin(best) : 1
  if (best > 0 && best < INF && explored < best + margin - 1) {
    solved = solved.map((x) => {
      if (x.best < INF) return x
      release(x, W)
      return solve(x.side, best + margin - 1)
    })
  }
  const readings: CellReading[] = cells.map(() => new Reading())
  const [tainted, leftOut, misplaced, cutRows] = [new Set<number>(), new Set<number>(), new Set<number>(), new Set<number>()]
  const [selfDoubt, nearLeftOut, nearCut, sharing] = [new Set<number>(), new Set<number>(), new Set<number>(), new Set<number>()]
  // The rows either side of a cell boundary, tainted and noted for why (`selfDoubt`: a doubt of their own).
  const taint = (j: number, why: Set<number>) => {
    for (const r of [j > 0 ? rowOf[j - 1] : undefined, j < N ? rowOf[j] : undefined]) if (r !== undefined) [tainted, why].forEach((set) => set.add(r))
  }
  // Every edge on a cheapest alignment of either side: what fills each cell, and what had to be left.
  for (const { side, forward, backward, lo, hi, best: own } of solved) {
    if (own >= best + margin || own >= INF) continue
    for (let e = 0; e <= E; e++) {
      const base = e * W
      for (let j = lo[e]!; j <= hi[e]!; j++) {
        const f = forward[base + j]!
        if (f > own) continue
        if (j < N && f + unfilledCost(j) + backward[base + j + 1]! === own) {
          readings[j]!.unfilled = true
          tainted.add(rowOf[j] ?? 0)
          selfDoubt.add(rowOf[j] ?? 0)
          if (glueable && !inline && !labelled[rowOf[j] ?? 0]) for (const r of rowsSharingGap(rowOf[j] ?? 0, labelled, side)) sharing.add(r)
        }
        if (e === E) continue
        const ev = events[e] as Event
        const count = edges(side, e, j, buffer)
        for (let k = 0; k < count; k++) {
          const kind = buffer[k * FIELDS]!
          const cost = buffer[k * FIELDS + 1]!
          const next = buffer[k * FIELDS + 2]!
          if (f + cost + backward[base + W + next]! !== own) continue
          if (kind === LABEL) {
            if (ev.type !== 'label') continue
            // A later piece of a wrapped label with the row's figures on both sides of it: the text is out of
            // the table's order there (a viewer's reading order moved some of the row's cells past it).
            const inside = !ev.first && j > (rowStart[ev.row] ?? 0) && j < rowEnd(ev.row)
            if (cost > 0 || inside) misplaced.add(ev.row)
            continue
          }
          if (ev.type !== 'value') continue
          if (kind === SKIP) {
            if (cost === FIGURE_LEFT_OUT) {
              leftOut.add(ev.token)
              taint(j, nearLeftOut)
            }
            continue
          }
          const fill: Fill = { type: kind === GLUE ? 'glued' : 'token', token: ev.token }
          // A figure cut at its thousands separator (`28，`): the rest of it stands elsewhere in the row, as if a
          // figure of its own (a viewer's reading order) — or, where it ends or begins a row, in the row beside it
          // (`1，` as the last figure before `2.重复申请` `… 888`). No figure of those rows is its cell for certain.
          if (isCutFigure(tokens[ev.token])) {
            cutRows.add(rowOf[j] ?? 0)
            // Its own row's doubt; the row beside the boundary it ends or begins is in doubt only for where the rest
            // stands, which a row whose own text is whole settles (self-contained.ts).
            taint(j, nearCut)
            taint(next, nearCut)
            selfDoubt.add(rowOf[j] ?? 0)
          }
          for (let c = j; c < next; c++) {
            const list = readings[c]!.fills
            if (!list.some((x) => x.type === fill.type && x.token === fill.token)) list.push(fill)
          }
        }
      }
    }
  }
  for (const x of solved) release(x, W)
  for (const r of sharing) if (wordsAmongFills(tokens, readings, rowStart[r] ?? 0, rowEnd(r))) tainted.add(r)
  // A label away from its figures means the text's order is not the table's there: that row and its
  // neighbours are not read; where a quarter of the labels are away, no row of the table is.
  const disordered = new Set<number>(cutRows)
  if (misplaced.size > 0 && misplaced.size * 4 > labelled.reduce((n, x) => n + x, 0)) for (let r = 0; r < rows; r++) disordered.add(r)
  for (const r of misplaced) for (const k of [r - 1, r, r + 1]) if (k >= 0 && k < rows) disordered.add(k)
  const cutOnly = new Set([...cutRows].filter((r) => !(misplaced.size * 4 > labelled.reduce((n, x) => n + x, 0)) && ![r - 1, r, r + 1].some((k) => misplaced.has(k))))
  const beside = new Set([...disordered, ...nearLeftOut, ...nearCut].filter((r) => !misplaced.has(r) && !cutRows.has(r) && !selfDoubt.has(r)))
  for (const r of disordered) tainted.add(r)
  return { cells: readings, tainted, leftOut, disordered, beside, nearLeftOut, cutOnly }
}
