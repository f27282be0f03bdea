import { DROP, mapUnits } from './units.ts'

/**
 * Cheap, whole-text clean-up that runs before extraction: characters that are never content and the
 * pinyin readings that mirror sites insert. Each is one linear pass giving one flat string.
 */

/**
 * Zero-width spaces, joiners, the word joiner and the byte-order mark (invisible, and they split labels)
 * dropped; no-break and other odd spaces, which behave as plain spaces everywhere (labels, numbers,
 * narrative), made plain. Also applied to the text between HTML tags, where entities can spell them.
 */
export function invisibleUnit(unit: number): number {
  if (unit < 0xa0) return unit
  if ((unit >= 0x200b && unit <= 0x200d) || unit === 0x2060 || unit === 0xfeff) return DROP
  return unit === 0xa0 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x202f || unit === 0x205f ? 0x20 : unit
}

/**
 * A mirror site's pinyin reading after a converted character: `區(qū)` → `區`, `報(bào)` → `報`.
 * Only lower-case Latin letters (with tone marks) inside ASCII brackets right after a CJK character; a
 * bracketed Chinese word such as `村(居)` is left alone. Bounded repetition keeps the pattern linear.
 */
const PINYIN_ANNOTATION = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7})\)/g

export interface CleanText {
  text: string
  annotationsRemoved: number
}

export function cleanText(input: string): CleanText {
  let annotationsRemoved = 0
  // A function as the replacement: V8 gives one flat string for it, a rope of a piece per match for a string.
  const text = mapUnits(input, invisibleUnit).replace(PINYIN_ANNOTATION, (_all, han: string) => {
    annotationsRemoved++
    return han
  })
  return { text, annotationsRemoved }
}
