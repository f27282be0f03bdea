import type { CellValues } from './glued.ts'
import { holdsIn, type RowConstraint } from './glued-constraints.ts'
import type { JoinedReading } from './wrapped-cells.ts'

/**
 * The readings of a row's pieces weighed by its arithmetic (wrapped-resolve.ts): which fit, what a search may drop
 * early, and the one reading they agree on — never one whose cells' order the text leaves in doubt.
 */

/** Whether a reading fits: every cell the alignment read keeps its figure, and every equation holds in it. */
export function fits(reading: JoinedReading, paths: readonly string[], known: CellValues, local: readonly RowConstraint[]): boolean {
  // A cell the alignment read keeps its figure: a joining that disagrees with it is no reading.
  if (paths.some((p, k) => typeof known.get(p) === 'number' && known.get(p) !== reading.values[k])) return false
  const evidence = reading.values.map((v) => v ?? 0)
  // A doubted reading fits where only a blank total's equation refuses it (silentTotals).
  const totalAt = reading.doubted ? totalOf(paths) : -1
  return local.every((c) => holdsIn(c, evidence) || blankTotal(c, reading.values, totalAt))
}

/**
 * The readings with those that fit only because a blank total is counted as 0 doubted: a total printed blank says
 * nothing, so such a reading may be the text's — but the readings listed are not every way a viewer sets pieces,
 * and an equation that says nothing confirms none, so it is never read on its own; it only stops another.
 */
export function silentTotals(readings: readonly JoinedReading[] | null, paths: readonly string[], known: CellValues, local: readonly RowConstraint[]): JoinedReading[] | null {
  return readings && readings.map((x) => (x.doubted || fits(x, paths, known, local) || !fits({ ...x, doubted: true }, paths, known, local) ? x : { ...x, doubted: true }))
}

/**
 * Whether an equation's lone cell on one side (a total) is printed blank in the reading: a part printed blank counts
 * as nothing, but a total printed blank says nothing, and its equation can refuse no reading.
 */
export function blankTotal(c: RowConstraint, values: readonly (number | null | undefined)[], totalAt: number): boolean {
  return totalAt >= 0 && values[totalAt] === null && ((c.left.length === 1 && c.left[0] === totalAt) || (c.right.length === 1 && c.right[0] === totalAt))
}

/** The index of a row's total among its paths (-1 where it has none). */
export const totalOf = (paths: readonly string[]) => paths.findIndex((p) => p.endsWith('.total'))

/**
 * What `fits` asks of one cell alone: the figure the alignment read there, and the equations on it alone (a total
 * whose parts are all known). A reading failing either is no reading, so a search may drop it early.
 */
export function cellFits(paths: readonly string[], known: CellValues, local: readonly RowConstraint[]): (k: number, value: number | null) => boolean {
  const alone = local.filter((c) => c.left.length + c.right.length === 1)
  return (k, value) => {
    const read = known.get(paths[k] as string)
    if (typeof read === 'number' && read !== value) return false
    const reading: number[] = []
    reading[k] = value ?? 0
    return alone.every((c) => (c.left[0] ?? c.right[0]) !== k || holdsIn(c, reading))
  }
}

/** The values every reading that fits gives, or null where they differ in any cell or none fits. */
export function agreed(readings: readonly JoinedReading[], paths: readonly string[], known: CellValues, local: readonly RowConstraint[]): JoinedReading | null {
  let only: JoinedReading | null = null
  // Readings whose cells' order the text leaves in doubt: never read, but one that fits and differs stops the row.
  const doubts: JoinedReading[] = []
  for (const reading of readings) {
    if (!fits(reading, paths, known, local)) continue
    if (reading.doubted) {
      doubts.push(reading)
      continue
    }
    if (only && only.values.some((v, k) => v !== reading.values[k])) return null
    // Two readings with the same values from other pieces: the values stand, their source is not one token.
    only = only && only.sources.some((s, k) => s !== reading.sources[k]) ? { values: only.values, sources: only.sources.map(() => -1), pieces: [] } : (only ?? reading)
  }
  const one = only ?? sameEitherWay(doubts, local)
  // A merged word's doubt speaks only where the reading inverts a cell's lines (merged-words.ts).
  return one && !doubts.some((d) => (!d.merged || one.inverted === true) && d.values.some((v, k) => v !== one.values[k])) ? one : null
}

/**
 * Two cells the text does not order, read either way with the same values (`12,864` beside `12，` over `864`: a
 * cell and the total it makes alone): the order is in doubt, the values are not. Each cell's source stands where
 * both readings start it from one token. Each cell joined from pieces must be held by an equation naming no blank
 * (a blank total weighs no joining: `29 0` read 290). Null where fewer than two doubts fit or they differ.
 */
function sameEitherWay(doubts: readonly JoinedReading[], local: readonly RowConstraint[]): JoinedReading | null {
  const [first] = doubts
  if (!first || doubts.length < 2 || doubts.some((d) => d.merged || d.values.some((v, k) => v !== first.values[k]))) return null
  const evidence = first.values.map((v) => v ?? 0)
  const weighing = local.filter((c) => [...c.left, ...c.right].every((k) => first.values[k] !== null) && holdsIn(c, evidence))
  const held = (k: number) => weighing.some((c) => c.left.includes(k) || c.right.includes(k))
  if (doubts.some((d) => d.pieces.some((g, k) => g.length > 1 && !held(k)))) return null
  const pieces = (d: JoinedReading) => d.pieces.flat().sort((a, b) => a - b).join()
  if (doubts.some((d) => pieces(d) !== pieces(first))) return null
  return { values: first.values, sources: first.sources.map((s, k) => (doubts.every((d) => d.sources[k] === s) ? s : -1)), pieces: first.pieces }
}
