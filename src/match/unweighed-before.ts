import type { TableRegion } from '../locate/locate.ts'
import { cellsOf, rowIndexOf, type TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'
import { readCellValue } from './read-cell.ts'

/**
 * A row that took a figure from before its label and whose total is printed blank: a viewer's reading order sets a
 * wrapped figure's rest after the row's own figures, just before the next row's label (`0 —— 7673 0` `24` `0 ７６９`
 * `７` then `（2）没有现成信息需 0 9 0 ０ 无 －`: ７ is 7697's, not the next row's first cell). With a total, the
 * row's arithmetic weighs that figure; printed blank, nothing does, and the row is not read — nor where the row's
 * label was not found (its figures then stand where its neighbours' labels leave room, and may begin anywhere there).
 */
export function unweighedBefore(tokens: readonly Token[], region: TableRegion, readings: ValueAlignment['cells'], table: TableModel): Set<number> {
  const out = new Set<number>()
  const rowIndex = rowIndexOf(table)
  // Per row: its first figure's token (on any cheapest alignment) and whether its total reads blank on every one.
  const first = new Float64Array(table.rows.length).fill(Infinity)
  const blankTotal = new Set<number>()
  cellsOf(table).forEach((cell, j) => {
    const r = rowIndex.get(cell.row)
    const reading = readings[j]
    if (r === undefined || !reading) return
    const fills = reading.fills
    for (const f of fills) if (f.type === 'token' && f.token < (first[r] as number)) first[r] = f.token
    if (cell.column.key === 'total' && fills.length > 0 && fills.every((f) => f.type === 'token' && readCellValue(tokens[f.token] as Token, cell.column).kind === 'blank')) blankTotal.add(r)
  })
  for (const r of blankTotal) {
    const label = region.labels.get(r)?.[0]
    const figure = first[r] as number
    // A row whose label was not found is placed by its neighbours' alone: nothing says where its figures begin.
    if (figure !== Infinity && (label === undefined || figure < label)) out.add(r)
  }
  return out
}
