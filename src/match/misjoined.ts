import type { TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'
import { joinedApart } from './outside-pieces.ts'

/**
 * A piece of a wrapped figure joined to the figure it stands under, where the two make no number (`24,122` and
 * `２８` under it: `24,122２８`): the piece is the rest of another cell's figure, set a few columns off by the
 * viewer (`５４１` beside it is 54,128). The row's figures as read may lack it, and nothing says which: such a row
 * is not read. (Pieces that make a number are weighed by the row's arithmetic, order-evidence.ts.)
 */
export function misjoinedRows(tokens: readonly Token[], readings: ValueAlignment['cells'], table: TableModel): number[] {
  const out: number[] = []
  let j = 0
  table.rows.forEach((row, r) => {
    let found = false
    for (let k = 0; k < row.columns.length; k++, j++) {
      for (const f of readings[j]?.fills ?? []) {
        const t = tokens[f.token]
        // Joined from pieces apart: its span in the input is longer than its text (a line break between them).
        if (f.type === 'token' && t?.kind === 'bad' && joinedApart(t)) found = true
      }
    }
    if (found) out.push(r)
  })
  return out
}
