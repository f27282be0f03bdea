import type { Equation } from '../model/equations.ts'
import type { CellValues } from './glued.ts'

/**
 * The cells of a row in doubt (`paths`, read as `read`) that an equation down their column holds (a column's total,
 * the balance: SPEC §3.5), its every other cell known and it holding with the figure read: each such figure is the
 * one its column demands, whatever order the text set the row's figures in or whichever row they were taken from,
 * and a broken equation of the row is the report's slip (the checks name it). A cell is never held by its row's own
 * total, nor by a row in doubt (the callers set those aside first: none vouches for another). `rowOf`: the row an
 * equation is a row total of, else null.
 */
export function pinnedByColumns(
  paths: readonly string[],
  read: ReadonlyMap<string, unknown>,
  values: CellValues,
  equations: readonly Equation[],
  blanks: ReadonlySet<string>,
  rowOf: (eq: Equation) => string | null,
): string[] {
  const known = (p: string): number | null => {
    const v = paths.includes(p) ? read.get(p) : values.get(p)
    return typeof v === 'number' ? v : v === null && blanks.has(p) ? 0 : null
  }
  return paths.filter((cell) =>
    equations.some((eq) => {
      if (rowOf(eq) !== null || (!eq.left.includes(cell) && !eq.right.includes(cell))) return false
      // The column's other cells: none of this row's (a column equation holds one cell of each row).
      if ([...eq.left, ...eq.right].some((p) => p !== cell && paths.includes(p))) return false
      let sum = 0
      for (const [side, sign] of [[eq.left, 1], [eq.right, -1]] as const) {
        for (const p of side) {
          const v = known(p)
          if (v === null) return false
          sum += sign * v
        }
      }
      return sum === 0
    }),
  )
}
