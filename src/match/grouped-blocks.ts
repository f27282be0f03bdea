import type { RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { sameFigure } from './block-cuts.ts'
import { readCellValue } from './read-cell.ts'

/**
 * A page's column blocks (column-blocks.ts) are put back in the text's order, one block a column. pdftotext orders a
 * page's blocks by what stands above them, not by their columns alone: beneath a band printed in column groups (each
 * block several columns, `30 0 0` / `0件 18906 0` then `０ 30` / `0 18906`), the next band's blocks of one column each
 * came as the groups lead them — the block under the second group's first column second (15604: research, other,
 * social, legal, total; 15799 alike). There the text does not say which column each block is, and a row's parts keep
 * its total in any order: a row whose figures in those blocks differ is in doubt (all zeros, or one figure, say the
 * same in any order).
 */

/** The distinct lines a block's figures stand on. */
function linesOf(tokens: readonly Token[], block: readonly number[]): number {
  return new Set(block.map((t) => tokens[t]?.line)).size
}

/**
 * Whether a row's block figures (`cells`, its last cells' tokens) stand in two blocks or more right beneath a band
 * printed in column groups — the blocks just before them share one count of lines, each holding two columns or more,
 * as many columns in all as the row's block cells — and differ where their order would move them: among its parts,
 * and its total too where its own figures (`own`) and parts do not make it.
 */
export function beneathGroups(tokens: readonly Token[], blocks: readonly number[][], cells: readonly number[], row: RowModel, own: readonly number[]): boolean {
  const m = cells.length
  const blockOf = new Map<number, number>()
  blocks.forEach((b, i) => b.forEach((t) => blockOf.set(t, i)))
  const at = cells.map((t) => blockOf.get(t) ?? -1)
  if (at.includes(-1) || new Set(at).size < 2) return false
  let b = Math.min(...at) - 1
  const lines = linesOf(tokens, blocks[b] ?? [])
  let columns = 0
  let groups = 0
  for (; b >= 0 && columns < m; b--) {
    const block = blocks[b] as number[]
    if (linesOf(tokens, block) !== lines || block.length % lines !== 0 || block.length / lines < 2) return false
    columns += block.length / lines
    groups++
  }
  if (columns !== m || groups < 2) return false
  // The total, where the row's figures make it, stands where no other order puts a part.
  const first = row.columns.length - m
  const totalAt = row.columns.findIndex((c) => c.key === 'total') - first
  let parts = 0
  let total = -1
  const value = (t: number, c: number) => {
    const v = readCellValue(tokens[t] as Token, row.columns[c] as RowModel['columns'][number])
    return v.kind === 'value' ? v.value : -1
  }
  own.forEach((t, c) => (parts += Math.max(0, value(t, c))))
  cells.forEach((t, c) => {
    if (c === totalAt) total = value(t, first + c)
    else parts += Math.max(0, value(t, first + c))
  })
  // Without the row's own first figures its total says nothing.
  if (own.length !== first) total = -1
  const moved = cells.filter((_, c) => c !== totalAt || total !== parts)
  return moved.some((t) => !sameFigure(tokens[t], tokens[moved[0] as number]))
}
