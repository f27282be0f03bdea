import type { Token } from '../tokens/token.ts'
import { movable, type StackPiece, type StackRow } from './stack-cells.ts'
import { swappable } from './stack-swaps.ts'

/**
 * What the placings a run's search completes (column-stacks.ts) agree on, row by row: a row is read where every
 * placing gives it the same values, where no cell's first piece could as well lead another of its cells
 * (movable) nor two cells' pieces read the other way round keep it too (stack-swaps.ts), and where some placing
 * keeps its equations with none set aside (else nothing is evidence of it).
 */

export interface StackReading {
  values: (number | null)[]
  /** Each cell's first piece's token. */
  sources: number[]
  /** The tokens of all its pieces. */
  pieces: number[]
}

export interface Agreement {
  /** Weighs one complete placing: each row's cells and values. */
  record(closed: readonly (readonly (StackPiece[] | null)[])[], vals: readonly (readonly (number | null)[])[]): void
  /** The rows every placing recorded agrees on, by row index. */
  readings(): Map<number, StackReading>
}

/** `whole`: the equations across the run's rows (column-stacks.ts), which a reading of one row changed must keep too. */
export function agreement(tokens: readonly Token[], rows: readonly StackRow[], pieces: readonly StackPiece[], whole: (values: readonly (readonly (number | null)[])[]) => boolean): Agreement {
  const agreed: (StackReading | null | undefined)[] = rows.map(() => undefined)
  const evidenced: boolean[] = rows.map(() => false)
  // Whether a row's cells are movable, by the pieces they hold: placings repeat rows again and again.
  const moves = new Map<string, boolean>()
  const ids = new Map<StackPiece, number>(pieces.map((p, i) => [p, i]))
  // The cells each row was first agreed with: a placing that repeats them has nothing new to say of the row.
  const first: (StackPiece[][] | undefined)[] = rows.map(() => undefined)
  const same = (a: readonly StackPiece[][], b: readonly StackPiece[][]) => a.every((c, k) => c.length === b[k]?.length && c.every((p, i) => p === b[k]?.[i]))
  return {
    record(closed, vals) {
      rows.forEach((row, r) => {
        const values = vals[r] as (number | null)[]
        const seen = agreed[r]
        if (seen === null) return
        if (seen !== undefined && seen.values.some((v, k) => v !== values[k])) return (agreed[r] = null)
        const cells = closed[r] as StackPiece[][]
        const was = first[r]
        if (was && same(cells, was)) return
        if (!row.aside(values)) evidenced[r] = true
        const key = `${r}:${cells.map((c) => c.map((p) => ids.get(p)).join(',')).join('|')}`
        let moved = moves.get(key)
        if (moved === undefined) moves.set(key, (moved = movable(tokens, row, cells, values)))
        // The other way round must keep the run's equations too: it is weighed with this placing's other rows.
        if (moved || swappable(tokens, row, cells, values, (other) => whole(vals.map((v, k) => (k === r ? other : v))))) agreed[r] = null
        else if (!seen) {
          agreed[r] = { values: [...values], sources: cells.map((c) => c[0]?.token ?? -1), pieces: [...new Set(cells.flat().map((p) => p.token))] }
          first[r] = cells.map((c) => c.slice())
        }
      })
    },
    readings() {
      const out = new Map<number, StackReading>()
      agreed.forEach((a, r) => a && evidenced[r] && out.set(r, a))
      return out
    },
  }
}
