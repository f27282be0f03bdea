import type { CellModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'

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
/** A run of figures read as a whole row of glued cells rather than as one number (with the rest unfilled). */
const RUN_AS_ROW = 1

export type Event =
  /** `first`: the label's first piece (the rest of a wrapped label may stand among the row's figures). */
  | { type: 'label'; row: number; token: number; first: boolean }
  /**
   * `rowHint`: the row whose label stands before this figure on its table row's line (-1: none);
   * `column`: its column in that row by the header's grid (NO_COLUMN: unknown; -1: not a cell).
   */
  | { type: 'value'; token: number; rowHint: number; column: number }

/** What fills a cell on some cheapest alignment. */
export type Fill =
  | { type: 'token'; token: number }
  /** A run read as a whole row of glued cells: the row's cells come from it, by arithmetic. */
  | { type: 'glued'; token: number }

export interface CellReading {
  /** The fills of all cheapest alignments (one, unless they disagree), or none where the cell is left unfilled. */
  fills: Fill[]
  /** Some cheapest alignment leaves the cell unfilled. */
  unfilled: boolean
}

export interface ValueAlignment {
  cells: CellReading[]
  /** Rows beside a figure that every reading had to leave out, or left incomplete. */
  tainted: Set<number>
  /** Figures some cheapest alignment leaves out. */
  leftOut: Set<number>
}

interface Layout {
  /** The row of each cell and where each row's cells start (one more entry: the end). */
  rowOf: Int32Array
  rowStart: Int32Array
}

function layoutOf(cells: readonly CellModel[], rows: number): Layout {
  const rowOf = new Int32Array(cells.length)
  const rowStart = new Int32Array(rows + 1).fill(-1)
  let r = -1
  let last: CellModel['row'] | null = null
  cells.forEach((c, j) => {
    if (c.row !== last) {
      r++
      rowStart[r] = j
      last = c.row
    }
    rowOf[j] = r
  })
  rowStart[rows] = cells.length
  return { rowOf, rowStart }
}

const INF = 0x3fffffff
/** A figure whose column the header does not say. */
export const NO_COLUMN = -2

function digitCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) n++
  return n
}

/**
 * Which side of its figures a table prints each row's label on. One table keeps one habit — labels
 * before their figures (most), or after them (some PDF viewers' reading order) — so both are tried and
 * the cheaper wins; where both cost the same, both are readings.
 */
type Side = 'before' | 'after'

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
  const unfilledCost = (j: number) => (labelled[rowOf[j] ?? 0] ? LABELLED_CELL_UNFILLED : CELL_UNFILLED)
  const printedStart = (j: number) => (inline ? 0 : (rowStart[rowOf[j] ?? 0] ?? 0))
  const printedEnd = (j: number) => (inline ? N : rowEnd(rowOf[j] ?? 0))

  /** The edges out of node (e, j), each as [cost, next j, fill]: the one place the rules are stated. */
  const edges = (side: Side, e: number, j: number, visit: (cost: number, next: number, fill: Fill | null, leftOut: boolean) => void) => {
    const event = events[e] as Event
    if (event.type === 'label') {
      // A label's first piece stands before all of its row's figures (or, on the other side, after all of
      // them); only the later pieces of a wrapped label may stand among them.
      const r = event.row
      const start = rowStart[r] ?? 0
      const inPlace = event.first ? j === (side === 'before' ? start : rowEnd(r)) : j >= start && j <= rowEnd(r)
      visit(inPlace ? 0 : LABEL_OUT_OF_PLACE, j, null, false)
      return
    }
    const token = tokens[event.token] as Token
    const hintCost = (cell: number) => {
      const r = rowOf[cell] ?? 0
      if (event.rowHint >= 0 && r !== event.rowHint) return LABEL_OUT_OF_PLACE
      if (event.column !== NO_COLUMN && cell - (rowStart[r] ?? 0) !== event.column) return LABEL_OUT_OF_PLACE
      return 0
    }
    if (token.kind === 'empty') visit(token.weak ? 0 : EMPTY_SKIPPED, j, null, false)
    else visit(FIGURE_LEFT_OUT, j, null, true)
    if (j >= N) return
    const single = token.kind !== 'run' || token.value !== undefined
    if (single) visit(hintCost(j), j + 1, { type: 'token', token: event.token }, false)
    // A run holds a whole printed row of glued cells only if it has a figure for each of them.
    if (token.kind === 'run' && glueable && printedStart(j) === j && printedEnd(j) - j > 1 && digitCount(token.folded) >= printedEnd(j) - j) {
      visit(RUN_AS_ROW + hintCost(j), printedEnd(j), { type: 'glued', token: event.token }, false)
    }
  }

  const solve = (side: Side) => {
    const forward = new Int32Array((E + 1) * W).fill(INF)
    forward[0] = 0
    for (let e = 0; e <= E; e++) {
      const base = e * W
      for (let j = 0; j < N; j++) {
        const f = forward[base + j]!
        if (f < INF && f + unfilledCost(j) < forward[base + j + 1]!) forward[base + j + 1] = f + unfilledCost(j)
      }
      if (e === E) break
      for (let j = 0; j <= N; j++) {
        const f = forward[base + j]!
        if (f >= INF) continue
        edges(side, e, j, (cost, next) => {
          const at = base + W + next
          if (f + cost < forward[at]!) forward[at] = f + cost
        })
      }
    }
    const backward = new Int32Array((E + 1) * W).fill(INF)
    for (let j = N - 1, tail = 0; j >= -1; j--) {
      backward[E * W + j + 1] = tail
      if (j >= 0) tail += unfilledCost(j)
    }
    for (let e = E - 1; e >= 0; e--) {
      const base = e * W
      for (let j = N; j >= 0; j--) {
        let b = j < N ? unfilledCost(j) + backward[base + j + 1]! : INF
        edges(side, e, j, (cost, next) => {
          const v = cost + backward[base + W + next]!
          if (v < b) b = v
        })
        backward[base + j] = b
      }
    }
    return { side, forward, backward, best: forward[E * W + N]! }
  }

  const solved = [solve('before'), solve('after')]
  const best = Math.min(...solved.map((x) => x.best))
  const readings: CellReading[] = cells.map(() => ({ fills: [], unfilled: false }))
  const tainted = new Set<number>()
  const leftOut = new Set<number>()
  const misplaced = new Set<number>()
  const taint = (j: number) => {
    if (j > 0) tainted.add(rowOf[j - 1] ?? 0)
    if (j < N) tainted.add(rowOf[j] ?? 0)
  }
  // Every edge on a cheapest alignment of either side: what fills each cell, and what had to be left.
  for (const { side, forward, backward, best: own } of solved) {
    if (own !== best) continue
    for (let e = 0; e <= E; e++) {
      const base = e * W
      for (let j = 0; j <= N; j++) {
        const f = forward[base + j]!
        if (f >= INF) continue
        if (j < N && f + unfilledCost(j) + backward[base + j + 1]! === best) {
          readings[j]!.unfilled = true
          tainted.add(rowOf[j] ?? 0)
        }
        if (e === E) continue
        edges(side, e, j, (cost, next, fill, out) => {
          if (f + cost + backward[base + W + next]! !== best) return
          const ev = events[e] as Event
          if (ev.type === 'label' && cost > 0) misplaced.add(ev.row)
          if (out) {
            if (ev.type === 'value') leftOut.add(ev.token)
            taint(j)
          }
          if (!fill) return
          for (let k = j; k < next; k++) {
            const list = readings[k]!.fills
            if (!list.some((x) => x.type === fill.type && x.token === fill.token)) list.push(fill)
          }
        })
      }
    }
  }
  // A label away from its figures means the text's order is not the table's there: that row and its
  // neighbours are not read; where a quarter of the labels are away, no row of the table is.
  const labelledRows = labelled.reduce((n, x) => n + x, 0)
  if (misplaced.size > 0 && misplaced.size * 4 > labelledRows) for (let r = 0; r < rows; r++) tainted.add(r)
  for (const r of misplaced) for (const k of [r - 1, r, r + 1]) if (k >= 0 && k < rows) tainted.add(k)
  return { cells: readings, tainted, leftOut }
}
