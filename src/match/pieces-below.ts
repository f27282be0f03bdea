import type { Token } from '../tokens/token.ts'
import type { RowSpan } from './row-pieces.ts'
import { near } from './column-pairs.ts'
import type { JoinedReading } from './wrapped-cells.ts'
import { joinedApart } from './outside-pieces.ts'

/**
 * Pieces below a row's label lines, where the text keeps columns, are its figures' rests or the next row's first
 * parts printed above that row's label; which, the next row says once it is read. Where it is not, the row is
 * offered every way of leaving some of them to the next row (each subset), and likewise every way of taking the
 * pieces just above its label that no read row holds (its own first parts, or the row above's rests), and read
 * only where every reading that keeps its arithmetic, over all of them, gives each cell the same value; the pieces
 * every such reading takes are its own. Bounded: at most 2^MAX_BELOW subsets.
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
  /** Pieces on the lines just above the label's that no read row holds: its first parts, or the row above's rests. */
  above: readonly number[],
  cells: number,
  /** Whether the rows above and below are read: then no piece is left to them (they were read without it). */
  readAround: { above: boolean; below: boolean },
  readingsOf: (span: RowSpan) => JoinedReading[] | null,
  fits: (reading: JoinedReading) => boolean,
): BelowReading | null {
  // Below the label's last line: a line between its first and last (a wrapped label around a row of figures set
  // between its lines, as LibreOffice centres them) stands inside the row, and holds no other row's piece.
  const last = span.labelLines.size > 0 ? Math.max(...span.labelLines) : -Infinity
  const below = span.pieces.filter((p) => tokens[p]?.col !== undefined && !span.labelLines.has(tokens[p]?.line ?? -1) && (tokens[p]?.line ?? -1) > last)
  const open = [...below, ...above]
  if (open.length === 0 || open.length > MAX_BELOW) return null
  const mine = new Set(span.pieces)
  // A figure wrapped into three pieces (`19` / `35` / `8` for 19358) is no reading listed (two joins of two
  // pieces each): where three pieces stand stacked on touching lines, the readings are not complete.
  if (stacked3(tokens, [...span.pieces, ...above])) return null
  // Nor where a piece above or below stands by a figure the text already joined from two lines (`47` over `1`,
  // given as 471; `69` over `件`, given as 69件): a third piece joined to it (`25` above, 25471; `0` below, 690件)
  // is no reading listed either.
  const apart = span.pieces.filter((p) => joinedApart(tokens[p] as Token))
  if (open.some((a) => apart.some((p) => p !== a && near(tokens[a] as Token, tokens[p] as Token)))) return null
  const outside = span.outside.filter((o) => !above.includes(o))
  // A join side by side is listed in the line's order only, though a viewer may set a cell's lines on one line
  // either way (`47 15` for 1547): the readings are complete only where every join that fits is stacked.
  const sideBySide = (x: JoinedReading) => x.pieces.some((g) => g.length > 1 && g.some((p) => p !== g[0] && tokens[p]?.line === tokens[g[0] as number]?.line))
  let only: JoinedReading | null = null
  let kept: Set<number> | null = null
  // Readings whose cells' order the text leaves in doubt (wrapped-cells.ts): never read, but they may be the text's.
  const doubts: JoinedReading[] = []
  for (let mask = 0; mask < 1 << open.length; mask++) {
    // A set bit gives a piece below away (to the row after) or takes a piece above (from the row before).
    const flip = new Set(open.filter((_, k) => ((mask >> k) & 1) === 1))
    const taken = above.filter((p) => flip.has(p))
    if ((readAround.above && taken.length < above.length) || (readAround.below && below.some((p) => flip.has(p)))) continue
    const pieces = [...taken, ...span.pieces.filter((p) => !flip.has(p))]
    const wrapped = pieces.some((p) => mine.has(p) && !span.labelLines.has(tokens[p]?.line ?? -1))
    const readings = readingsOf({ ...span, pieces, outside, own: span.own && taken.length === 0, wrapped })
    // Fewer pieces than cells: no reading. Pieces enough and none listed (past the joins or readings a row may
    // have): one of them may fit, unseen.
    if (readings === null) {
      if (pieces.length >= cells) return null
      continue
    }
    for (const x of readings) {
      if (!fits(x)) continue
      if (x.doubted) {
        doubts.push(x)
        continue
      }
      if (sideBySide(x) || (only && only.values.some((v, k) => v !== x.values[k]))) return null
      only ??= x
      kept = kept ? new Set(pieces.filter((p) => kept?.has(p))) : new Set(pieces)
    }
  }
  const one = only
  if (!one || doubts.some((d) => sideBySide(d) || d.values.some((v, k) => v !== one.values[k]))) return null
  return kept ? { reading: one, pieces: [...kept] } : null
}

/** Whether three of the pieces stand one over another on touching lines, each by the next (near(), the drift). */
function stacked3(tokens: readonly Token[], pieces: readonly number[]): boolean {
  const ts = pieces.map((p) => tokens[p] as Token).filter((t) => t.col !== undefined)
  return ts.some((y) => ts.some((x) => x.line === y.line - 1 && near(x, y)) && ts.some((z) => z.line === y.line + 1 && near(y, z)))
}

/**
 * Whether a piece above a row's label stands under another figure no read row holds, on the line over it and on no
 * row's label line: a figure wrapped into three pieces or more (`１` / `18 ８` / `44 … ４７` for 1844 and 1847, over a
 * group's label), whose readings readBelow does not list — the window it weighs is one line above the label's. A
 * figure on another row's label line is that row's (`１２６` over `４１`: 12641 above). Linear in the tokens of the
 * line over each piece.
 */
export function tallerAbove(tokens: readonly Token[], above: readonly number[], settled: ReadonlySet<number>, labelled: ReadonlySet<number>): boolean {
  return above.some((a) => {
    const piece = tokens[a] as Token
    for (let i = a - 1; i >= 0; i--) {
      const t = tokens[i] as Token
      if (t.line < piece.line - 1) return false
      if (t.line === piece.line - 1 && t.kind !== 'text' && t.kind !== 'empty' && !settled.has(i) && !labelled.has(t.line) && near(t, piece)) return true
    }
    return false
  })
}
