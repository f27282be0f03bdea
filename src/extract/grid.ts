/**
 * What extraction hands on: the document as rows of cells in reading order. A paragraph of prose is a
 * row of one cell that is not part of a table; a table row keeps its cells, blanks included, with the
 * spans the page declared. Text and HTML both end up in this one shape, so everything after it is
 * the same for both.
 */
export interface Cell {
  text: string
  colspan: number
  rowspan: number
  /** HTML only: the cell's first grid column, counting the cells that rowspans from above reach into the row. */
  x?: number
  /** PDF only: where the cell's text stands on its page (1-based page, PDF user-space units, y from the top). */
  box?: { page: number; x: number; y: number; w: number; h: number }
}

export interface GridRow {
  cells: Cell[]
  /** True for a row of a real table (HTML `<tr>`, a tab/Markdown/space-separated text line). */
  table: boolean
  /** HTML only: which `<table>` the row belongs to, in document order (its grid columns are that table's). */
  tableId?: number
}

export type Grid = GridRow[]

export function cell(text: string, colspan = 1, rowspan = 1): Cell {
  return { text, colspan, rowspan }
}
