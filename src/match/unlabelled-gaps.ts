import type { Token } from '../tokens/token.ts'
import type { CellReading } from './align-types.ts'

/**
 * A row whose label was not found has no first piece to begin its cells: the alignment fills it with the figures
 * after the row above's, and a cell it leaves unfilled there is priced lower than one of a labelled row. That
 * price is a preference, not what the text says: the figures between the two labels are fewer than the rows'
 * cells, and the one missing may as well be the labelled row's (`4.保护第三方合法权益 0 ０ － — 0 0`, then
 * `三、不 5.属于三类内部事务信` unfound: 6 figures and an empty cell, or 7 and the row below short). The rows
 * that share the span with the unlabelled one — up to and with the labelled row on its label's side — are
 * returned; each is left unread with it where words stand among its own figures (wordsAmongFills): there the
 * unfound label may stand, and the figures past it be the unlabelled row's.
 */
export function rowsSharingGap(row: number, labelled: Uint8Array, side: 'before' | 'after'): number[] {
  const out: number[] = []
  const step = side === 'before' ? -1 : 1
  for (let r = row + step; r >= 0 && r < labelled.length; r += step) {
    out.push(r)
    if (labelled[r]) break
  }
  return out
}

/** Words (a text token) between the first and the last figure the cells `from`…`to` are filled with. */
export function wordsAmongFills(tokens: readonly Token[], readings: readonly CellReading[], from: number, to: number): boolean {
  let first = Infinity
  let last = -1
  for (let j = from; j < to; j++)
    for (const f of readings[j]?.fills ?? []) {
      first = Math.min(first, f.token)
      last = Math.max(last, f.token)
    }
  for (let i = first + 1; i < last; i++) if (tokens[i]?.kind === 'text' && (tokens[i]?.folded ?? '') !== '') return true
  return false
}
