/**
 * Cheap, whole-text clean-up that runs before extraction: characters that are never content and the
 * pinyin readings that mirror sites insert. Each is one linear regex pass.
 */

/** Zero-width spaces, joiners, the word joiner and the byte-order mark: invisible, and they split labels. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g
/** No-break and ideographic spaces behave as plain spaces everywhere (labels, numbers, narrative). */
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/g

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
  const text = input
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(PINYIN_ANNOTATION, (_all, han: string) => {
      annotationsRemoved++
      return han
    })
  return { text, annotationsRemoved }
}
