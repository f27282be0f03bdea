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
  return local.every((c) => holdsIn(c, evidence))
}

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
  const one = only
  return one && !doubts.some((d) => d.values.some((v, k) => v !== one.values[k])) ? one : null
}
