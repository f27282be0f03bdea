import type { TableRegion } from '../locate/locate.ts'
import { cellsOf, rowIndexOf, type TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'
import { likelyWidth } from './column-widths.ts'
import { drawnOrder } from './one-split.ts'
import { joinedApart } from './outside-pieces.ts'

/**
 * A figure that took its unit from the start of the next line (`０` / `件 ６９２ 0`, read `０件`) is read as a cell
 * wrapped over two lines. A cell wraps only what is wider than it: where the same row holds a figure on one line at
 * least as wide as the joined one, the joined one would have fitted its cell (the applicants' columns are one
 * width), so the unit is another, wider cell's (`1，765` `件`), and in a viewer's reading order (not the order the
 * cells were drawn in) the row's one-line cells set between that cell's lines came out in no order: 27 1，765 0 ０件
 * ６９２ 0 for 27 1765 692 0 0 0. The rows holding such a figure are returned, to be doubted.
 */
export function unitAcrossRows(tokens: readonly Token[], region: TableRegion, readings: ValueAlignment['cells'], table: TableModel): Set<number> {
  const out = new Set<number>()
  let any = false
  for (let i = region.start; i < region.end && !any; i++) any = unitFromBelow(tokens[i] as Token)
  if (!any || drawnOrder(tokens)) return out
  const rowIndex = rowIndexOf(table)
  const cells = cellsOf(table)
  const byRow = new Map<number, number[]>()
  readings.forEach((reading, j) => {
    const cell = cells[j]
    const r = cell ? rowIndex.get(cell.row) : undefined
    if (r === undefined) return
    const list = byRow.get(r) ?? []
    for (const f of reading.fills) if (f.type === 'token') list.push(f.token)
    byRow.set(r, list)
  })
  for (const [r, list] of byRow) {
    const joined = list.filter((i) => unitFromBelow(tokens[i] as Token))
    if (joined.some((i) => list.some((k) => k !== i && tokens[k]?.kind === 'number' && !joinedApart(tokens[k] as Token) && likelyWidth(tokens[k]?.text ?? '') >= likelyWidth(tokens[i]?.text ?? '')))) out.add(r)
  }
  return out
}

/** A number joined with a unit that began the next line, figures after it there (extract/wrapped-figures.ts: not sealed). */
function unitFromBelow(t: Token): boolean {
  return t.kind === 'number' && !!t.unit && !t.sealed && t.col === undefined && joinedApart(t)
}
