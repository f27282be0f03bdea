/**
 * A row whose label was not found has no first piece to begin its cells: the alignment fills it with the figures
 * after the row above's, and a cell it leaves unfilled there is priced lower than one of a labelled row. That
 * price is a preference, not what the text says: the figures between the two labels are fewer than the rows'
 * cells, and the one missing may as well be the labelled row's (`4.保护第三方合法权益 0 ０ － — 0 0`, then
 * `三、不 5.属于三类内部事务信` unfound: 6 figures and an empty cell, or 7 and the row below short). The rows
 * that share the span with the unlabelled one — up to and with the labelled row on its label's side — are
 * returned, to be left unread with it.
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
