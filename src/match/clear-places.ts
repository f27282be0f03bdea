import { meets, MIN_OTHERS, placesOf, seenOf, type PlacedRow, type Placing } from './page-places.ts'

/**
 * Where the page's other rows print each cell, weighed at one piece's span (outvoted-figure.ts, wide-word.ts): how
 * many rows print each cell there, and the cell the page clearly prints there, if one.
 */

/** Times as many of the page's rows, at least, meeting a piece at one cell as at any other, for its place to be clear. */
const CLEAR = 3

/** For each cell, how many of the page's other rows print it at a place meeting the span. */
function votesAt(places: readonly (readonly [number, number][])[], span: readonly [number, number]): number[] {
  return places.map((at) => {
    let n = 0
    for (const p of at) if (meets(p, span)) n++
    return n
  })
}

/**
 * The votes at the span of the row's piece k (votesAt against its places), worked out once a placing: outvoted-figure.ts
 * and wide-word.ts weigh the same rows' pieces. Undefined where the cell has no piece.
 */
export function votesOf(placing: Placing, rows: readonly PlacedRow[], r: PlacedRow, k: number): number[] | undefined {
  const span = r.items[k]?.span
  if (span === undefined) return undefined
  const votes = (seenOf(placing, r).votes ??= [])
  return (votes[k] ??= votesAt(placesOf(placing, rows, r), span))
}

/** The cell the page clearly prints at the row's piece k (clearOfVotes). */
export function clearOf(placing: Placing, rows: readonly PlacedRow[], r: PlacedRow, k: number): number | undefined {
  const votes = votesOf(placing, rows, r, k)
  return votes === undefined ? undefined : clearOfVotes(votes)
}

/** The cell the page clearly prints where the votes were counted: MIN_OTHERS rows at least, CLEAR times as many as any other cell. */
function clearOfVotes(votes: readonly number[]): number | undefined {
  let best = 0
  for (let j = 1; j < votes.length; j++) if ((votes[j] as number) > (votes[best] as number)) best = j
  const most = votes[best] as number
  let next = 0
  for (let j = 0; j < votes.length; j++) if (j !== best) next = Math.max(next, votes[j] as number)
  return most >= MIN_OTHERS && most >= CLEAR * next ? best : undefined
}
