import { cellsOf, type TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'
import { readCellValue, sameValue, type CellValue } from './read-cell.ts'
import { drawnOrder } from './one-split.ts'

/**
 * An inline table (四) prints its figures in one row; a viewer's reading order may give that row as several
 * lines, each a block of the page it read on its own (a table cut by a page break: the block under the header
 * left on the page before comes after the one under the header on this page, `0 0 ０ … 0件` then `0 无 0 ０`).
 * The text keeps each block's order, not the blocks': only the rows' totals can say it. Where the blocks in
 * another order put other values in the cells and keep every row's total too (a blank counts as nothing, so a
 * blank among zeros moves unseen), which order is the table's nothing says: no row of it is read. Text kept in the
 * order its cells were drawn (pdftotext -raw) has no blocks to reorder: a cell that wrapped over lines (LibreOffice's
 * `0` / `件` among one-line cells) parts the row's lines, and the lines still come in the cells' order.
 */

/** Blocks tried in every order at most (5! = 120 orders of 15 cells): a row cut into more is a column of cells. */
const MAX_BLOCKS = 5

/** Every order of 0…n-1 but the identity, generated in place (Heap's algorithm). */
function* otherOrders(n: number): Generator<number[]> {
  const order = Array.from({ length: n }, (_, k) => k)
  const c = new Array<number>(n).fill(0)
  for (let i = 1; i < n; ) {
    if ((c[i] ?? 0) < i) {
      const k = i % 2 === 0 ? 0 : (c[i] ?? 0)
      ;[order[k], order[i]] = [order[i] as number, order[k] as number]
      yield order
      c[i] = (c[i] ?? 0) + 1
      i = 1
    } else {
      c[i] = 0
      i++
    }
  }
}

/** Every row's total holds over these values: parts printed blank count as nothing, a total printed blank says nothing. */
function totalsHold(table: TableModel, values: readonly CellValue[]): boolean {
  let j = 0
  for (const row of table.rows) {
    let parts = 0
    let total: number | null = null
    for (const column of row.columns) {
      const v = values[j++]
      if (!v || v.kind === 'unreadable') return false
      if (v.kind !== 'value') continue
      if (column.key === 'total') total = v.value
      else parts += v.value
    }
    if (total !== null && row.columns.some((c) => c.key === 'total') && total !== parts) return false
  }
  return true
}

export function blockOrderInDoubt(tokens: readonly Token[], readings: ValueAlignment['cells'], table: TableModel): boolean {
  const cells = cellsOf(table)
  const read: number[] = []
  for (const r of readings) {
    const f = r.fills[0]
    if (r.unfilled || r.fills.length !== 1 || f?.type !== 'token') return false
    read.push(f.token)
  }
  // The cells' tokens in runs of one line each: the viewer's blocks, in the order it gave them.
  const blocks: number[][] = []
  for (const t of read) {
    const last = blocks.at(-1)
    if (last && tokens[last.at(-1) ?? -1]?.line === tokens[t]?.line) last.push(t)
    else blocks.push([t])
  }
  if (blocks.length < 2 || blocks.length > MAX_BLOCKS) return false
  const valuesOf = (order: readonly number[]) => order.flatMap((b) => blocks[b] ?? []).map((t, j) => readCellValue(tokens[t] as Token, (cells[j] as (typeof cells)[number]).column))
  const asRead = valuesOf(blocks.map((_, k) => k))
  for (const order of otherOrders(blocks.length)) {
    const values = valuesOf(order)
    if (!values.every((v, j) => sameValue(v, asRead[j] as CellValue)) && totalsHold(table, values)) return !drawnOrder(tokens)
  }
  return false
}
