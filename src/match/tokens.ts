import type { Grid } from '../extract/grid.ts'
import { fold } from '../normalize/fold.ts'

/** One cell of the grid in reading order, with its folded form for label tests and number reading. */
export interface Token {
  text: string
  folded: string
  row: number
  /** Position in its grid row, and whether the row is a table row with more cells after this one. */
  column: number
  lastInRow: boolean
  tableRow: boolean
  /** HTML only: the cell's grid column and width, and its table (see extract/grid.ts). */
  x?: number
  colspan: number
  tableId?: number
}

export function tokenize(grid: Grid): Token[] {
  const tokens: Token[] = []
  grid.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      tokens.push({
        text: cell.text,
        folded: fold(cell.text),
        row: r,
        column: c,
        lastInRow: c === row.cells.length - 1,
        tableRow: row.table,
        x: cell.x,
        colspan: cell.colspan,
        tableId: row.tableId,
      })
    })
  })
  return tokens
}
