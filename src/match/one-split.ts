import type { RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'
import type { RowSpan } from './row-pieces.ts'
import { everyRawReading, type JoinedReading } from './wrapped-cells.ts'
import { swappableTails } from './swapped-tails.ts'
import { endsInFigure } from './label-figures.ts'
import { joinedApart } from './outside-pieces.ts'
import { pageBetween } from './drawn-lines.ts'

/**
 * Without columns (a viewer's raw order), a row's cells follow its label in the order they were drawn, and a cell
 * wrapped in its cell sets its rest at the start of the next line: `９９９ ２５８` / `５５ 0 0 —— 0 26860`. Where
 * the row's pieces split into its cells in one way only — each cell a piece, or pieces running on over line
 * breaks, every joined figure a whole number — the text holds one reading of the row, and it is read as printed
 * even where its figures break the report's arithmetic (the report's slip, which the checks name), as a row
 * printed whole on its label's line is (whole-line.ts): the arithmetic chooses between readings, and here there
 * is one. Only where the text says that nothing but the row's own pieces stand in it:
 *  - no figure no read row holds just before its label (its first parts may stand there: loose-before.ts), and
 *    no piece of its label that ends in a figure (a wrapped figure's first piece set on the label's line);
 *  - its label's lines and its pieces' lines touch, one after the next, and hold nothing else: no word, no other
 *    row's label, no line dropped between them (a page's footer: a rest across it is no run-on the text shows);
 *  - the next row's label on a line of its own (no rest of a figure before it on the last line);
 *  - no piece the text joined from two lines (`0` / `件` as `0件`: its pieces' order is the text's, not the cell's)
 *    joined again to another piece, and, where a cell may carry a sign (本年增/减), no dash ending a line before a
 *    figure (`－` / `183`: -183);
 *  - no other split at all, also none a sum could not tell from it (two figures cut at their separators whose
 *    rests may be swapped: `1，` `96` `3` and `1,` `38` `1` are 1,963 and 1,381, or 131,963 beside 15);
 *  - no page break among its pieces: after one a cut cell's rest may continue any cell cut (`2` / `1` / `\f3` / `5`
 *    / `6` is 21356), which no run-on over line breaks lists, so one split listed is not one the text allows;
 *  - no split into fewer cells: a blank that left no trace (LibreOffice's empty cells) would take a cell away,
 *    and the pieces would then be read into the wrong cells (`2` / `2`: 22 beside a blank, or 2 and 2).
 */

/**
 * The text keeps the order its cells were drawn in, without columns: no blank line parts its lines, and no piece
 * keeps a column (`-layout` sets its lines out by them). A viewer's reading order parts a page's blocks by blank
 * lines (and moves a row's figures away from its label, a block of another row's figures after its last line);
 * pdftotext -raw writes none. Trailing blank lines part nothing.
 */
export function drawnOrder(tokens: readonly Token[]): boolean {
  let end = tokens.length
  while (end > 0 && tokens[end - 1]?.kind === 'empty') end--
  for (let i = 0; i < end; i++) {
    const t = tokens[i] as Token
    if ((t.kind === 'empty' && !t.tableRow && t.text === '') || t.col !== undefined) return false
  }
  return true
}

/** The row's lines, from its label's first piece to its last piece's line, touch and hold only its label and figures. */
function ownLines(tokens: readonly Token[], events: readonly Event[], from: number, span: RowSpan): boolean {
  const start = events[from]
  const last = span.pieces.at(-1)
  if (start?.type !== 'label' || last === undefined) return false
  const labels = new Set<number>()
  for (let k = from; k < events.length; k++) {
    const e = events[k] as Event
    if (e.type !== 'label') continue
    if (e.row !== start.row) break
    labels.add(e.token)
  }
  const mine = new Set(span.pieces)
  // From the label's first piece to the end of the last piece's line: every token the row's own, lines touching.
  let line = tokens[start.token]?.line ?? -1
  for (let i = start.token; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (i > last && t.line !== tokens[last]?.line) return true
    if (t.line !== line && t.line !== line + 1) return false
    line = t.line
    if (t.kind === 'empty') continue
    if (labels.has(i) ? endsInFigure(t) : !mine.has(i)) return false
  }
  return true
}

/** A dash that ends its line before a figure on the next, in a row with a signed cell: a sign, or a blank. */
function signApart(tokens: readonly Token[], pieces: readonly number[], row: RowModel): boolean {
  if (!row.columns.some((c) => c.kind === 'signed')) return false
  return pieces.some((p, k) => {
    const t = tokens[p] as Token
    const next = tokens[pieces[k + 1] ?? -1]
    return t.kind === 'mark' && /^[-－—–─−]+$/.test(t.folded) && next !== undefined && next.kind !== 'mark' && next.line === t.line + 1
  })
}

/** The one reading of the row's pieces, where the text allows no other; else null. */
export function oneSplit(tokens: readonly Token[], events: readonly Event[], from: number, span: RowSpan, row: RowModel): JoinedReading | null {
  const { pieces } = span
  if (pieces.length < row.columns.length || span.loose || pieces.some((p) => tokens[p]?.col !== undefined)) return null
  if (signApart(tokens, pieces, row) || !ownLines(tokens, events, from, span)) return null
  if (pieces.some((p, k) => k > 0 && pageBetween(tokens, pieces[k - 1] as number, p))) return null
  const readings = everyRawReading(tokens, pieces, row)
  const one = readings?.length === 1 ? (readings[0] as JoinedReading) : null
  if (!one || swappableTails(tokens, one.pieces) || one.pieces.some((g) => g.length > 1 && g.some((p) => joinedApart(tokens[p] as Token)))) return null
  // A cell that left no trace: the same pieces read into one or two cells fewer.
  for (const fewer of [1, 2]) {
    if (row.columns.length - fewer < 1) break
    const shorter = everyRawReading(tokens, pieces, { ...row, columns: row.columns.slice(fewer) })
    if (shorter === null || shorter.length > 0) return null
  }
  return one
}
