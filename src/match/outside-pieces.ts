import { fold } from '../normalize/fold.ts'
import { isUnit, readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import { holdsIn, type RowConstraint } from './glued-constraints.ts'
import { onLabelLine, outsideBand, type RowBand } from './source-lines.ts'
import { near } from './column-pairs.ts'
import { blankTotal } from './readings-agreed.ts'
import type { RowSpan } from './row-pieces.ts'

/**
 * A row read one figure a cell on its label's lines, with figures no read row holds on the lines around it (a
 * neighbour's wrapped pieces, in a narrow print): any of those may instead be part of one of the row's figures —
 * `26` over `816` in both a part and the total reads 816 as printed and 26816 whole, and both add up. Rather than
 * leave every such row unread, each way of joining those pieces to the row's figures (a stack of up to two pieces
 * above and two below each figure, in the column's drift, read top first or bottom first, each piece used once)
 * is a reading too; the row is read as printed only where none of them keeps every equation that holds it.
 * Joining digits to a figure always makes it larger, so a joining that keeps an equation changes cells on both
 * of its sides: the search goes by the equations' totals first and stops where a side has passed the other.
 */

/** Pieces stacked over (or under) a figure that a reading may join to it: more than this, the row stays unread. */
const DEPTH = 3
/** Steps of the search for a joining that keeps the row's arithmetic: past it, the row stays unread. */
const MAX_STEPS = 20_000

interface Option {
  delta: number
  pieces: number[]
}

function isPiece(t: Token): boolean {
  return t.kind !== 'text' && t.kind !== 'empty'
}

/**
 * The figures no read row holds on the lines within DEPTH + 1 of a row's lines (reached from its label's first
 * piece, linear in those lines), by line; `own`: the row's figures, `rowLines`: its label's lines.
 */
export function piecesByLine(
  tokens: readonly Token[],
  first: number,
  rowLines: ReadonlySet<number>,
  own: ReadonlySet<number>,
  settled: ReadonlySet<number>,
  labelInput: ReadonlySet<number>,
  cells: number,
  band: RowBand | null = null,
): Map<number, number[]> {
  const lines = [...rowLines]
  const last = Math.max(...lines)
  const top = Math.min(...lines) - DEPTH - 1
  const bottom = Math.max(...lines) + DEPTH + 1
  const out = new Map<number, number[]>()
  const figures = new Map<number, number>()
  const onLabels: number[] = []
  const seen = new Set<number>()
  const unitLines = new Set<number>()
  const look = (i: number) => {
    const t = tokens[i] as Token
    // A unit alone (`件`) is a wrapped figure's rest: its line is no label's alone.
    if (t.kind === 'text' && !isUnit(t.folded)) seen.add(t.line)
    else if (!isPiece(t) || isUnit(t.folded)) unitLines.add(t.line)
    if (isPiece(t)) figures.set(t.line, (figures.get(t.line) ?? 0) + 1)
    if (!isPiece(t) || own.has(i) || settled.has(i) || rowLines.has(t.line) || outsideBand(t, band)) return
    // A figure printed on the line of another row's label stands in that row's cells: table rows do not overlap.
    if (onLabelLine(t, labelInput, t.line > last)) onLabels.push(i)
    const list = out.get(t.line)
    if (list) list.push(i)
    else out.set(t.line, [i])
  }
  for (let i = first - 1; i >= 0 && (tokens[i]?.line ?? -1) >= top; i--) look(i)
  for (let i = first + 1; i < tokens.length && (tokens[i]?.line ?? Infinity) <= bottom; i++) look(i)
  // But only where that line holds that row's figures: on a line below this row's of fewer than half a row's cells,
  // pieces alone (a wrapped cell's rest fallen on the next row's first label line), it may be this row's (row-pieces.ts).
  const fallen = new Set<number>()
  for (const i of onLabels) {
    const line = tokens[i]?.line ?? -1
    if (tokens[i]?.col !== undefined && line > last && 2 * (figures.get(line) ?? 0) < cells) {
      fallen.add(line)
      continue
    }
    const list = out.get(line) ?? []
    list.splice(list.indexOf(i), 1)
    if (list.length === 0) out.delete(line)
  }
  // Such a rest may stand past the row's last label line, which holds no piece of it (stacks): `１６８` / `益` / `７１`.
  for (const line of rowLines) if (fallen.has(line + 1)) out.set(line, [])
  // And a line of label text alone between a cell and its piece above or below (`1` / `供` / `2，28`: 12,288): the
  // viewer set the label's wrapped line between the lines of the cell, which holds no piece of it.
  for (const line of seen) if (!figures.has(line) && !unitLines.has(line) && !rowLines.has(line) && !out.has(line)) out.set(line, [])
  return out
}

/** A thousands separator: a figure wrapped there was cut at it. */
const CUT = /[,，]/

/** A piece a stack holds: a token, or the part of one next to the stack that the text joined from two lines. */
interface Piece {
  token: number
  text: string
}

/**
 * The stacks of pieces going away from `from` line by line (step -1 up, +1 down; the first below may stand past
 * a line of the row's label that `byLine` gives as empty), each in the drift of the one before; null where one would hold more than DEPTH pieces, or meets a figure cut at its separator. A figure the text joined from pieces of two lines (`56` over
 * `18` read 5618) may hold a piece of this row's next to it: each part of it on that side is a piece too (ending
 * the stack: the rest of it is its own), and so is the whole.
 */
function stacks(tokens: readonly Token[], byLine: ReadonlyMap<number, number[]>, from: Token, step: number, cutStops: boolean): Piece[][] | null {
  const out: Piece[][] = []
  const grow = (stack: Piece[], last: Token, line: number, passed = 0): boolean => {
    // A cell's rest may stand a line under it, past a line of label text alone (`１６８` / `益` / `７１`: 16871), and
    // its first piece a line over it likewise (`1` / `供` / `2，28`).
    if (stack.length === 0 && line === from.line + step && byLine.get(line)?.length === 0) line += step
    const here = byLine.get(line) ?? []
    // Two columns' wrapped cells whose lines' baselines differ are set on alternate lines (`1` / `1` / `5` / `5` over
    // `742 … 742`: 15742 twice): a stack may pass a line of pieces, as its neighbour's, up to DEPTH of them.
    if (here.length > 0 && passed < DEPTH && !grow(stack, last, line + step, passed + 1)) return false
    for (const p of here) {
      const t = tokens[p] as Token
      if (!near(t, last)) continue
      // A figure cut at its separator, alone (`28，`) or joined back by the text (`96，` over `032`): beside it, no
      // row is read for certain, as the alignment holds (a viewer's order may have moved the rows' figures there).
      if (cutStops && (t.kind === 'bad' || (joinedApart(t) && CUT.test(t.text)))) return false
      const next = [...stack, { token: p, text: t.text }]
      if (next.length > DEPTH) return false
      out.push(next)
      if (joinedApart(t)) {
        const chars = [...t.text]
        for (let k = 1; k < chars.length; k++) out.push([...stack, { token: p, text: (step < 0 ? chars.slice(k) : chars.slice(0, k)).join('') }])
      }
      if (!grow(next, t, line + step, passed)) return false
    }
    return true
  }
  return grow([], from, from.line + step) ? out : null
}

/** A figure the text joined from pieces of two lines (extract/wrapped-figures.ts): its offsets span both. */
export function joinedApart(t: Token): boolean {
  return t.start >= 0 && t.end - t.start > t.text.length
}

/** A figure's value from pieces read in the order given; undefined where the text is no whole number. */
function joined(texts: readonly string[]): number | undefined {
  const read = readCell(fold(texts.join('')))
  return read.kind === 'number' ? read.value : undefined
}

/** Every joining of stacked pieces to a cell read from `group` (its pieces in reading order, value `value`), with how much each adds. */
function optionsOf(tokens: readonly Token[], byLine: ReadonlyMap<number, number[]>, group: readonly number[], value: number, cutStops: boolean): Option[] | null {
  const ts = group.map((p) => tokens[p] as Token)
  if (ts.some((t) => t.kind === 'mark')) return []
  // The cell's extent: its pieces' columns, from its top line to its bottom one.
  const lines = ts.map((t) => t.line)
  const extent = { col: Math.min(...ts.map((t) => t.col ?? 0)), colEnd: Math.max(...ts.map((t) => t.colEnd ?? 0)) }
  const ups = stacks(tokens, byLine, { ...extent, line: Math.min(...lines) } as Token, -1, cutStops)
  const downs = stacks(tokens, byLine, { ...extent, line: Math.max(...lines) } as Token, 1, cutStops)
  if (!ups || !downs) return null
  const out: Option[] = []
  const own = group.map((p) => ({ token: p, text: tokens[p]?.text ?? '' }))
  // A cell joined from pieces is offered either way round too: with more pieces, its order is one more reading.
  const owns = own.length > 1 ? [own, [...own].reverse()] : [own]
  for (const up of [[], ...ups]) {
    for (const down of [[], ...downs]) {
      if (up.length + down.length === 0) continue
      if ([...up, ...down].some((x) => tokens[x.token]?.kind === 'mark')) continue
      for (const mine of owns) {
        const topFirst = [...[...up].reverse(), ...mine, ...down]
        for (const order of [topFirst, [...topFirst].reverse()]) {
          const v = joined(order.map((x) => x.text))
          if (v !== undefined && v !== value) out.push({ delta: v - value, pieces: [...up, ...down].map((x) => x.token) })
        }
      }
    }
  }
  return out
}

/**
 * Whether some joining of the pieces around a row read as `values` (cell k from the pieces `groups[k]`) keeps every
 * constraint in `local` (each holding in `values`): true also where the pieces stack too deep or the search runs
 * long, so that the row is then not read.
 */
export function outsideFits(tokens: readonly Token[], byLine: ReadonlyMap<number, number[]>, values: readonly (number | null)[], groups: readonly (readonly number[])[], constraints: readonly RowConstraint[], totalAt = -1, cutStops = true): boolean {
  const n = values.length
  // A total printed blank says nothing (a part printed blank counts as nothing): its equation cannot refuse a joining.
  const local = constraints.filter((c) => !blankTotal(c, values, totalAt))
  const options: Option[][] = []
  for (let k = 0; k < n; k++) {
    const v = values[k]
    const group = groups[k] ?? []
    if (v === null || v === undefined || group.length === 0) options.push([])
    else {
      const list = optionsOf(tokens, byLine, group, v, cutStops)
      if (!list) return true
      options.push(list)
    }
  }
  // A cell no constraint holds: nothing could tell a piece joined to it, so the row is in doubt wherever one may be.
  const held = new Set(local.flatMap((c) => [...c.left, ...c.right]))
  for (let k = 0; k < n; k++) if (!held.has(k) && (options[k]?.length ?? 0) > 0) return true
  // Totals first (the cells alone on their side of an equation): their joinings set the sums the parts must reach.
  const side = (k: number) => Math.min(...local.map((c) => (c.left.includes(k) ? c.left.length : c.right.includes(k) ? c.right.length : Infinity)))
  const order = [...held].sort((a, b) => side(a) - side(b) || a - b)
  const delta = new Array<number>(n).fill(0)
  const used = new Set<number>()
  let steps = 0
  // The cells still to be joined at each depth of the search.
  const openAt = order.map((_, d) => new Set(order.slice(d))).concat([new Set()])
  const search = (d: number, any: boolean): boolean => {
    if (++steps > MAX_STEPS) return true
    const open = openAt[d] as Set<number>
    for (const c of local) {
      let left = 0
      let right = 0
      for (const k of c.left) left += delta[k] as number
      for (const k of c.right) right += delta[k] as number
      // Joining only adds: a side with no cell left to grow cannot catch up with the other.
      if (left > right && !c.right.some((k) => open.has(k))) return false
      if (right > left && !c.left.some((k) => open.has(k))) return false
    }
    if (d === order.length) return any && local.every((c) => holdsIn(c, values.map((v, k) => (v ?? 0) + (delta[k] as number))))
    const k = order[d] as number
    if (search(d + 1, any)) return true
    for (const o of options[k] ?? []) {
      if (o.pieces.some((p) => used.has(p))) continue
      for (const p of o.pieces) used.add(p)
      delta[k] = o.delta
      const found = search(d + 1, true)
      delta[k] = 0
      for (const p of o.pieces) used.delete(p)
      if (found) return true
    }
    return false
  }
  return search(0, false)
}

/**
 * A row the alignment read one figure a cell on its label's lines (`read`: its cells' values, `from`: the token each
 * came from), keeping its arithmetic (`local`), where no joining of the pieces around it to its figures keeps that
 * arithmetic too: those pieces are no part of its figures (`件 1，718 26721 97,610` over `０ 1 0件 1 8 2 12`).
 * `label`: its label's first token; `total`: its total's index among its cells (-1 for none).
 */
export function apartFromPieces(tokens: readonly Token[], label: number, span: RowSpan, read: readonly unknown[], from: readonly number[], local: readonly RowConstraint[], total: number, settled: ReadonlySet<number>, labelsPrinted: ReadonlySet<number>): boolean {
  if (span.wrapped || span.pieces.length !== read.length || span.pieces.some((p) => joinedApart(tokens[p] as Token))) return false
  const groups = read.map((v, k) => (typeof v === 'number' ? [from[k] ?? -1] : []))
  if (read.some((v) => v !== null && typeof v !== 'number') || groups.some((g) => g.some((p) => !span.pieces.includes(p)))) return false
  const evidence = read.map((v) => (typeof v === 'number' ? v : 0))
  if (local.length === 0 || !local.every((c) => holdsIn(c, evidence))) return false
  const around = piecesByLine(tokens, label, span.labelLines, new Set(span.pieces), settled, labelsPrinted, read.length, span.band)
  return !outsideFits(tokens, around, read as (number | null)[], groups, local, total)
}
