import type { TableRegion } from '../locate/locate.ts'
import { cellsOf, rowIndexOf, type TableModel } from '../model/index.ts'
import { isUnit } from '../normalize/numbers.ts'
import { isValueKind, type Token } from '../tokens/token.ts'
import type { Event, ValueAlignment } from './align-types.ts'

/**
 * The rows whose figures a viewer cut (a unit alone after them): where a cell wrapped, a PDF viewer's reading
 * order may print that row's figures out of the table's order, so none of them is its cell for certain.
 */
export function cutUnitRows(tokens: readonly Token[], region: TableRegion, events: readonly Event[], readings: ValueAlignment['cells'], table: TableModel): Set<number> {
  // Most tables hold no unit standing alone: found before the rows of the figures are worked out.
  let any = false
  for (let i = region.start; i < region.end && !any; i++) any = tokens[i]?.kind === 'text' && isUnit(tokens[i]?.folded ?? '')
  if (!any) return new Set()
  const rowOfToken = new Map<number, number>()
  const rowIndex = rowIndexOf(table)
  const cells = cellsOf(table)
  readings.forEach((reading, j) => {
    const cell = cells[j]
    const r = cell ? rowIndex.get(cell.row) : undefined
    if (r !== undefined) for (const f of reading.fills) rowOfToken.set(f.token, r)
  })
  const out = new Set<number>()
  let lastValue = -1
  const valueAt = new Set(events.filter((e) => e.type === 'value').map((e) => e.token))
  const firstCol = new Map<number, number>()
  const pieceRow = new Map<number, number>()
  for (const [r, pieces] of region.labels) for (const p of pieces) pieceRow.set(p, r)
  for (let i = region.start; i < region.end; i++) {
    if (valueAt.has(i)) lastValue = i
    else if (lastValue >= 0 && tokens[i]?.kind === 'text' && isUnit(tokens[i]?.folded ?? '') && !endsLabel(tokens, i, pieceRow, table) && !underLabel(tokens, i, lastValue, firstCol)) {
      const r = rowOfToken.get(lastValue)
      if (r !== undefined) out.add(r)
    }
  }
  return out
}

/**
 * A unit right after a piece of a row's label that the label lacks and ends with (`（8）属于行政查询事` `项`) is
 * the label's last character, wrapped onto the next line: no figure's.
 */
function endsLabel(tokens: readonly Token[], unit: number, pieceRow: ReadonlyMap<number, number>, table: TableModel): boolean {
  const r = pieceRow.get(unit - 1)
  const row = r === undefined ? undefined : table.rows[r]
  const char = tokens[unit]?.folded ?? ''
  if (!row || (tokens[unit - 1]?.folded ?? '').endsWith(char)) return false
  return [row.label, ...row.variants].some((label) => label.endsWith(char))
}

/**
 * In text that keeps the page's columns, a unit cut from its figure stands under it; one left of every figure
 * on the line of the figure before it stands in the label's column: the end of a wrapped label (`…行政查询事` `项`).
 */
function underLabel(tokens: readonly Token[], unit: number, lastValue: number, firstCol: Map<number, number>): boolean {
  const u = tokens[unit]
  const line = tokens[lastValue]?.line ?? -1
  if (u?.colEnd === undefined) return false
  // The first figure's column of a line, worked out once per line (NaN: a figure without one).
  let first = firstCol.get(line)
  if (first === undefined) {
    first = Infinity
    for (let i = lastValue; i >= 0 && tokens[i]?.line === line; i--) {
      const t = tokens[i] as Token
      if (isValueKind(t.kind)) first = t.col === undefined ? NaN : Math.min(first, t.col)
    }
    firstCol.set(line, first)
  }
  return u.colEnd <= first
}
