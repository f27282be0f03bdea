import type { RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'
import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'

/**
 * A row whose figures start on the line under its label, with figures the alignment left out just before its
 * label (a viewer's reading order): a figure of the row wrapped taller than its label may have set its first piece
 * above it (`17` `17` before `0 0 81 0 0 5 86件`, 1781 and 1786). The row is in doubt for them only where some
 * joining of them to its cells — each to another cell, ahead of its figure or after it, a first piece itself wrapped
 * over two lines (`１` `８`) taken whole too — keeps its total: a piece lost from a part and its total alike keeps the sum. Where none does, those figures are no part of its
 * cells, whoever's they are. More figures there than the row has cells, or a search past its bound, leave the row
 * in doubt.
 */

/** Figures left out before the label weighed at most: a row's cells, one first piece each. */
const MAX_PIECES = 7
/** Joinings tried at most before the row is left in doubt. */
const MAX_STEPS = 20_000

/** A figure's value read from its pieces' texts in the order given; undefined where they are no whole number. */
function joined(texts: readonly string[]): number | undefined {
  const read = readCell(fold(texts.join('')))
  return read.kind === 'number' ? read.value : undefined
}

/** The figures left out between the previous label and the row's, nearest the label first; null past the bound. */
function leftOutBefore(tokens: readonly Token[], events: readonly Event[], leftOut: ReadonlySet<number>, label: number): number[] | null {
  const out: number[] = []
  for (let k = label - 1; k >= 0; k--) {
    const e = events[k] as Event
    if (e.type === 'label') break
    const t = tokens[e.token]
    if (!leftOut.has(e.token) || t?.kind === 'empty' || t?.kind === 'mark') continue
    // Only digits can be a figure's first piece; anything else left out there is no reading we can weigh.
    if (t?.kind !== 'number' && t?.kind !== 'bad') return null
    out.push(e.token)
    if (out.length > MAX_PIECES) return null
  }
  return out
}

/**
 * Whether the figures left out just before the row's label may be first pieces of its cells: true where some
 * joining keeps its total (or there are too many to weigh), false where none is left out or none fits.
 * `figures`: the row's cell tokens in order; `values`: their values as printed (null for a blank).
 */
export function piecesAboveFit(tokens: readonly Token[], events: readonly Event[], leftOut: ReadonlySet<number>, label: number, row: RowModel, figures: readonly number[], values: readonly (number | null)[]): boolean {
  const before = leftOutBefore(tokens, events, leftOut, label)
  if (before === null) return true
  if (before.length === 0) return false
  const totalAt = row.columns.findIndex((c) => c.key === 'total')
  if (totalAt < 0) return true
  // A first piece may itself be wrapped over lines (`１` over `８`, then `47`: 1847): two pieces next to each other
  // in the text are weighed as one too, and a joining takes each piece once.
  const groups: number[][] = before.map((_, k) => [k])
  for (let k = 0; k + 1 < before.length; k++) groups.push([k + 1, k])
  // What each group adds to each cell it may join, ahead of its figure or after it (a joining only adds digits).
  const gains = groups.map((group) => {
    const texts = group.map((k) => tokens[before[k] as number]?.text ?? '')
    const out: [number, number][] = []
    figures.forEach((f, k) => {
      const own = tokens[f]
      const was = values[k]
      if (!own || own.kind !== 'number' || was === null || was === undefined) return
      for (const v of [joined([...texts, own.text]), joined([own.text, ...texts])]) if (v !== undefined && v > was) out.push([k, v - was])
    })
    return out
  })
  // The total grows only by one piece: the parts must grow by exactly as much, each by pieces of their own.
  let steps = 0
  const used = new Set<number>()
  const parts = (from: number, left: number): boolean => {
    if (++steps > MAX_STEPS) return true
    if (left === 0) return true
    for (let i = from; i < gains.length; i++) {
      const group = groups[i] as number[]
      if (group.some((k) => used.has(k))) continue
      for (const [k, gain] of gains[i] ?? []) {
        if (k === totalAt || used.has(-1 - k) || gain > left) continue
        for (const p of group) used.add(p)
        used.add(-1 - k)
        const fits = parts(i + 1, left - gain)
        for (const p of group) used.delete(p)
        used.delete(-1 - k)
        if (fits) return true
      }
    }
    return false
  }
  return gains.some((options, i) =>
    options.some(([k, gain]) => {
      if (k !== totalAt) return false
      const group = groups[i] as number[]
      for (const p of group) used.add(p)
      const fits = parts(0, gain)
      for (const p of group) used.delete(p)
      return fits
    }),
  )
}
