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
  const byPath = columnEquations(equations, rowOf)
  // A sum cannot tell 0 from a blank: in a row holding a blank, its zeros are not held (a blank may be one of them).
  const blank = paths.some((p) => read.get(p) === null)
  return paths.filter((cell) =>
    !(blank && read.get(cell) === 0) &&
    // The column's other cells: none of this row's (a column equation holds one cell of each row).
    (byPath.get(cell) ?? []).some((eq) => ![...eq.left, ...eq.right].some((p) => p !== cell && paths.includes(p)) && holdsKnown(eq, known)),
  )
}

/** Whether an equation holds with every one of its cells known (`value`: null where unknown). */
export function holdsKnown(eq: Equation, value: (path: string) => number | null): boolean {
  let sum = 0
  for (const [side, sign] of [[eq.left, 1], [eq.right, -1]] as const) {
    for (const p of side) {
      const v = value(p)
      if (v === null) return false
      sum += sign * v
    }
  }
  return sum === 0
}

/** Each version's column equations by cell, with those two of them give once a total is put for its parts. */
const byVersion = new WeakMap<readonly Equation[], Map<string, Equation[]>>()

/**
 * The equations down the columns, by the cells they hold — and, for each column total (`三(七)` = Σ its parts), every
 * other such equation with that total replaced by its parts (the balance 一 + 二 = Σ 三(一)…(六) + 四): a cell is then
 * held where its column's total is unread too. Both follow from the report's own arithmetic; where the report
 * slipped in either, the one derived from them breaks, and holds nothing.
 */
export function columnEquations(equations: readonly Equation[], rowOf: (eq: Equation) => string | null): Map<string, Equation[]> {
  const made = byVersion.get(equations)
  if (made) return made
  const columns = equations.filter((eq) => rowOf(eq) === null)
  const all = [...columns]
  for (const total of columns) {
    const [x] = total.left
    if (total.left.length !== 1 || x === undefined) continue
    const put = (side: readonly string[]) => side.flatMap((p) => (p === x ? total.right : [p]))
    for (const eq of columns) if (eq !== total && (eq.left.includes(x) || eq.right.includes(x))) all.push({ ...eq, id: `${eq.id}+${total.id}`, left: put(eq.left), right: put(eq.right) })
  }
  const byPath = new Map<string, Equation[]>()
  for (const eq of all) for (const p of new Set([...eq.left, ...eq.right])) byPath.set(p, [...(byPath.get(p) ?? []), eq])
  byVersion.set(equations, byPath)
  return byPath
}
