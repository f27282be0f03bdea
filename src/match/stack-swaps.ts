import type { ColumnModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { cellValue, type StackPiece, type StackRow } from './stack-cells.ts'

/**
 * The stack search (column-stacks.ts) joins two pieces of one column on one line either one first: pdftotext may set
 * two lines of a wrapped cell as one. It may as well set a cell's lines one over the other inverted (`91` on the row's
 * line, `27` under it, for 27,914), which the search, taking each column's pieces top to bottom, never tries. So a
 * placing that reads a line's two pieces right one first is not read where reading them left to right, and another
 * cell's two lines bottom first, keeps the row's equations too (`27 91 … 91` over `27`, `4` under both: 91274 twice
 * or 27914 twice) — the search saw one of two readings alike. `run`: whether the other reading keeps the equations
 * across the run's rows as well, as the search weighed its own placing.
 */
export function swappable(tokens: readonly Token[], row: StackRow, cells: readonly (readonly StackPiece[])[], values: readonly (number | null)[], run: (values: readonly (number | null)[]) => boolean): boolean {
  for (let x = 0; x < cells.length; x++) {
    const straight = unswapped(tokens, cells[x] as readonly StackPiece[], row.columns[x] as ColumnModel)
    if (straight === undefined) continue
    for (let y = 0; y < cells.length; y++) {
      const cell = cells[y] as readonly StackPiece[]
      for (let i = 1; y !== x && i < cell.length; i++) {
        if ((cell[i] as StackPiece).line === (cell[i - 1] as StackPiece).line) continue
        const inverted = [...cell]
        ;[inverted[i - 1], inverted[i]] = [cell[i] as StackPiece, cell[i - 1] as StackPiece]
        const v = cellValue(tokens, inverted, row.columns[y] as ColumnModel)
        if (v === undefined) continue
        const other = [...values]
        other[x] = straight
        other[y] = v
        if ((straight !== values[x] || v !== values[y]) && row.fits(other) && run(other)) return true
      }
    }
  }
  return false
}

/** The value of a cell read with its one line's pieces left to right, where the placing read them right one first. */
function unswapped(tokens: readonly Token[], cell: readonly StackPiece[], column: ColumnModel): number | null | undefined {
  const k = cell.findIndex((p, i) => i > 0 && (cell[i - 1] as StackPiece).line === p.line && (cell[i - 1] as StackPiece).col > p.col)
  if (k < 0) return undefined
  const straight = [...cell]
  ;[straight[k - 1], straight[k]] = [cell[k] as StackPiece, cell[k - 1] as StackPiece]
  return cellValue(tokens, straight, column)
}
