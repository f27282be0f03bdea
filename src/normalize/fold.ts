import { DROP, fromUnits, isSpace, mapUnits, room } from './units.ts'

/**
 * The form in which labels are compared and numbers read: full-width ASCII folded to half-width
 * (`（一）` ≡ `(一)`, `１２３` ≡ `123`), all white space and every kind of quotation mark dropped
 * (危及“三安全一稳定” ≡ 危及"三安全一稳定" ≡ 危及三安全一稳定). Narrative text is never folded.
 * One pass per text, into one flat string (src/normalize/units.ts): tokens of hostile bodies are megabytes.
 */

/** Full-width ASCII (U+FF01–U+FF5E) to its half-width form, the ideographic space to a plain one. */
export function halfUnit(unit: number): number {
  if (unit >= 0xff01 && unit <= 0xff5e) return unit - 0xfee0
  return unit === 0x3000 ? 0x20 : unit
}

/** `"` `'` “ ” ‘ ’ 「 」 『 』 — compared, not looked up in a set: this runs for every character of every cell. */
function isQuote(unit: number): boolean {
  if (unit < 0x2018) return unit === 0x22 || unit === 0x27
  return unit === 0x2018 || unit === 0x2019 || unit === 0x201c || unit === 0x201d || (unit >= 0x300c && unit <= 0x300f)
}

/** One unit as `fold` makes it (DROP where it drops it). */
export function foldUnit(unit: number): number {
  // Every unit past 』 and before the byte-order mark (CJK, most of a cell) is none of the below: kept as it is.
  if (unit > 0x300f && unit < 0xfeff) return unit
  const half = halfUnit(unit)
  return isSpace(half) || isQuote(half) ? DROP : half
}

/** Full-width ASCII folded to half-width, white space kept (it still separates cells in a glued run). */
export function halfWidth(text: string): string {
  return mapUnits(text, halfUnit)
}

/** mapUnits(text, foldUnit), written out: every cell is folded, and a call through a parameter is not inlined. */
export function fold(text: string): string {
  const length = text.length
  let i = 0
  while (i < length) {
    const unit = text.charCodeAt(i)
    if (foldUnit(unit) !== unit) break
    i++
  }
  if (i === length) return text
  const out = room(length)
  for (let k = 0; k < i; k++) out[k] = text.charCodeAt(k)
  let n = i
  for (; i < length; i++) {
    const unit = foldUnit(text.charCodeAt(i))
    if (unit !== DROP) out[n++] = unit
  }
  return fromUnits(out, n)
}

/** The first unit of `fold(text)`, or DROP where it is empty: found without folding a whole line. */
export function firstFolded(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = foldUnit(text.charCodeAt(i))
    if (unit !== DROP) return unit
  }
  return DROP
}

/** The last unit of `fold(text)`, or DROP where it is empty. */
export function lastFolded(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const unit = foldUnit(text.charCodeAt(i))
    if (unit !== DROP) return unit
  }
  return DROP
}
