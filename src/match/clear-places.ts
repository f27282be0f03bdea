import { meets, MIN_OTHERS } from './page-places.ts'

/**
 * Where the page's other rows print each cell, weighed at one piece's span (outvoted-figure.ts, wide-word.ts): how
 * many rows print each cell there, and the cell the page clearly prints there, if one.
 */

/** Times as many of the page's rows, at least, meeting a piece at one cell as at any other, for its place to be clear. */
const CLEAR = 3

/** For each cell, how many of the page's other rows print it at a place meeting the span. */
export function votesAt(places: readonly (readonly [number, number][])[], span: readonly [number, number]): number[] {
  return places.map((at) => {
    let n = 0
    for (const p of at) if (meets(p, span)) n++
    return n
  })
}

/** The cell the page clearly prints at the span: MIN_OTHERS rows at least, CLEAR times as many as any other cell. */
export function clearCell(places: readonly (readonly [number, number][])[], span: readonly [number, number]): number | undefined {
  const votes = votesAt(places, span)
  let best = 0
  for (let j = 1; j < votes.length; j++) if ((votes[j] as number) > (votes[best] as number)) best = j
  const most = votes[best] as number
  let next = 0
  for (let j = 0; j < votes.length; j++) if (j !== best) next = Math.max(next, votes[j] as number)
  return most >= MIN_OTHERS && most >= CLEAR * next ? best : undefined
}
