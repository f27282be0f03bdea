import type { Token } from '../tokens/token.ts'

/**
 * A blank mark (`—`, `/`) of a row already read leaves no trace of being used: a blank cell has no source token, so
 * the figures left for an unread row may include it. Where a joining of the row's pieces (column-joins.ts) takes a
 * mark standing on a line that holds a read cell's figure, that mark is likely the read row's blank and the joining
 * may have put the row's own blank in the wrong cell (16655: 总计's `－` on `29,309 16 77 29 1945 33 －`, taken as
 * 结转's first cell, its `0 0件 0 0 0 0` then read into the other six and the blank 总计 read 0). The row is not read;
 * this only withholds.
 */
export function takesReadMark(tokens: readonly Token[], parts: readonly (readonly number[])[], used: ReadonlySet<number>): boolean {
  const lines = new Set<number>()
  for (const ps of parts) for (const p of ps) if (tokens[p]?.kind === 'mark') lines.add(tokens[p]?.line ?? -1)
  if (lines.size === 0) return false
  for (const u of used) if (lines.has(tokens[u]?.line ?? -2)) return true
  return false
}
