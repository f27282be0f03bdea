import type { Cell, Grid, GridRow } from './grid.ts'
import { copyCell, textGridRow } from './text-cell.ts'

/**
 * A spanned label too narrow for its words (本年度办理结果 beside the rows it spans) prints one character per
 * line, at one column, at the start of each of those lines: in text that keeps the page's columns
 * (pdftotext -layout) the characters then stand beside the rows' labels and the rests of their wrapped figures
 * (`本  件`, `理  ３３`), where they hide a line of figures only. Three or more lines in a row that each begin with
 * one character at the same column are such a label: its characters are taken off the lines and set, as one
 * cell, on a line of their own before them.
 */

const MIN_LINES = 3
const NUMERAL = /^[一二三四五六七八九十]/
/** A line of a table: a figure among its cells. */
const FIGURE = /\d|[０-９]/

/**
 * One ideograph, alone or before a space and the rest of the line's first cell (`/^[\u4e00-\u9fff](?: |$)/`, told by
 * code: every line set out in columns is asked); no numeral (`一 概述` is a heading's).
 */
function startsLone(text: string): boolean {
  const first = text.charCodeAt(0)
  return first >= 0x4e00 && first <= 0x9fff && (text.length === 1 || text.charCodeAt(1) === 0x20) && !NUMERAL.test(text)
}

/** The column of a line that starts with a lone ideograph, or -1: a number, no object per line asked. */
function loneColumn(row: GridRow): number {
  const c = row.cells[0]
  return row.blank || !c || c.col === undefined || !startsLone(c.text) ? -1 : c.col
}

/** Takes the character off the line; the rest of the cell keeps its place. */
function strip(row: GridRow): Cell {
  const c = row.cells[0] as Cell
  const char: Cell = copyCell(c, c.text.slice(0, 1), c.start, c.start === undefined ? c.end : c.start + 1, c.col, (c.col ?? 0) + 1)
  const rest = c.text.slice(1).trimStart()
  if (rest === '') row.cells.shift()
  else {
    const cut = c.text.length - rest.length
    row.cells[0] = copyCell(c, rest, c.start === undefined ? undefined : c.start + cut, c.end, (c.col ?? 0) + cut, c.colEnd)
  }
  return char
}

export interface VerticalLabel {
  /** The lines it stood on, and its characters as one cell. */
  lines: ReadonlySet<GridRow>
  row: GridRow
}

/** Takes the vertical labels off their lines (in place); they go back, each on a line of its own, by `placeLabels`. */
export function takeVerticalLabels(grid: Grid): VerticalLabel[] {
  const out: VerticalLabel[] = []
  let r = 0
  while (r < grid.length) {
    const col = loneColumn(grid[r] as GridRow)
    let end = r + 1
    while (col !== -1 && end < grid.length && loneColumn(grid[end] as GridRow) === col) end++
    // Beside a table's rows: some of its lines hold figures.
    if (col === -1 || end - r < MIN_LINES || !grid.slice(r, end).some((row) => row.cells.slice(1).some((c) => FIGURE.test(c.text)))) {
      r++
      continue
    }
    const lines = grid.slice(r, end)
    const chars = lines.map((row) => strip(row))
    const head = chars[0] as Cell
    const tail = chars.at(-1) as Cell
    out.push({ lines: new Set(lines), row: textGridRow([copyCell(head, chars.map((c) => c.text).join(''), head.start, tail.end, head.col, head.colEnd)], false) })
    r = end
  }
  return out
}

/**
 * Each label on a line of its own before the first of its lines that is still a line once the rests of wrapped
 * figures are joined (a line of such rests is no line of its own): set apart, it parts no figure from its rest.
 */
export function placeLabels(grid: Grid, labels: readonly VerticalLabel[]): Grid {
  if (labels.length === 0) return grid
  const out: Grid = []
  let next = 0
  for (const row of grid) {
    const label = labels[next]
    if (label?.lines.has(row)) {
      out.push(label.row)
      next++
    }
    out.push(row)
  }
  return out
}
