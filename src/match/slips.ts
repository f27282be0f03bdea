import { holdsIn, type RowConstraint } from './glued-constraints.ts'
import type { JoinedReading } from './wrapped-cells.ts'
import { blankTotal } from './readings-agreed.ts'

/**
 * A row's pieces joined (wrapped-resolve.ts) are weighed by every equation on its cells whose other cells are
 * known, and by the counts its overview states. Reports slip: 59,136 printed as 本年新收's total where the overview
 * says 本年度共新收政府信息公开申请59140件. Such an equation fails in every reading of the row, so it weighs
 * nothing between them — yet it left the row unread. It is set aside only where it cannot be the joining's fault:
 * the one reading the other equations leave reads each of its cells from one piece, as printed (the slip is the
 * report's, which the checks name), and at least one equation is left to weigh. Else nothing is read. It never
 * changes a number; it only stops a slip beside a wrapped figure from hiding the one joining the row's own
 * arithmetic gives.
 */
export function pastSlips(
  readings: readonly JoinedReading[] | null,
  local: readonly RowConstraint[],
  agreed: (weighing: readonly RowConstraint[]) => JoinedReading | null,
  /** The row's total among its cells (-1 where it has none): printed blank, its equation is silent, not slipped. */
  totalAt = -1,
): JoinedReading | null {
  if (!readings || readings.length === 0) return null
  const evidence = readings.map((x) => x.values.map((v) => v ?? 0))
  const slips = local.filter((c) => evidence.every((e) => !holdsIn(c, e)))
  const weighing = local.filter((c) => !slips.includes(c))
  if (slips.length === 0 || weighing.length === 0) return null
  const one = agreed(weighing)
  // Each cell a slip enters read from one piece: no joining of this row made the figures that break it.
  if (!one || one.pieces.length === 0) return null
  // A total the one reading reads blank says nothing: its equation is set aside whatever pieces its cells joined,
  // and the equations left (down the columns) say which joining (a blank total beside `２３７` over `８７`).
  // A blank among an equation's cells explains its slip too (a report's total may count a figure it printed as a
  // mark: `24277 无 12473 …` under a total of 92,333): a joined cell there stands where an equation left holds it.
  const evidence1 = one.values.map((v) => v ?? 0)
  const held = (k: number) => weighing.some((w) => (w.left.includes(k) || w.right.includes(k)) && holdsIn(w, evidence1))
  return slips.every((c) => {
    const cells = [...c.left, ...c.right]
    const blank = cells.some((k) => one.values[k] === null)
    return blankTotal(c, one.values, totalAt) || cells.every((k) => one.pieces[k]?.length === 1 || (blank && held(k)))
  })
    ? one
    : null
}
