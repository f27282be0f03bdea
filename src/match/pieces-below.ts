import type { Token } from '../tokens/token.ts'
import type { RowSpan } from './row-pieces.ts'
import type { JoinedReading } from './wrapped-cells.ts'

/**
 * Pieces below a row's label lines, where the text keeps columns, are its figures' rests or the next row's first
 * parts printed above that row's label; which, the next row says once it is read. Where it is not, the row is
 * offered every way of leaving some of them to the next row (each subset), and read only where every reading
 * that keeps its arithmetic, over all of them, gives each cell the same value. Bounded: at most 2^MAX_BELOW subsets.
 */
const MAX_BELOW = 4

export interface BelowReading {
  reading: JoinedReading
  /** The pieces every fitting reading takes: the row's own, settled (the others may be the next row's). */
  pieces: number[]
}

export function readBelow(
  tokens: readonly Token[],
  span: RowSpan,
  cells: number,
  readingsOf: (span: RowSpan) => JoinedReading[] | null,
  fits: (reading: JoinedReading) => boolean,
): BelowReading | null {
  const below = span.pieces.filter((p) => tokens[p]?.col !== undefined && !span.labelLines.has(tokens[p]?.line ?? -1))
  if (below.length === 0 || below.length > MAX_BELOW) return null
  // A join side by side is listed in the line's order only, though a viewer may set a cell's lines on one line
  // either way (`47 15` for 1547): the readings are complete only where every join that fits is stacked.
  const sideBySide = (x: JoinedReading) => x.pieces.some((g) => g.length > 1 && g.some((p) => p !== g[0] && tokens[p]?.line === tokens[g[0] as number]?.line))
  let only: JoinedReading | null = null
  let kept: Set<number> | null = null
  for (let mask = 0; mask < 1 << below.length; mask++) {
    const given = new Set(below.filter((_, k) => ((mask >> k) & 1) === 1))
    const pieces = span.pieces.filter((p) => !given.has(p))
    const readings = readingsOf({ ...span, pieces, wrapped: pieces.some((p) => !span.labelLines.has(tokens[p]?.line ?? -1)) })
    // Fewer pieces than cells: no reading. Pieces enough and none listed (past the joins or readings a row may
    // have): one of them may fit, unseen.
    if (readings === null) {
      if (pieces.length >= cells) return null
      continue
    }
    for (const x of readings) {
      if (!fits(x)) continue
      if (sideBySide(x) || (only && only.values.some((v, k) => v !== x.values[k]))) return null
      only ??= x
      kept = kept ? new Set(pieces.filter((p) => kept?.has(p))) : new Set(pieces)
    }
  }
  return only && kept ? { reading: only, pieces: [...kept] } : null
}
