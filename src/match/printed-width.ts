import type { Token } from '../tokens/token.ts'

/**
 * How wide a cell's text prints, to tell whether it would have fitted a cell another figure fitted: a viewer wraps
 * a cell's text only where it is wider than its column, and table 三's seven applicant columns are one width.
 */

/** Printed width in quarters of an em: a wide glyph (CJK, full-width digits and comma) 4, a digit 2, a comma or point 1. */
export function printedWidth(text: string): number {
  let w = 0
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x1100 ? 4 : ch === ',' || ch === '.' ? 1 : 2
  return w
}

/**
 * The least and the most a text may print wide, in hundredths of an em, over the fonts viewers use: a wide glyph
 * (CJK, full-width digits and comma) 100; a digit half an em in a CJK font's Latin, up to 0.65 em in a Latin font
 * (LibreOffice's `22` wrapped in a cell that held `０` on one line, seed 85); a comma or point a quarter to a third.
 */
export function widthRange(text: string): { least: number; most: number } {
  let least = 0
  let most = 0
  for (const ch of text) {
    const wide = (ch.codePointAt(0) ?? 0) >= 0x1100
    least += wide ? 100 : ch === ',' || ch === '.' ? 25 : 50
    most += wide ? 100 : ch === ',' || ch === '.' ? 35 : 65
  }
  return { least, most }
}

/** The token was joined across a line break (extract: a wrapped figure's pieces), so it was not printed on one line. */
export function crossesLine(t: Token): boolean {
  return t.start >= 0 && t.end - t.start > t.text.length
}
