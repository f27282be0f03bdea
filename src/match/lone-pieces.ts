import type { TableRegion } from '../locate/locate.ts'
import type { TableModel } from '../model/index.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-values.ts'

/**
 * Text without columns (pdftotext -raw) prints a cell wrapped in a narrow column as it draws it, a piece a line:
 * 22 as `2` and `2` on two lines after its row's line. A blank cell that left no trace then makes the count come
 * right (`0 ０ 0 0 0`, `2`, `2` for 0 0 0 0 0 22 and a blank total: read 2 and 2, and the total holds). Where a
 * row set out along its label's line takes two of its cells from figures each alone on lines one after the other,
 * that join into one number, they may be one cell's pieces: nothing in the text says which. Such a row is not read.
 */

export const LONE_PIECES = 'Two of this row\'s figures stand alone on lines one after the other and may be one cell\'s pieces (a blank cell leaves no trace here); left blank rather than guessed.'

/** The token stands alone on its line: no token beside it in the text. */
function alone(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  return t !== undefined && tokens[i - 1]?.line !== t.line && tokens[i + 1]?.line !== t.line
}

/**
 * Two cells one after the other read from single figures each alone on its line, one line after the other, that
 * join into one number (`2`, `2`): they may be one cell's two pieces. Text with columns says which (never here).
 */
export function splitsLonePieces(tokens: readonly Token[], cells: readonly (readonly number[])[], labelLine: number): boolean {
  // Only a row drawn along its label's line (two of its cells on it at least): there a figure on a line of its
  // own is a taller cell's piece as well as a cell; a column of cells, one a line (reading order), is printed so whole.
  if (cells.filter((g) => g.some((i) => tokens[i]?.line === labelLine)).length < 2) return false
  return cells.some((g, k) => {
    const next = cells[k + 1]
    const i = g.length === 1 ? g[0] : undefined
    const n = next?.length === 1 ? next[0] : undefined
    if (i === undefined || n === undefined || n !== i + 1) return false
    const a = tokens[i]
    const b = tokens[n]
    // On lines next to each other: reading order parts a page's lines (cells too) by blank lines, not a cell's own.
    if (!a || !b || a.col !== undefined || b.col !== undefined || b.line !== a.line + 1) return false
    return alone(tokens, i) && alone(tokens, n) && readCell(a.folded + b.folded).kind === 'number'
  })
}

/** The rows the alignment read so. */
export function lonePieceRows(tokens: readonly Token[], region: TableRegion, readings: ValueAlignment['cells'], table: TableModel): number[] {
  const out: number[] = []
  let j = 0
  table.rows.forEach((row, r) => {
    const read: number[][] = []
    for (let k = 0; k < row.columns.length; k++, j++) {
      const f = readings[j]?.fills[0]
      read.push(f?.type === 'token' ? [f.token] : [])
    }
    const label = region.labels.get(r)?.[0]
    if (label !== undefined && splitsLonePieces(tokens, read, tokens[label]?.line ?? -1)) out.push(r)
  })
  return out
}
