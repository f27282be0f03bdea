/**
 * What extraction hands on: the document as rows of cells in reading order. A paragraph of prose is a
 * row of one cell that is not part of a table; a table row keeps its cells, blanks included, with the
 * spans the page declared. Text, HTML, PDF and Word all end up in this one shape, so everything after it
 * is the same for all of them.
 */
export interface Cell {
  text: string
  colspan: number
  rowspan: number
  /** HTML and Word: the cell's first grid column, counting the cells that rowspans from above reach into the row. */
  x?: number
  /** Where the cell's text stands in the normalized input (UTF-16 offsets, end exclusive); absent when unknown. */
  start?: number
  end?: number
  /**
   * An empty piece that may be a blank cell or only the seam between two cells: a trailing tab before a
   * line break (a browser copies a cell of paragraphs that way). A real empty cell of a grid is not weak.
   */
  weak?: boolean
  /** Text set out with spaces (a PDF viewer's copy): the cell's first and last column on its line. */
  col?: number
  colEnd?: number
  /**
   * PDF only, on a cell left unreadable (U+FFFD) because its geometry cannot say whether its pieces are one
   * figure: the figure they make if they are. Read only where the report's arithmetic confirms it.
   */
  joined?: string
  /** Joined from pieces none of which could stand as a cell alone (`84，` over `362`): see join in figure-cells.ts. */
  sealed?: boolean
  /** Text only, while its wrapped figures are joined: whether the cell holds a figure, and in which call that was asked (figure-cells.ts). */
  figure?: boolean
  figureIn?: number
  /** PDF only: where the cell's text stands on its page (1-based page, PDF user-space units, y from the top). */
  box?: { page: number; x: number; y: number; w: number; h: number }
}

export interface GridRow {
  cells: Cell[]
  /** True for a row of a real table (HTML `<tr>`, a tab/Markdown/space-separated text line). */
  table: boolean
  /** HTML only: which `<table>` the row belongs to, in document order (its grid columns are that table's). */
  tableId?: number
  /** A line of text that is empty or only white space: a paragraph break, or a blank cell of a one-cell-per-line dump. */
  blank?: boolean
  /** The row follows a page break (a form feed in text copied out of a PDF): where running headers stand. */
  pageBreak?: boolean
}

export type Grid = GridRow[]

export function cell(text: string, colspan = 1, rowspan = 1): Cell {
  return { text, colspan, rowspan }
}
