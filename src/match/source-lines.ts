import type { Token } from '../tokens/token.ts'

/**
 * The line of the input a placed figure was printed on, whatever line of the grid it now stands on: a line of
 * pieces under a row is merged into the row's line (extract/wrapped-figures.ts: `件 7 4` under `17 0 85 0 0 0 87`),
 * yet each piece keeps its own offset and column, and the two differ by the start of the line it came from. A
 * figure joined from pieces of two lines keeps its first piece's start and column, or its last piece's end and
 * column end: it stands on either piece's line.
 */
function linesOf(t: Token): [number, number] | null {
  if (t.col === undefined || t.colEnd === undefined || t.start < 0) return null
  return [t.start - t.col, t.end - t.colEnd]
}

/** The input lines (by their starts) that the given tokens were printed on; empty where any has no column. */
export function inputLines(tokens: readonly Token[], indices: readonly number[]): Set<number> {
  const out = new Set<number>()
  for (const i of indices) {
    const lines = linesOf(tokens[i] as Token)
    if (!lines) return new Set()
    out.add(lines[0]).add(lines[1])
  }
  return out
}

/** Whether figure `t` was printed on one of `lines` (true where the text keeps no columns to say). */
export function printedOn(t: Token, lines: ReadonlySet<number>): boolean {
  const mine = linesOf(t)
  return lines.size === 0 || mine === null || lines.has(mine[0]) || lines.has(mine[1])
}
