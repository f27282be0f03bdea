import type { Cell, GridRow } from './grid.ts'

/**
 * Every cell and row of text made by one literal each, copies included: a spread copy (`{ ...c, text }`) takes
 * another hidden class than the literal, and with four or more of them every stage that reads cells (the
 * tokens, the wrapped figures) looked each field up the slow, megamorphic way — a field a text cell lacks
 * (`x`, `box`, `joined`) most slowly.
 */
export function textCell(text: string, start: number | undefined, end: number | undefined, weak: boolean | undefined, col: number | undefined, colEnd: number | undefined): Cell {
  // `sealed`, `figure` and `figureIn` from the start: the joins set them (figure-cells.ts), and a field added later would
  // change the cell's class.
  return { text, colspan: 1, rowspan: 1, start, end, weak, col, colEnd, sealed: undefined, figure: undefined, figureIn: undefined }
}

/** A copy of text cell `c` with its text and span as given (what `{ ...c, text, start, end, col, colEnd }` gave). */
export function copyCell(c: Cell, text: string, start: number | undefined, end: number | undefined, col: number | undefined, colEnd: number | undefined): Cell {
  return textCell(text, start, end, c.weak, col, colEnd)
}

/** Every row with the same fields, as every cell: one shape for the stages that read them all. */
export function textGridRow(cells: Cell[], table: boolean, blank = false, pageBreak = false): GridRow {
  return { cells, table, blank, pageBreak }
}
