import type { Token } from '../tokens/token.ts'

/**
 * Text kept in the order its cells were drawn (`pdftotext -raw`) ends a line only where the baseline moves: a row's
 * cells are drawn one after another, so two cells of one line each, side by side, share the row's baseline and
 * come out on one line (`0 0 ０ 12`), however the cells are aligned (top, middle or bottom: the same for both).
 * Two pieces drawn one after the other on lines that follow each other, each alone a cell's whole text, are
 * therefore never two cells of one line: one of them wrapped (`1` / `，28` / `2` / `0` / `1282` over `件`).
 * The rule holds within a page only: a row a page break cuts sets its cells' lines on both sides of the break.
 */

/** The texts (the normalized input the tokens' offsets name) of token lists known to be in drawn order. */
const DRAWN = new WeakMap<readonly Token[], string>()

/** Marks `tokens` as text in drawn order, `text` the input their offsets name (match.ts, once per conversion). */
export function markDrawn(tokens: readonly Token[], text: string): void {
  DRAWN.set(tokens, text)
}

/** Only spaces, one line break, and no page break between two pieces: they stand on lines that follow each other. */
const NEXT_LINE = /^[^\S\n\f]*\n[^\S\n\f]*$/

/**
 * Whether pieces `a` and `b` (token indices, `b` drawn right after `a`) cannot be two cells of one line each: the
 * text is in drawn order, nothing stands between them, each piece is printed on one line (not a figure the text
 * joined with a unit wrapped under it, `28` over `件`), and they stand on lines that follow each other, one page.
 */
export function apartOneLine(tokens: readonly Token[], a: number, b: number): boolean {
  const text = DRAWN.get(tokens)
  const x = tokens[a]
  const y = tokens[b]
  if (text === undefined || !x || !y || b !== a + 1 || x.start < 0 || y.start < 0 || x.line === y.line) return false
  if (text.slice(x.start, x.end).includes('\n') || text.slice(y.start, y.end).includes('\n')) return false
  return NEXT_LINE.test(text.slice(x.end, y.start))
}

/**
 * Whether figure `figure`, before a row's label `label` (token indices), is none of the row's own: in drawn order a
 * row's label is drawn before its figures, so a figure ahead of it on its page is another row's (a row above left
 * unread). Across a page break the text may hold a cut row's first parts ahead of its label's, so there it may be.
 * (In a viewer's reading order a row's first parts may stand ahead of its label: loose-before.ts.)
 */
export function drawnBefore(tokens: readonly Token[], figure: number, label: number): boolean {
  const text = DRAWN.get(tokens)
  const x = tokens[figure]
  const y = tokens[label]
  return text !== undefined && x !== undefined && y !== undefined && x.end >= 0 && y.start >= x.end && !text.slice(x.end, y.start).includes('\f')
}

/**
 * Whether a page break stands between pieces `a` and `b` of text in drawn order. A row a page break cuts gives, after
 * the break, the rests of its cut cells in the cells' order: the first piece there continues the first cell cut,
 * not the piece drawn last before the break (`３０` / `\f３９` / `７` is 30397, with the row's other cells between).
 */
export function pageBetween(tokens: readonly Token[], a: number, b: number): boolean {
  const text = DRAWN.get(tokens)
  const x = tokens[a]
  const y = tokens[b]
  return text !== undefined && x !== undefined && y !== undefined && x.end >= 0 && y.start >= x.end && text.slice(x.end, y.start).includes('\f')
}
