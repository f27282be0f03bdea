import type { Entry, Probe } from './likeness-score.ts'

/**
 * A text that holds two rows' labels whole, side by side, is two labels in one cell: a page break that cut a
 * row and joined its label to the next one's, or two rows merged by hand. The likeness alone prefers the longer
 * label (`1.属于国家秘密2.其他法律行政法规禁止公开` reads as the second row) and would give it the first row's
 * figures. Such a text is read as both rows alike, so the alignment finds two readings and places neither.
 */

/** Two labels overlap when they share more pairs than this: one holds the other (其他 in 其他法律…禁止公开). */
const OVERLAP = 1

/** The two labels of different rows a text holds side by side, or null. `held` comes from LabelIndex.match. */
export function twoLabels(probe: Probe, held: readonly Entry[]): [Entry, Entry] | null {
  for (let i = 0; i < held.length; i++) {
    const a = held[i] as Entry
    for (let k = i + 1; k < held.length; k++) {
      const b = held[k] as Entry
      // Both in the text, each nearly whole, need room for both: else they overlap in it.
      if (a.owner === b.owner || probe.size < 0.8 * (a.size + b.size) - 2) continue
      if (sharedPairs(a.text, b.text) <= OVERLAP) return [a, b]
    }
  }
  return null
}

/** Character pairs two short texts share (labels are a few dozen characters: a scan will do). */
function sharedPairs(a: string, b: string): number {
  let n = 0
  for (let i = 0; i + 1 < a.length; i++) if (b.includes(a.slice(i, i + 2))) n++
  return n
}
