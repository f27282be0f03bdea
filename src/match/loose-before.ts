import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import { holdsIn, type RowConstraint } from './glued-constraints.ts'

/**
 * Without columns (a viewer's raw order), figures no read row holds just before a row's label may be first parts
 * of its own figures, set ahead of it (`14 14` before `1．属于国家秘密` … `33` `33`: 1433 twice), or the row above's
 * left unread. The row is read as printed only where its figures are its cells one each, they keep its arithmetic,
 * and no joining of the figures nearest its label to its cells keeps it too: then those figures are no part of
 * its cells, whoever's they are. A sum cannot see a piece lost from a part and its total alike (`14` `14`: 33 and
 * 33 hold as 1433 and 1433 do) — that joining keeps the arithmetic, so the row stays unread.
 */

/** The figures before the label weighed as pieces of the row's cells: a cell may have lost up to this many. */
const NEAREST = 3

/** A figure's value read from two pieces in the order given; undefined where the text is no whole number. */
function joined(first: Token, second: Token): number | undefined {
  const read = readCell(fold(first.text + second.text))
  return read.kind === 'number' ? read.value : undefined
}

/**
 * Whether some joining of the figures in `before` (nearest the label first) to the row's cells — each to a
 * different cell, ahead of its figure or after it — keeps every equation of `local`. `cells`: each cell's one
 * token (-1 for none) and its value as printed (null for a blank). Bounded: at most 3 figures, 7 cells, 2 sides.
 */
export function beforeFits(tokens: readonly Token[], before: readonly number[], cells: readonly number[], values: readonly (number | null)[], local: readonly RowConstraint[]): boolean {
  const near = before.slice(0, NEAREST).map((i) => tokens[i] as Token).filter((t) => t.kind === 'number' || t.kind === 'bad')
  // Each figure's joinings: the cell it would join and the value the cell would then hold.
  const options = near.map((piece) => {
    const out: [number, number][] = []
    cells.forEach((c, k) => {
      const own = tokens[c]
      if (!own || own.kind !== 'number') return
      for (const v of [joined(piece, own), joined(own, piece)]) if (v !== undefined && v !== values[k]) out.push([k, v])
    })
    return out
  })
  const evidence = values.map((v) => v ?? 0)
  const used = new Set<number>()
  // Every nonempty choice of figures, each joined to a different cell (at most 3 deep, each level ≤ 14 options).
  const tryFrom = (f: number, changed: boolean): boolean => {
    if (f === options.length) return changed && local.every((c) => holdsIn(c, evidence))
    if (tryFrom(f + 1, changed)) return true
    for (const [k, v] of options[f] ?? []) {
      if (used.has(k)) continue
      const was = evidence[k] as number
      used.add(k)
      evidence[k] = v
      const fits = tryFrom(f + 1, true)
      evidence[k] = was
      used.delete(k)
      if (fits) return true
    }
    return false
  }
  return tryFrom(0, false)
}
