import type { TableRegion } from '../locate/locate.ts'
import type { Token } from '../tokens/token.ts'

/**
 * The tokens some cell was read from, flagged by token index: one pass over a map of sources, then a lookup by index
 * for each token asked — not a set of the sources' tokens, hashed at each lookup.
 */
export function sourceTokens(length: number, sources: ReadonlyMap<string, number>): Uint8Array {
  const out = new Uint8Array(length)
  sources.forEach((t) => {
    if (t >= 0 && t < length) out[t] = 1
  })
  return out
}

/**
 * The lowest and highest line a region's tokens stand on, for arrays flagged or counted by line from the lowest
 * (a set or map of line numbers was hashed at every lookup); high < low where the region is empty.
 */
export function regionLines(tokens: readonly Token[], region: TableRegion): { low: number; high: number } {
  let low = Infinity
  let high = -Infinity
  for (let i = region.start; i < region.end; i++) {
    const line = (tokens[i] as Token).line
    if (line < low) low = line
    if (line > high) high = line
  }
  return { low, high }
}
