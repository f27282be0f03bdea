import type { RowConstraint } from './glued-constraints.ts'

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
