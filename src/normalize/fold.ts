import { DROP, isSpace, mapUnits } from './units.ts'

/**
 * The form in which labels are compared and numbers read: full-width ASCII folded to half-width
 * (`（一）` ≡ `(一)`, `１２３` ≡ `123`), all white space and every kind of quotation mark dropped
 * (危及“三安全一稳定” ≡ 危及"三安全一稳定" ≡ 危及三安全一稳定). Narrative text is never folded.
 * One pass per text, into one flat string (src/normalize/units.ts): tokens of hostile bodies are megabytes.
 */

/** Full-width ASCII (U+FF01–U+FF5E) to its half-width form, the ideographic space to a plain one. */
function halfUnit(unit: number): number {
  if (unit >= 0xff01 && unit <= 0xff5e) return unit - 0xfee0
  return unit === 0x3000 ? 0x20 : unit
}

/** `"` `'` “ ” ‘ ’ 「 」 『 』 */
const QUOTES = new Set([0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019, 0x300c, 0x300d, 0x300e, 0x300f])

/** One unit as `fold` makes it (DROP where it drops it). */
export function foldUnit(unit: number): number {
  const half = halfUnit(unit)
  return isSpace(half) || QUOTES.has(half) ? DROP : half
}

/** Full-width ASCII folded to half-width, white space kept (it still separates cells in a glued run). */
export function halfWidth(text: string): string {
  return mapUnits(text, halfUnit)
}

export function fold(text: string): string {
  return mapUnits(text, foldUnit)
}
