import type { TableRegion } from '../locate/locate.ts'
import { halfWidth } from '../normalize/fold.ts'
import { cellsOf, rowIndexOf, type TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'
import { holdsDigit } from './label-figures.ts'
import { labelHoldsFigures } from './label-figure-words.ts'

/**
 * Words holding figures among a table's rows (`0 0 ０ 0 0 1527 （二）部分公开`: a row's figures and the next row's
 * label the text kept as one piece) are no event of the alignment: the figures in them fill no cell, and the label
 * in them places none. The rows around them may then have been filled with a neighbour's figures (`一、予以公开`
 * took 部分公开's `167 0 1,602 0 0 16 ——`, the label between them hidden in those words). The row whose figures
 * stand last before such words and the row whose stand first after them are not read.
 */
/** A word of digits alone among the words (`1527` in `0 0 ０ 0 0 1527 （二）部分公开`), not a label's numbering (`（2）`). */
const FIGURE_WORD = /(?:^|\s)\d[\d,，]*(?=\s|$)/

export function rowsBesideFigureWords(tokens: readonly Token[], region: TableRegion, readings: ValueAlignment['cells'], table: TableModel): Set<number> {
  const out = new Set<number>()
  const pieces = new Set<number>()
  let first = region.end
  // A label's piece holding figures (label-figure-words.ts) leaves its own row unread as well.
  const own = new Map<number, number>()
  for (const [r, list] of region.labels) for (const p of list) {
    pieces.add(p)
    first = Math.min(first, p)
    if (labelHoldsFigures(tokens[p]?.text ?? '')) own.set(p, r)
  }
  // Most tables hold no such words: found before the rows of the figures are worked out.
  let any = false
  for (let i = first; i < region.end && !any; i++) any = isFigureWord(tokens[i] as Token, i, pieces)
  if (!any && own.size === 0) return out
  // The row each figure was read into, on any cheapest alignment.
  const rowOf = new Map<number, number>()
  const rowIndex = rowIndexOf(table)
  cellsOf(table).forEach((cell, j) => {
    const r = rowIndex.get(cell.row)
    for (const f of readings[j]?.fills ?? []) if (r !== undefined) rowOf.set(f.token, r)
  })
  let last = -1
  let pending = false
  for (let i = first; i < region.end; i++) {
    const t = tokens[i] as Token
    const r = rowOf.get(i)
    if (r !== undefined) {
      if (pending) out.add(r)
      pending = false
      last = r
    } else if (isFigureWord(t, i, pieces) || own.has(i)) {
      if (last >= 0) out.add(last)
      const labelled = own.get(i)
      if (labelled !== undefined) out.add(labelled)
      pending = true
    }
  }
  return out
}

/** Token `i`: words holding a figure alone, and no piece of a row's label. */
function isFigureWord(t: Token, i: number, pieces: ReadonlySet<number>): boolean {
  return t.kind === 'text' && !pieces.has(i) && holdsDigit(t.text) && FIGURE_WORD.test(halfWidth(t.text))
}
