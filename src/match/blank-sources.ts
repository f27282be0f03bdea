import type { Token } from '../tokens/token.ts'

/**
 * A row read in the second reading (wrapped-resolve.ts) names no source for a cell printed blank (`62 0 0 8 7 － 77`:
 * the `－`), so a guard that weighs the row by its cells' columns (pieces-beside.ts) would pass it by. Its cells are
 * read in order from the tokens in order: a run of blank cells between two cells read from tokens on one line is the
 * marks standing between those tokens, one a cell — where the tokens between are exactly that many marks on that line.
 */

/**
 * Each cell's token: `from` (undefined where the cell names none) with every run of cells read blank (`blank`) filled
 * by the marks between its neighbours' tokens; undefined where a run is not such marks.
 */
export function blankSources(tokens: readonly Token[], from: readonly (number | undefined)[], blank: readonly boolean[]): (number | undefined)[] {
  const out = [...from]
  for (let k = 0; k < out.length; k++) {
    if (out[k] !== undefined || !blank[k]) continue
    let end = k
    while (end < out.length && out[end] === undefined && blank[end]) end++
    const before = k > 0 ? from[k - 1] : undefined
    const next = end < out.length ? from[end] : undefined
    const n = end - k
    // The marks stand just after the cell before (or just before the cell after, a row's first cells).
    const first = before !== undefined ? before + 1 : next !== undefined ? next - n : undefined
    if (first !== undefined && marksBetween(tokens, first, n, before ?? next, next)) for (let j = 0; j < n; j++) out[k + j] = first + j
    k = end - 1
  }
  return out
}

/** Tokens [first, first + n) are marks on the line of token `at`, and the token after them is `next` (if any). */
function marksBetween(tokens: readonly Token[], first: number, n: number, at: number | undefined, next: number | undefined): boolean {
  const line = at === undefined ? undefined : tokens[at]?.line
  if (line === undefined || first < 0 || (next !== undefined && first + n !== next)) return false
  for (let j = first; j < first + n; j++) {
    const t = tokens[j]
    if (t?.kind !== 'mark' || t.line !== line || t.col === undefined) return false
  }
  return true
}
