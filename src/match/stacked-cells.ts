import type { TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'

/**
 * Two cells of a row never share a column. In text that keeps the page's columns (pdftotext -layout), a row whose
 * reading puts in two of its cells figures that stand one over the other (`0 10881` on the label's line, `1360件`
 * under `10881` on the next) reads a wrapped figure's pieces, or another row's figure, as cells: the viewer set
 * the row out of its columns' order, and which figure is whose the text does not say. On one line, figures that
 * overlap can only be a line below merged into the row's (extract/wrapped-figures.ts). Such a row is not read.
 */

/**
 * Whether figures `a` and `b`, both placed, stand in one column: on lines apart, with no space between their
 * columns (columns drift); on one line, overlapping (pieces a viewer's line kept together may touch).
 */
export function shareColumn(a: Token, b: Token): boolean {
  // The one starting first, and the other: picked, not destructured from a pair made per pair of a row's cells.
  const aFirst = (a.col ?? 0) <= (b.col ?? 0)
  const x = aFirst ? a : b
  const y = aFirst ? b : a
  return a.line === b.line ? (x.colEnd ?? 0) > (y.col ?? 0) : (x.colEnd ?? 0) >= (y.col ?? 0)
}

/** The rows whose reading puts figures of one column in two of its cells. */
const sameLine = (a: Token, b: Token) => a.line === b.line

/** Whether some pair of `ts` (each pair once, the earlier first) passes `test`: no copy of the rest per cell. */
function anyPair(ts: readonly Token[], test: (a: Token, b: Token) => boolean): boolean {
  for (let k = 0; k < ts.length; k++) for (let m = k + 1; m < ts.length; m++) if (test(ts[k] as Token, ts[m] as Token)) return true
  return false
}

export function stackedCells(tokens: readonly Token[], readings: ValueAlignment['cells'], table: TableModel): number[] {
  const out: number[] = []
  let j = 0
  table.rows.forEach((row, r) => {
    const placed: Token[] = []
    for (let k = 0; k < row.columns.length; k++, j++) {
      const f = readings[j]?.fills[0]
      const t = f?.type === 'token' ? tokens[f.token] : undefined
      if (t && t.col !== undefined && t.colEnd !== undefined && t.kind !== 'empty') placed.push(t)
    }
    // Only a row set out along its line says anything by columns (one cell per line, indented, stands in one).
    const alongLine = anyPair(placed, sameLine)
    // A row holds at most a few cells: every pair is looked at.
    if (alongLine && anyPair(placed, shareColumn)) out.push(r)
  })
  return out
}
