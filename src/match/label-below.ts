import type { Token } from '../tokens/token.ts'

/**
 * A labels-first cut (labels-first-parse.ts) may give a row lines that all stand before its own label and after the
 * label of the row above, both labels set among the figures. A label among the figures only bounds the rows around
 * it: the lines between two such labels are the upper row's where a page sets a label over its figures, the lower
 * row's where it sets it under them, and the text says neither. Where the upper row holds no figure read before,
 * nothing settles which: the cut chose by the arithmetic of rows elsewhere, which a report's slip and a label's own
 * number taken for a piece can both shift (16581: 本机关不掌握's `- 0 0 0 0 0 12` under its label, read as the
 * `23 19 0 0 0 0 42` over it, 行政查询事项's). Such a row is not read; this only withholds.
 */

/**
 * Whether row `r`'s reading, its cut's pieces from `first` to `last`, stands between the label of the row above and
 * its own, both among the figures (`among`), and the row above holds no cell read before (`upperKnown`).
 */
export function betweenLabels(labels: ReadonlyMap<number, readonly number[]>, r: number, first: number, last: number, among: (from: number, to: number) => boolean, upperKnown: boolean): boolean {
  if (r === 0 || upperKnown) return false
  const own = labels.get(r)
  const upper = labels.get(r - 1)
  if (!own || own.length === 0 || !upper || upper.length === 0) return false
  const ownFrom = own[0] as number
  const upperTo = upper.at(-1) as number
  return last < ownFrom && first > upperTo && among(ownFrom, own.at(-1) as number) && among(upper[0] as number, upperTo)
}

/** The first and last token of a reading's cut, where known. */
export function cutExtent(tokens: readonly Token[], sources: readonly (number | undefined)[], last: number | undefined): [number, number] | null {
  const firsts = sources.filter((s): s is number => s !== undefined && tokens[s] !== undefined)
  if (firsts.length === 0 || last === undefined || last < 0) return null
  return [Math.min(...firsts), last]
}
