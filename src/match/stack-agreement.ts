import type { Token } from '../tokens/token.ts'
import { movedReadings, type StackPiece, type StackRow } from './stack-cells.ts'
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
  /** Each cell's pieces, top first, in the first placing agreed (run-edges.ts weighs them). */
  cells: StackPiece[][]
}

export interface Agreement {
  /** Weighs one complete placing: each row's cells and values. */
  record(closed: readonly (readonly (StackPiece[] | null)[])[], vals: readonly (readonly (number | null)[])[]): void
  /** The rows every placing recorded agrees on, by row index. */
  readings(): Map<number, StackReading>
}

/**
 * Whether an equation across the run, naming row r's cell j and only figures (no blank, no row's slip set aside),
 * holds in a placing (stack-runs.ts).
 */
export type Confirms = (r: number, j: number, placing: readonly (readonly (number | null)[])[]) => boolean

/**
 * `whole`: the equations across the run's rows (column-stacks.ts), which a reading of one row changed must keep too.
 * `confirms`: evidence for a row whose own equations are set aside (a blank the report's total counted): every cell
 * of it joined from pieces is held by an equation across the run, as a column's total holds a cell.
 */
export function agreement(tokens: readonly Token[], rows: readonly StackRow[], pieces: readonly StackPiece[], whole: (values: readonly (readonly (number | null)[])[]) => boolean, confirms: Confirms = () => false): Agreement {
  const agreed: (StackReading | null | undefined)[] = rows.map(() => undefined)
  const evidenced: boolean[] = rows.map(() => false)
  // Whether a row's cells are movable, by the pieces they hold: placings repeat rows again and again.
  const moves = new Map<string, (number | null)[][]>()
  const ids = new Map<StackPiece, number>(pieces.map((p, i) => [p, i]))
  // The cells each row was first agreed with: a placing that repeats them has nothing new to say of the row.
  const first: (StackPiece[][] | undefined)[] = rows.map(() => undefined)
  const same = (a: readonly StackPiece[][], b: readonly StackPiece[][]) => a.every((c, k) => c.length === b[k]?.length && c.every((p, i) => p === b[k]?.[i]))
  // A row set aside is evidenced where each of its cells joined from pieces, and one cell at least, is held across.
  const heldAcross = (r: number, cells: readonly StackPiece[][], values: readonly (number | null)[], vals: readonly (readonly (number | null)[])[]) => {
    let held = false
    for (let j = 0; j < cells.length; j++) {
      if (values[j] === null) continue
      const ok = confirms(r, j, vals)
      if (!ok && (cells[j]?.length ?? 0) > 1) return false
      held ||= ok
    }
    return held
  }
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
        if (!row.aside(values) || heldAcross(r, cells, values, vals)) evidenced[r] = true
        const key = `${r}:${cells.map((c) => c.map((p) => ids.get(p)).join(',')).join('|')}`
        let moved = moves.get(key)
        if (moved === undefined) moves.set(key, (moved = movedReadings(tokens, row, cells, values)))
        // The other way round must keep the run's equations too: it is weighed with this placing's other rows.
        const run = (other: readonly (number | null)[]) => whole(vals.map((v, k) => (k === r ? other : v)))
        if (moved.some(run) || swappable(tokens, row, cells, values, run)) agreed[r] = null
        else if (!seen) {
          first[r] = cells.map((c) => c.slice())
          agreed[r] = { values: [...values], sources: cells.map((c) => c[0]?.token ?? -1), pieces: [...new Set(cells.flat().map((p) => p.token))], cells: first[r] }
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
