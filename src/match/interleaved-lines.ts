import type { ColumnModel, RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { holdsIn, type RowConstraint } from './glued-constraints.ts'
import { piecesValue } from './wrapped-cells.ts'

/**
 * Text kept in drawn order gives a wrapped cell's lines one after another — mostly. A viewer merges words that share
 * a baseline into one line, so where cells side by side wrap, a cell's later line may come after the next cells'
 * first ones (LibreOffice's export of a 总计 row: `3` `5，4` `50 44 0 ２１ 11` `9，1` `41` — 35,441's last line
 * after the cells right of it). Reading such a row as its one split in order joins another cell's piece into it,
 * and breaks the row's arithmetic (LibreOffice also sets two narrow cells' lines alternately: `2` `4` `2` `4` … `1 1`
 * for 24,241 twice). Here: whether some reading in which each piece begins the next cell or goes on with a cell begun
 * on an earlier line keeps every equation — a reading the arithmetic prefers, so the split in order is not certain.
 * Only where a split in order breaks an equation on a joined cell: such readings are many, and are bounded below.
 */

/** Pieces one cell may join at most. */
const MAX_PIECES = 5

/**
 * Whether piece k may continue the cell: no figure goes on after a 0 or a unit (no count is printed with a leading
 * zero), and a blank mark joins only marks (a blank wrapped: `－` over `－`).
 */
function continues(tokens: readonly Token[], pieces: readonly number[], cell: readonly number[], k: number): boolean {
  const first = tokens[pieces[cell[0] as number] as number] as Token
  const last = tokens[pieces[cell.at(-1) as number] as number] as Token
  const next = tokens[pieces[k] as number] as Token
  // A cell's lines run down the page: its next piece comes on a later line than its last.
  if (cell.length >= MAX_PIECES || last.unit || next.line <= last.line) return false
  if (first.kind === 'mark' || next.kind === 'mark') return first.kind === 'mark' && next.kind === 'mark'
  return !(first.kind === 'number' && first.value === 0 && cell.length === 1)
}

/** Readings tried at most: past it, another reading is taken to exist (the split in order is not read). */
const MAX_STEPS = 50_000

export function interleavedFit(tokens: readonly Token[], pieces: readonly number[], row: RowModel, local: readonly RowConstraint[], printed: readonly (number | null)[]): boolean {
  const want = row.columns.length
  const cells: number[][] = []
  let steps = 0
  let found = false
  const valuesOf = (): (number | null)[] | null => {
    const out: (number | null)[] = []
    for (let c = 0; c < want; c++) {
      const v = piecesValue(tokens, pieces, cells[c] as number[], row.columns[c] as ColumnModel)
      if (v === undefined) return null
      out.push(v)
    }
    return out
  }
  const place = (k: number) => {
    if (found || ++steps > MAX_STEPS) return void (found = true)
    if (k === pieces.length) {
      if (cells.length !== want) return
      const values = valuesOf()
      if (values && values.some((v, c) => v !== printed[c]) && local.every((c) => holdsIn(c, values.map((v) => v ?? 0)))) found = true
      return
    }
    // A new cell, while cells are left.
    if (cells.length < want && pieces.length - k >= want - cells.length) {
      cells.push([k])
      place(k + 1)
      cells.pop()
    }
    // Or the next piece of a cell begun before (the cells' lines may come interleaved), where the pieces after it
    // still fill the cells left.
    if (k > 0 && pieces.length - k - 1 >= want - cells.length) {
      for (const cell of cells) {
        if (!continues(tokens, pieces, cell, k)) continue
        cell.push(k)
        place(k + 1)
        cell.pop()
        if (found) return
      }
    }
  }
  place(0)
  return found
}
