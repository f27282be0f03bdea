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
