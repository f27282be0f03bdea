import type { Token } from '../tokens/token.ts'
import type { RowSpan } from './row-pieces.ts'
import type { JoinedReading } from './wrapped-cells.ts'

/**
 * Pieces below a row's label lines, where the text keeps columns, are its figures' rests or the next row's first
 * parts printed above that row's label; which, the next row says once it is read. Where it is not, the row is
 * read only if no reading that gives some of those pieces away (each subset of them, left to the next row) keeps
 * its arithmetic: then every piece below is its own, whoever else is unread. Bounded: at most 2^MAX_BELOW subsets.
 */
const MAX_BELOW = 4

export function belowIsOwn(
  tokens: readonly Token[],
  span: RowSpan,
  cells: number,
  readingsOf: (span: RowSpan) => JoinedReading[] | null,
  fits: (reading: JoinedReading) => boolean,
): boolean {
  const below = span.pieces.filter((p) => tokens[p]?.col !== undefined && !span.labelLines.has(tokens[p]?.line ?? -1))
  if (below.length === 0 || below.length > MAX_BELOW) return false
  // A join side by side is listed in the line's order only, though a viewer may set a cell's lines on one line
  // either way (`47 15` for 1547): the readings are complete only where every join that fits is stacked.
  const whole = readingsOf(span)
  const sideBySide = (x: JoinedReading) => x.pieces.some((g) => g.length > 1 && g.some((p) => tokens[p]?.line === tokens[g[0] as number]?.line && p !== g[0]))
  if (!whole || whole.some((x) => fits(x) && sideBySide(x))) return false
  for (let mask = 1; mask < 1 << below.length; mask++) {
    const given = new Set(below.filter((_, k) => ((mask >> k) & 1) === 1))
    const pieces = span.pieces.filter((p) => !given.has(p))
    const left = pieces.filter((p) => !span.labelLines.has(tokens[p]?.line ?? -1))
    const readings = readingsOf({ ...span, pieces, wrapped: left.length > 0 })
    // Fewer pieces than cells: no reading. Pieces enough and still none listed (too many): one of them may fit.
    if (readings === null && pieces.length >= cells) return false
    if (readings?.some(fits)) return false
  }
  return true
}
