import type { Pieces } from './pieces.ts'
import type { Cell, GridRow } from './grid.ts'

/** The cells, rows and tables that src/extract/html.ts builds its grid of, and the bounds on their spans. */

/** Every cell and row of a page with the same fields in the same order: V8 compiled the token loop again per new shape. */
export function htmlCell(text: string, colspan = 1, rowspan = 1, x?: number, start?: number, end?: number): Cell {
  return { text, colspan, rowspan, x, start, end }
}

export function proseRow(c: Cell): GridRow {
  return { cells: [c], table: false, tableId: undefined }
}

/** Spans past this are typos or hostile (`rowspan="100000"`); the HTML standard caps colspan at 1000, rowspan at 65534. */
const MAX_SPAN = 1000
/** A cell with more lines and text than this is a layout cell holding prose, not a table cell. */
export const LAYOUT_CELL_LINES = 3
export const LAYOUT_CELL_CHARS = 200

export function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1
}

export interface OpenCell {
  lines: string[]
  current: Pieces
  /** Where the cell's first and last text stand in the input (-1 until text arrives). */
  start: number
  end: number
  colspan: number
  rowspan: number
  /** The cell held a table: it is page layout, and the rest of what it holds is prose, not a cell. */
  layout: boolean
}

export interface OpenTable {
  row: Cell[] | null
  cell: OpenCell | null
  id: number
  /** The span-aware grid: per column, the last row index that a rowspan from above covers. */
  covered: number[]
  rowIndex: number
  /** The next grid column of the current row. */
  x: number
}

export function openTable(id: number): OpenTable {
  return { row: null, cell: null, id, covered: [], rowIndex: 0, x: 0 }
}

/** The widest grid tracked for rowspans (table 四, the widest standard table, has 15 value columns). */
export const MAX_GRID_WIDTH = 200

/** The next grid column of the current row that no rowspan from above covers. */
export function nextFree(table: OpenTable): number {
  while ((table.covered[table.x] ?? -1) >= table.rowIndex) table.x++
  return table.x
}
