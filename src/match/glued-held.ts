import type { RowConstraint } from './glued-constraints.ts'
import { MAX_READINGS_PER_ROW } from './glued-cuts.ts'
import { searchFromEnd } from './glued-sums.ts'
import { choose } from './glued-count.ts'

/** Cuts of a run (ways to choose its cells' ends) few enough to list rather than search. */
const FEW_CUTS = 64

/**
 * The readings of a glued run that keep the row's own arithmetic, where the run is listable — what listing every cut
 * (glued-cuts.ts listReadings) and keeping those that hold gives, in the same order — found by glued-sums.ts's search
 * from the run's end, which follows no cut whose parts already pass their total: a run of 16 digits as seven counts
 * has 1,339 cuts, of which one or two hold, and listing them all was most of a glued report's time. Null wherever the
 * search is not sure to find those very readings, or gives up past `maxTries`: the caller lists them then. Where the
 * run has too many cuts to list, the search is readingsThatHold's (glued-sums.ts) within fewer tries: only the order
 * of its readings differs.
 */
export function heldReadings(pieces: readonly string[], want: number, local: readonly RowConstraint[], maxTries: number): number[][] | null {
  if (local.length === 0) return null
  // Counts only (a sign or a point is left to the listing), and no cell past 15 digits: the search does not cut
  // those (a double no longer holds every count exactly), a listing does. A piece takes at least the cells its
  // neighbours' digits cannot, one each: its longest cell leaves one digit to each of its others.
  let length = 0
  for (const p of pieces) {
    if (!/^\d+$/.test(p)) return null
    length += p.length
  }
  for (const p of pieces) if (p.length - Math.max(1, want - (length - p.length)) + 1 > 15) return null
  // A run of few cuts (`0000000`, `270000027`) is as soon listed, and the listing kept for the rows printed alike.
  if (choose(length - 1, want - 1, FEW_CUTS) <= FEW_CUTS) return null
  // The search's bounds on the cells still to cut count each cell of a constraint once: not for a cell named twice.
  if (local.some(namesACellTwice)) return null
  const found = searchFromEnd(pieces, want, local, MAX_READINGS_PER_ROW, maxTries, true)
  return found && inListingOrder(found, pieces)
}

function namesACellTwice(c: RowConstraint): boolean {
  const cells = [...c.left, ...c.right]
  return new Set(cells).size !== cells.length
}

/**
 * The readings in listReadings' order: piece by piece, fewer cells first, then the shorter first cell, the shorter
 * second… — each reading keyed by its count of cells in each piece followed by their lengths (a count has no
 * leading zero: its length is its number of digits).
 */
function inListingOrder(found: number[][], pieces: readonly string[]): number[][] {
  if (found.length < 2) return found
  const keyed = found.map((reading) => ({ reading, key: orderKey(reading, pieces) }))
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return (a.key[i] as number) - (b.key[i] as number)
    return 0
  })
  return keyed.map((k) => k.reading)
}

function orderKey(reading: readonly number[], pieces: readonly string[]): number[] {
  const key: number[] = []
  let k = 0
  for (const piece of pieces) {
    const at = key.push(0) - 1
    for (let taken = 0; taken < piece.length; k++) {
      const digits = digitsOf(reading[k] as number)
      key.push(digits)
      taken += digits
      key[at]!++
    }
  }
  return key
}

function digitsOf(count: number): number {
  let digits = 1
  for (let power = 10; count >= power; power *= 10) digits++
  return digits
}
