import { rowPaths, type RowModel } from '../model/index.ts'
import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import { fits } from './readings-agreed.ts'
import type { TableRejoin } from './rejoin-table.ts'
import type { JoinedReading } from './wrapped-cells.ts'

/**
 * pdftotext `-layout` may set a wrapped figure's two lines on one line, in either order (wide-word.ts: as one word;
 * 17913: as two, 属于行政执法案卷's 1299 — `12` over `99` — printed `99 12`, then 其他组织's `14`): a joining in the
 * line's order then takes the figure's first line for the next cell (99 and 1214 for 1299 and 14), a part and its
 * neighbour changing alike and keeping their sum. Row `r`, just read by joining its pieces (wrapped-resolve.ts), is in
 * doubt where two pieces side by side on one line that the reading gave to two cells, one of them alone in its cell
 * and the other one of two, read joined the other way round (the later piece's digits first), the other piece alone,
 * keep the row's arithmetic too and read otherwise — a lower line reading 0 aside. Linear in the row's cells.
 */
export function swappedPairInDoubt(tokens: readonly Token[], t: TableRejoin, r: number, one: JoinedReading): boolean {
  const groups = one.pieces
  if (groups.length < 2) return false
  const row = t.unread.table.rows[r] as RowModel
  const paths = rowPaths(row)
  const local = t.local(paths)
  if (local.length === 0) return false
  for (let k = 0; k + 1 < groups.length; k++) {
    const a = groups[k] as number[]
    const b = groups[k + 1] as number[]
    if (a.length + b.length !== 3 || a.length === 0 || b.length === 0) continue
    // The pair: a's last piece and b's first, side by side; the piece left over stands alone in its cell.
    const p = a[a.length - 1] as number
    const q = b[0] as number
    if (q !== p + 1 || tokens[p]?.line !== tokens[q]?.line || tokens[p]?.col === undefined) continue
    const rest = a.length === 2 ? (a[0] as number) : (b[1] as number)
    // A piece reading 0 is far more often a cell of its own than a figure's lower line (`0 １３８ ４`: 1380 and 4
    // keep 1384 too): not weighed as one.
    const lower = readCell(fold((tokens[p] as Token).text))
    if (lower.kind !== 'number' || lower.value === 0) continue
    const joined = readCell(fold((tokens[q] as Token).text + (tokens[p] as Token).text))
    const alone = readCell(fold((tokens[rest] as Token).text))
    if (joined.kind !== 'number' || alone.kind !== 'number') continue
    const values = [...one.values]
    values[k] = a.length === 1 ? joined.value : alone.value
    values[k + 1] = a.length === 1 ? alone.value : joined.value
    if (values.every((v, i) => v === one.values[i])) continue
    if (fits({ ...one, values }, paths, t.values, local)) return true
  }
  return false
}
