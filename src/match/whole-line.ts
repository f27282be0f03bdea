import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'
import type { RowSpan } from './row-pieces.ts'
import { joinedApart } from './outside-pieces.ts'

/**
 * Without columns (a viewer's raw order), a cell wrapped in two sets its rest on the next line, and a row's
 * figures follow its label. A row whose figures are its cells one each, all on its label's last line, with no
 * figure no read row holds just before its label and the next row's label on another line, was printed whole
 * there: no piece of it stands elsewhere, and no other reading of those figures is had. It is read as printed
 * even where its figures break the report's arithmetic (the report's own slip, which the checks then name): the
 * arithmetic chooses between readings, and here there is one.
 */
export function wholeOnLabelLine(tokens: readonly Token[], events: readonly Event[], from: number, span: RowSpan, cells: number): boolean {
  const { pieces } = span
  if (pieces.length !== cells || span.loose || span.wrapped || pieces.some((p) => tokens[p]?.col !== undefined)) return false
  // Each piece a whole figure or a blank mark printed on the line: no glued run, no figure cut at its separator
  // (`1，`), none the text joined from two lines (its pieces' order is the text's, not the cell's).
  if (pieces.some((p) => (tokens[p]?.kind !== 'number' && tokens[p]?.kind !== 'mark') || joinedApart(tokens[p] as Token))) return false
  const line = tokens[pieces[0] as number]?.line
  if (line === undefined || pieces.some((p) => tokens[p]?.line !== line)) return false
  // The label's last piece stands on that line: the figures were not moved away from it.
  const start = events[from]
  if (start?.type !== 'label') return false
  let last = start.token
  let k = from + 1
  for (; k < events.length; k++) {
    const e = events[k] as Event
    if (e.type !== 'label') continue
    if (e.row !== start.row) break
    last = e.token
  }
  if (tokens[last]?.line !== line) return false
  // The next row's label (or the table's end) on a line of its own: no rest of a figure before it on this line.
  const next = events[k]
  return next === undefined || (tokens[next.token]?.line ?? line) !== line
}

/**
 * Where the text keeps columns (`pdftotext -layout`), a row whose figures are its cells one each, all printed on one
 * of its label's lines, with no figure no read row holds on the lines just above and below its label's, has its one
 * reading in its columns (wrapped-cells.ts lists it, or none): no piece of a figure stands elsewhere to join. It is
 * read as printed even where it breaks the report's arithmetic, as above (`0 0 0 14 0 0 19`: the report's own slip);
 * a label out of place near it (the alignment's doubt of order) does not move figures the lines and columns place.
 */
export function wholeInColumns(tokens: readonly Token[], span: RowSpan, cells: number): boolean {
  const { pieces } = span
  if (pieces.length !== cells || span.loose || span.wrapped || !span.own || span.outside.length > 0) return false
  // All on one line: a piece on another of the label's lines may be a wrapped neighbour's (a cell's rest can fall on
  // the next row's first label line, `７１ ７１` over `０ 0 0 27件 0 0 27`: 16871 above), and the arithmetic no longer says.
  const line = tokens[pieces[0] as number]?.line
  // Each piece a whole figure or a blank mark where it stands: none cut at its separator, none joined from two lines.
  return pieces.every((p) => tokens[p]?.line === line) && pieces.every((p) => tokens[p]?.col !== undefined && (tokens[p]?.kind === 'number' || tokens[p]?.kind === 'mark') && !joinedApart(tokens[p] as Token))
}
