import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'

/**
 * A figure wrapped in its cell inside a page's column blocks (column-blocks.ts): pdftotext's reading order prints
 * its first digits ending one line and the rest beginning the next (`２３０` over `６` for 2306), as text without
 * columns does. In a block of one figure a line, two cells look the same; only the count tells. Where a page's
 * blocks hold one figure more than its rows' cells, each such pair is tried as one cell, and a row is put back
 * only where every joining and every cut that keeps the rows' totals gives it the same figures.
 */

/** Pairings tried at most (each is one more cutting of the blocks, bounded by its own steps). */
export const MAX_WRAPS = 48

/** Wrapped figures among a page's blocks at most: each one more figure than the rows' cells. */
export const WRAPS_AT_MOST = 2

const FIRST = /^[1-9]\d*$/
const REST = /^\d+件?$/
/** Digits led by a zero (`０５`): no cell's figure, only a rest (a cell's figure never begins with one). */
const LED = /^0\d+件?$/

/** A piece no cell holds alone: it is read only joined to the figure ending the line above. */
export function isRestOnly(t: Token | undefined): boolean {
  return (t?.kind === 'run' || t?.kind === 'bad' || t?.kind === 'number') && LED.test(t.folded)
}

/** Consecutive figures (their event indexes, in reading order) where the first ends its line and the rest begins the next. */
export function wrapPairs(tokens: readonly Token[], events: readonly Event[], figures: readonly number[]): [number, number][] {
  const out: [number, number][] = []
  for (let q = 0; q + 1 < figures.length; q++) {
    const a = events[figures[q] as number]
    const b = events[figures[q + 1] as number]
    const first = a && tokens[a.token]
    const rest = b && tokens[b.token]
    if (!a || !b || !first || !rest || first.kind !== 'number' || (rest.kind !== 'number' && !isRestOnly(rest))) continue
    // A first part carries no unit and no separator, and is no zero (a cell's figure never begins with one).
    if (!FIRST.test(first.folded) || !REST.test(rest.folded) || rest.line !== first.line + 1) continue
    if (tokens[a.token + 1]?.line === first.line || tokens[b.token - 1]?.line === rest.line) continue
    out.push([figures[q] as number, figures[q + 1] as number])
  }
  return out
}

/**
 * The tokens with the pair's first part read as the figure it makes with its rest (digits joined, the rest's unit
 * kept): a view over the tokens that differs in that one token, not a copy of them.
 */
export function joinedView(tokens: readonly Token[], first: number, rest: number): readonly Token[] {
  const a = tokens[first] as Token
  const b = tokens[rest] as Token
  const digits = a.folded + b.folded.replace(/件$/, '')
  const view = Object.create(tokens) as Token[]
  view[first] = { ...a, text: a.text + b.text, folded: a.folded + b.folded, value: Number(digits), unit: b.unit }
  return view
}

/**
 * Every way of reading `count` of the pairs as wrapped cells, no figure in two of them (a first part and its rest are
 * two lines' ends: `１６` / `０２` / `５` is one cell's pieces or another's, never both); null past MAX_WRAPS pairings.
 */
export function wrapSets(pairs: readonly [number, number][], count: number): [number, number][][] | null {
  const out: [number, number][][] = []
  const chosen: [number, number][] = []
  const pick = (from: number): boolean => {
    if (chosen.length === count) {
      out.push([...chosen])
      return out.length <= MAX_WRAPS
    }
    for (let i = from; i < pairs.length; i++) {
      const pair = pairs[i] as [number, number]
      if (chosen.some(([a, b]) => a === pair[0] || a === pair[1] || b === pair[0] || b === pair[1])) continue
      chosen.push(pair)
      const on = pick(i + 1)
      chosen.pop()
      if (!on) return false
    }
    return true
  }
  return pick(0) ? out : null
}
