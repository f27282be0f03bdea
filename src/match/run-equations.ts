import type { Constraint, RowConstraint } from './glued-constraints.ts'

/**
 * How a run of narrow rows (stack-runs.ts) weighs a row's equations while its cells are placed: a blank is no
 * figure, and an equation naming one that breaks with it as nothing is set aside, not failed.
 */

/** Whether a row's equation names a cell the reading leaves blank. */
export function namesBlank(c: RowConstraint, vs: readonly (number | null | undefined)[]): boolean {
  return c.left.some((k) => vs[k] === null) || c.right.some((k) => vs[k] === null)
}

/** Whether a row's equation may still hold with the cells not yet read (undefined), none of them negative. */
export function mayHold(c: RowConstraint, vs: readonly (number | null | undefined)[]): boolean {
  if (namesBlank(c, vs)) return true
  let left = 0
  let right = c.value
  let openLeft = false
  let openRight = false
  for (const k of c.left) {
    const v = vs[k]
    if (v === undefined) openLeft = true
    else left += v ?? 0
  }
  for (const k of c.right) {
    const v = vs[k]
    if (v === undefined) openRight = true
    else right += v ?? 0
  }
  return !((!openLeft && right > left + 1e-9) || (!openRight && left > right + 1e-9))
}

/** An equation across a run's rows: its run cells (row, column, sign) and the known cells outside the run, summed. */
export interface AcrossRun {
  terms: [number, number, number][]
  rest: number
}

/**
 * The equations across a run's rows as the search weighs them, compiled once (it weighs every placing it completes).
 * `where`: each run cell's row and column by path; `known`: the values read elsewhere. One naming a cell outside the
 * run not read as a figure says nothing, and is left out.
 */
export function acrossRun(constraints: readonly Constraint[], where: ReadonlyMap<string, [number, number]>, known: ReadonlyMap<string, number | string | null>): AcrossRun[] {
  const out: AcrossRun[] = []
  for (const c of constraints) {
    const terms: [number, number, number][] = []
    let rest = -c.value
    let whole = true
    for (const [side, sign] of [[c.left, 1], [c.right, -1]] as const) {
      for (const p of side) {
        const at = where.get(p)
        const v = known.get(p)
        if (at) terms.push([at[0], at[1], sign])
        else if (typeof v === 'number') rest += sign * v
        else whole = false
      }
    }
    if (whole) out.push({ terms, rest })
  }
  return out
}

/**
 * Whether a placing keeps an equation across its rows. One naming a blank in the run is set aside (as a row's: a
 * blank is no figure, and the report's total may count one it left out), and so is one naming a row `aside` (its
 * printed slip: run-bands.ts).
 */
export function holdsAcross(e: AcrossRun, placing: readonly (readonly (number | null)[])[], aside: readonly boolean[]): boolean {
  let sum = e.rest
  for (const [k, j, sign] of e.terms) {
    const v = placing[k]?.[j]
    if (v === null || v === undefined || aside[k]) return true
    sum += sign * v
  }
  return Math.abs(sum) < 1e-9
}
