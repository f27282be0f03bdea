import { isUnit } from '../normalize/numbers.ts'
import { holdsWords, type Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'
import type { JoinedReading } from './wrapped-cells.ts'

/**
 * Without columns (a viewer's reading order), a table whose labels stand out of place among its figures is read
 * with no order trusted (the alignment's doubt): a row is then read only where its own text closes it in. Its label
 * whole, then one line holding exactly its cells' figures, then — before any other figure — another row's label or
 * the table's end; and behind its label, words only back to a row's label, or back to a row whose own figures are
 * one line of exactly its cells. A cell wrapped over lines sets its other lines beside the row's (above or below
 * it, a line of their own): here there is none, so each figure is a cell whole, and no other row's piece stands
 * among them. The row is read only where its equations hold, as evidence that the line is its own.
 */

/** A unit alone (`件` wrapped off its figure onto a line of its own): no figure's piece, no words. */
function unitAlone(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'text' && isUnit(t.folded)
}

/** Tokens a cell's figure is read from: a number, or a blank written out. */
function isCellFigure(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || t.kind === 'mark')
}

/**
 * The row's reading where its text closes it in (above); null otherwise. `labels` maps each label token of the
 * table to its row; `cells` gives a row's count of cells; `from`/`to` bound the table's tokens.
 */
export function isolatedRow(
  tokens: readonly Token[],
  events: readonly Event[],
  first: number,
  cells: (row: number) => number,
  labels: ReadonlyMap<number, number>,
  bounds: { from: number; to: number },
): JoinedReading | null {
  const start = events[first]
  if (start?.type !== 'label') return null
  const row = start.row
  // The label whole: its pieces one after another, words only between them.
  let last = start.token
  for (let k = first + 1; k < events.length; k++) {
    const e = events[k] as Event
    if (e.type !== 'label') break
    if (e.row !== row) break
    last = e.token
  }
  for (let i = start.token; i <= last; i++) if (!holdsWords(tokens[i]) && labels.get(i) !== row) return null
  const n = cells(row)
  const pieces: number[] = []
  for (let i = last + 1; i < bounds.to && pieces.length < n; i++) {
    if (unitAlone(tokens[i])) continue
    if (!isCellFigure(tokens[i])) return null
    pieces.push(i)
  }
  if (pieces.length !== n) return null
  const line = tokens[pieces[0] as number]?.line
  if (pieces.some((p) => tokens[p]?.line !== line)) return null
  if (!closedAfter(tokens, pieces[pieces.length - 1] as number, row, labels, bounds.to)) return null
  if (!closedBefore(tokens, start.token, cells, labels, bounds.from)) return null
  return {
    values: pieces.map((p) => (tokens[p]?.kind === 'number' ? (tokens[p]?.value ?? null) : null)),
    sources: pieces,
    pieces: pieces.map((p) => [p]),
  }
}

/**
 * After the row's figures, words only up to another row's label or the table's end. The row's own label's rest
 * (`卷`, set after the figures) is words, and pieces after it are still the row's neighbourhood.
 */
function closedAfter(tokens: readonly Token[], at: number, row: number, labels: ReadonlyMap<number, number>, to: number): boolean {
  for (let i = at + 1; i < to; i++) {
    const owner = labels.get(i)
    if (owner !== undefined && owner !== row) return true
    if (!holdsWords(tokens[i]) && !unitAlone(tokens[i])) return false
  }
  // The table's end: what follows is words (the next heading), not a figure's rest.
  return holdsWords(tokens[to]) || to >= tokens.length
}

/**
 * Before the row's label, words only back to a row's label or the table's start — or back to figures that are
 * exactly the row above's cells, one line, after its label and words only.
 */
function closedBefore(tokens: readonly Token[], at: number, cells: (row: number) => number, labels: ReadonlyMap<number, number>, from: number): boolean {
  let i = at - 1
  for (; i >= from; i--) {
    if (labels.has(i)) return true
    if (!holdsWords(tokens[i]) && !unitAlone(tokens[i])) break
  }
  if (i < from) return true
  // Figures behind the label: all of them, back to the row label before them, must be that row's one line.
  const figures: number[] = []
  for (; i >= from; i--) {
    const t = tokens[i]
    const owner = labels.get(i)
    if (owner !== undefined) return figures.length === cells(owner) && figures.every((f) => tokens[f]?.line === tokens[figures[0] as number]?.line)
    if (isCellFigure(t)) figures.push(i)
    else if (!holdsWords(t) && !unitAlone(t)) return false
  }
  return false
}
