import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Cell, GridRow } from './grid.ts'
import { copyCell, textGridRow } from './text-cell.ts'
import { isFigure, over, placedFigures, readsAsFigure } from './figure-cells.ts'

/** A placed cell's words, each a cell in the columns it stands in (a CJK character and a space one column each). */
export function wordsOf(c: Cell): Cell[] {
  if (c.col === undefined || !/\s/.test(c.text)) return [c]
  const out: Cell[] = []
  for (const m of c.text.matchAll(/\S+/g)) {
    const col = c.col + (m.index ?? 0)
    out.push(copyCell(c, m[0], c.start, c.end, col, col + m[0].length))
  }
  return out
}

/**
 * Pieces between two rows' lines, each over a figure of the row below that it would begin, where that row's line
 * with them still adds up (its last figure the sum of the others), or its total is printed blank and says nothing: `14 14` / `80 80` / `（2）其他法律… 0 … 69 69`
 * reads 1480 above or 8069 below, and each row's total holds either way. A viewer sets a row's one-line cells on
 * either line of its two-line cell, so nothing in the text says which: the pieces are not joined to the row above.
 */
export function mayBeginBelow(pieces: readonly Cell[], next: GridRow | undefined): boolean {
  if (!next || next.blank || !next.cells.some((c) => !isFigure(c))) return false
  const line = textGridRow(next.cells.flatMap(wordsOf), next.table, next.blank, next.pageBreak)
  const below = over(pieces, line)
  if (below === null || !below.every((f, k) => f !== undefined && !fold(pieces[k]?.text ?? '').startsWith('0') && readsAsFigure((pieces[k]?.text ?? '') + f.text))) return false
  const values: number[] = []
  let blankTotal = false
  for (const f of placedFigures(line).sort((a, b) => (a.col ?? -1) - (b.col ?? -1))) {
    const k = below.indexOf(f)
    const read = readCell(fold(k >= 0 ? (pieces[k]?.text ?? '') + f.text : f.text))
    blankTotal = read.kind === 'blank'
    if (read.kind === 'blank') values.push(0)
    else if (read.kind === 'number') values.push(read.value)
    else return false
  }
  const total = values.pop() ?? 0
  // A total printed blank refuses no beginning: the row below may take the pieces as well.
  return values.length >= 2 && (blankTotal || values.reduce((a, v) => a + v, 0) === total)
}
