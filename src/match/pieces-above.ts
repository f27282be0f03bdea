import type { RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { Event } from './align-values.ts'
import { beforeFits } from './loose-before.ts'
import type { RowConstraint } from './glued-constraints.ts'

/**
 * A row whose figures start on the line under its label, with figures the alignment left out just before its
 * label (a viewer's reading order): a figure of the row wrapped taller than its label may have set its first piece
 * above it (`17` `17` before `0 0 81 0 0 5 86件`, 1781 and 1786). The row is in doubt for them only where some
 * joining of them to its cells — each to another cell, ahead of its figure or after it — keeps its total too: a
 * piece lost from a part and its total alike keeps the sum. Where none does, those figures are no part of its
 * cells, whoever's they are. More figures there than loose-before.ts weighs leave the row in doubt.
 */

/** Figures left out before the label weighed at most (loose-before.ts joins its three nearest). */
const MAX_PIECES = 3

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
  const total: RowConstraint = { left: row.columns.flatMap((_, k) => (k === totalAt ? [] : [k])), right: [totalAt], value: 0 }
  return beforeFits(tokens, before, figures, values, [total])
}
