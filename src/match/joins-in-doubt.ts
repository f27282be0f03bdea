import { rowPaths, type RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { TableRejoin } from './rejoin-table.ts'
import type { RowSpan } from './row-pieces.ts'
import { fits } from './readings-agreed.ts'
import { holdsIn } from './glued-constraints.ts'
import { near } from './column-pairs.ts'
import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import { pageOrder } from './unit-apart.ts'
import type { JoinedReading } from './wrapped-cells.ts'

/**
 * A joining that changes a part and its total alike keeps their sum whatever it is (a piece set before both, or
 * both cells' lines inverted): the row's arithmetic is then no evidence for it. Row `r`, just read by joining its
 * pieces (wrapped-resolve.ts), is in doubt where another joining the readings listed left out keeps the arithmetic
 * too and reads otherwise — the rows returned (r, and the next row where it shares the doubt):
 * - a cell inverted for a unit the text joined from the line below, read in the page's order (unit-apart.ts:
 *   16382's `18` over `件 66`, 6618 in a part and its total for 1866);
 * - pieces below its label's lines joined to its cells — taken because the next row was read without them — where
 *   the next row keeps its own arithmetic with them as its first parts (22116: `1 … 1` over `0 9` over `2 … 2`, over
 *   the next row's `3 … 3`: 210 and 219 keep the total as 10 and 19 do, 23 and 23 as 3 and 3 do): neither claim is
 *   read; nor is a row's that took them beside a next row in doubt.
 * Such a row is read as before — the rows around it were weighed on it — and withheld once every reading is done
 * (match.ts): a guard that only withholds. Linear in the row's pieces (at most 4 weighed below it).
 */
export function joinsInDoubt(tokens: readonly Token[], t: TableRejoin, r: number, span: RowSpan, one: JoinedReading, pieces: readonly number[], inDoubt: ReadonlySet<number>): number[] {
  const row = t.unread.table.rows[r] as RowModel
  const paths = rowPaths(row)
  const page = one.pieces.length > 0 ? pageOrder(tokens, one, row) : null
  if (page && fits(page, paths, t.values, t.local(paths))) return [r]
  // Pieces it joins to its cells below its label's lines (all it takes there where the reading does not say which
  // pieces each cell took), with the next row read without them.
  const last = Math.max(...span.labelLines)
  const joined = one.pieces.length > 0 ? new Set(one.pieces.flatMap((g) => (g.length > 1 ? g : []))) : null
  const below = pieces.filter((p) => tokens[p]?.col !== undefined && (tokens[p]?.line ?? -1) > last && (!joined || joined.has(p)))
  const next = t.unread.table.rows[r + 1]
  if (below.length === 0 || !next || t.left.has(r + 1)) return []
  return nextTakes(tokens, t, next, below) ? [r, r + 1] : inDoubt.has(r + 1) ? [r] : []
}

/** Pieces weighed as the next row's first parts at most: past it, no doubt is raised (the reading stands as before). */
const MAX_PIECES = 4

/**
 * Whether the next row, read (`next`), keeps its arithmetic with some of `pieces` joined as its figures' first parts:
 * each piece over a figure on the line under it, in its column's drift, read top first, in the page's order — those
 * pieces may be its first parts as well as the row above's rests (`2` … `2` over `3 … 3`: 23 and 23).
 */
function nextTakes(tokens: readonly Token[], t: TableRejoin, next: RowModel, pieces: readonly number[]): boolean {
  if (pieces.length > MAX_PIECES) return false
  const paths = rowPaths(next)
  const read = paths.map((p) => t.values.get(p))
  if (read.some((v) => v === undefined)) return false
  const values = read as (number | null)[]
  const local = t.local(paths)
  if (local.length === 0 || !local.every((c) => holdsIn(c, values.map((v) => v ?? 0)))) return false
  const from = paths.map((p, k) => {
    const s = t.sources.get(p)
    return typeof values[k] === 'number' && s !== undefined && tokens[s]?.col !== undefined ? (tokens[s] as Token) : undefined
  })
  // The cells each piece may begin: a figure on the line under it, within the drift.
  const under = pieces.map((p) => {
    const piece = tokens[p] as Token
    return from.flatMap((f, k) => (f && f.line === piece.line + 1 && near(piece, f) ? [k] : []))
  })
  const joined = [...values]
  const taken = new Set<number>()
  const search = (i: number): boolean => {
    if (i === pieces.length) return taken.size > 0 && local.every((c) => holdsIn(c, joined.map((v) => v ?? 0)))
    if (search(i + 1)) return true
    const piece = tokens[pieces[i] as number] as Token
    for (const k of under[i] ?? []) {
      if (taken.has(k)) continue
      const read = readCell(fold(piece.text + (from[k] as Token).text))
      if (read.kind !== 'number') continue
      taken.add(k)
      joined[k] = read.value
      const found = search(i + 1)
      taken.delete(k)
      joined[k] = values[k] ?? null
      if (found) return true
    }
    return false
  }
  return search(0)
}
