/**
 * Cheap, whole-text clean-up that runs before extraction: characters that are never content and the
 * pinyin readings that mirror sites insert, in one linear pass. What it deletes is remembered, so that a
 * position in the cleaned text can be traced back to the input a user sent (provenance).
 */

/**
 * One pattern, three cases: zero-width characters (invisible, and they split labels); no-break and odd
 * spaces (plain spaces everywhere); and a mirror site's pinyin reading after a converted character
 * (`區(qū)` → `區`): only lower-case Latin letters with tone marks inside ASCII brackets right after a CJK
 * character, so a bracketed Chinese word such as `村(居)` stays. Bounded repetition keeps it linear.
 */
const CLEAN = /([\u200b-\u200d\u2060\ufeff])|([\u00a0\u2000-\u200a\u202f\u205f])|([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7})\)/g

export interface CleanText {
  text: string
  annotationsRemoved: number
  /** Where characters were deleted: positions in the cleaned text, each with the total deleted up to it. */
  deletedAt: readonly number[]
  deletedUpTo: readonly number[]
}

export function cleanText(input: string): CleanText {
  let annotationsRemoved = 0
  const deletedAt: number[] = []
  const deletedUpTo: number[] = []
  let deleted = 0
  const parts: string[] = []
  let last = 0
  let length = 0
  CLEAN.lastIndex = 0
  for (let m = CLEAN.exec(input); m; m = CLEAN.exec(input)) {
    const kept = input.slice(last, m.index)
    parts.push(kept)
    length += kept.length
    last = m.index + m[0].length
    if (m[1] !== undefined) {
      deleted += 1
    } else if (m[2] !== undefined) {
      parts.push(' ')
      length += 1
      continue
    } else {
      annotationsRemoved++
      parts.push(m[3] ?? '')
      length += 1
      deleted += m[0].length - 1
    }
    deletedAt.push(length)
    deletedUpTo.push(deleted)
  }
  parts.push(input.slice(last))
  return { text: parts.join(''), annotationsRemoved, deletedAt, deletedUpTo }
}

/** A position in the cleaned text → the same position in the input the cleaning was given. */
export function toInputOffset(clean: Pick<CleanText, 'deletedAt' | 'deletedUpTo'>, offset: number): number {
  const at = clean.deletedAt
  let lo = 0
  let hi = at.length
  // The last deletion at or before `offset`: everything deleted up to it lies before the character.
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((at[mid] ?? 0) <= offset) lo = mid + 1
    else hi = mid
  }
  return offset + (lo === 0 ? 0 : (clean.deletedUpTo[lo - 1] ?? 0))
}
