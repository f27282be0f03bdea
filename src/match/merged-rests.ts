import { rowPaths, type RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { holdsIn } from './glued-constraints.ts'
import { cellFits, fits } from './readings-agreed.ts'
import type { TableRejoin } from './rejoin-table.ts'
import type { RowSpan } from './row-pieces.ts'
import { linesOf } from './source-lines.ts'
import { joinedReadings, type JoinedReading } from './wrapped-cells.ts'

/**
 * pdftotext merges a line of a row's wrapped rests into the row's grid line (extract/wrapped-figures.ts), each piece
 * at its own input line's column — and a line of full-width glyphs sets its figures some characters left of a plain
 * line's, so a rest may stand between two of the row's figures rather than under its own (15649: 无正当理由大量反复申请's
 * `１ 0 0 ２ 0 0 39` over `７ ２`, the `２` set between 法律服务机构's 0 and 其他组织's 0: 17 0 0 2 0 20 keeps the total 39
 * as 17 0 0 22 0 0 does). The readings listed join such a rest to its neighbours on the merged line only. Where the
 * row was read by joining a rest merged so, and a joining that takes it as stacked under any piece of the row in its
 * columns' drift keeps the arithmetic too and reads otherwise, the text does not say which: the row is in doubt
 * (read as before, withheld once every reading is done, as joins-in-doubt.ts's rows). Bounded as the readings are.
 */
export function mergedRestsInDoubt(tokens: readonly Token[], t: TableRejoin, r: number, span: RowSpan, one: JoinedReading): boolean {
  if (one.pieces.length === 0 || !one.pieces.some((g) => g.length > 1 && g.some((p) => mergedOnLine(tokens, p, span.pieces)))) return false
  const row = t.unread.table.rows[r] as RowModel
  const paths = rowPaths(row)
  const local = t.local(paths)
  if (local.length === 0) return false
  const rowFits = (vs: readonly (number | null)[]) => local.every((c) => holdsIn(c, vs.map((v) => v ?? 0)))
  const readings = joinedReadings(tokens, span, row, cellFits(paths, t.values, local), rowFits, true)
  return (readings ?? []).some((x) => fits(x, paths, t.values, local) && x.values.some((v, k) => v !== one.values[k]))
}

/** Whether piece p shares its grid line with another of `pieces` printed on another input line. */
function mergedOnLine(tokens: readonly Token[], p: number, pieces: readonly number[]): boolean {
  const x = tokens[p] as Token
  const lx = linesOf(x)
  if (!lx || lx[0] !== lx[1]) return false
  return pieces.some((q) => {
    const y = tokens[q] as Token
    const ly = q === p || y.line !== x.line ? null : linesOf(y)
    return ly !== null && ly[0] === ly[1] && ly[0] !== lx[0]
  })
}
