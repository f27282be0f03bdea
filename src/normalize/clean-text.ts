import { fromUnits, room } from './units.ts'

/**
 * Cheap, whole-text clean-up that runs before extraction, in one linear pass written into a buffer (one flat
 * string, no rope): zero-width characters dropped (invisible, and they split labels); no-break and other odd
 * spaces made plain (they behave as spaces everywhere); and a mirror site's pinyin reading after a converted
 * character removed (`區(qū)` → `區`) — only lower-case Latin letters with tone marks inside ASCII brackets
 * right after a CJK character, so a bracketed Chinese word such as `村(居)` stays. What it deletes is
 * remembered, so that a position in the cleaned text can be traced back to the input (provenance).
 */

export interface CleanText {
  text: string
  annotationsRemoved: number
  /** Where characters were deleted: positions in the cleaned text, each with the total deleted up to it. */
  deletedAt: Int32Array
  deletedUpTo: Int32Array
}

/**
 * Zero-width spaces, joiners, the word joiner and the byte-order mark; and control characters other than tab,
 * line and page breaks (a NUL or U+001F is no text: `0件\u0000` is the cell 0件).
 */
export function isInvisible(unit: number): boolean {
  return (unit >= 0x200b && unit <= 0x200d) || unit === 0x2060 || unit === 0xfeff || (unit < 0x20 && (unit < 0x09 || unit > 0x0d)) || unit === 0x7f
}

/** No-break and other odd spaces. */
export function isOddSpace(unit: number): boolean {
  return unit === 0xa0 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x202f || unit === 0x205f
}

const isHan = (unit: number) => (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff)
/** One flag per unit (all of them below U+1E40), read by index: a mirror's every converted character has a reading, and a Set's lookups were a fifth of the clean-up. */
const PINYIN_LETTERS = new Uint8Array(0x1e40)
for (const c of 'abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ') PINYIN_LETTERS[c.charCodeAt(0)] = 1
const MAX_PINYIN = 7

/** The length of a pinyin reading `(xx)` starting at `at`, or 0. Looks at most nine units ahead. */
function pinyinAt(input: string, at: number): number {
  if (input.charCodeAt(at) !== 0x28) return 0
  let k = at + 1
  while (k - at - 1 < MAX_PINYIN && PINYIN_LETTERS[input.charCodeAt(k)] === 1) k++
  return k > at + 1 && input.charCodeAt(k) === 0x29 ? k + 1 - at : 0
}

/**
 * Anything the clean-up may change: most texts hold nothing of it, and are returned as they are at once. A Han
 * character before `(` is only maybe a reading (`村(居)` is none): the pattern finds where to look.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const ANYTHING = /[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff\u00a0\u2000-\u200a\u202f\u205f]|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]\(/g

/** Places ANYTHING finds that are weighed before the text is walked unit by unit: a body with thousands is walked as it was. */
const WEIGHED = 64

/**
 * Where the clean-up's first change may stand: the input's length where it changes nothing. A generated page's
 * few `村(居)` are passed over by the pattern, not by a walk of every unit into the buffer.
 */
function firstChange(input: string): number {
  ANYTHING.lastIndex = 0
  for (let k = 0; k < WEIGHED; k++) {
    // test, not exec: no match array per place.
    if (!ANYTHING.test(input)) return input.length
    const end = ANYTHING.lastIndex
    // One invisible or odd unit, or a Han character and the `(` after it.
    if (input.charCodeAt(end - 1) !== 0x28) return end - 1
    if (pinyinAt(input, end - 1) > 0) return end - 2
  }
  // Nothing changed up to here (the last `(` passed over opens no reading).
  return ANYTHING.lastIndex
}

/**
 * Deletions as runs: one entry per cleaned position where something was deleted (a body of a million zero-width
 * characters in a row is one entry). An object, not a closure over cleanText's variables: the loop's position then
 * stays a local of the loop, where a closure that read it kept it in a context written at every unit.
 */
class Deletions {
  at: Int32Array = new Int32Array(16)
  upTo: Int32Array = new Int32Array(16)
  runs = 0
  deleted = 0

  /** `count` units deleted at position `n` of the cleaned text. */
  add(n: number, count: number): void {
    this.deleted += count
    if (this.runs > 0 && this.at[this.runs - 1] === n) {
      this.upTo[this.runs - 1] = this.deleted
      return
    }
    if (this.runs === this.at.length) {
      this.at = grown(this.at)
      this.upTo = grown(this.upTo)
    }
    this.at[this.runs] = n
    this.upTo[this.runs] = this.deleted
    this.runs++
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

export function cleanText(input: string): CleanText {
  const first = firstChange(input)
  if (first === input.length) return { text: input, annotationsRemoved: 0, deletedAt: new Int32Array(0), deletedUpTo: new Int32Array(0) }
  const out = room(input.length)
  // What comes before the first change is copied as it is.
  for (let k = 0; k < first; k++) out[k] = input.charCodeAt(k)
  let n = first
  let annotationsRemoved = 0
  let replaced = false
  const deletions = new Deletions()
  for (let i = first; i < input.length; i++) {
    const unit = input.charCodeAt(i)
    // Printable ASCII (most of an HTML page) is kept as it is: neither invisible, odd nor Han.
    if (unit >= 0x20 && unit < 0x7f) {
      out[n++] = unit
      continue
    }
    if (isInvisible(unit)) {
      deletions.add(n, 1)
      continue
    }
    const odd = isOddSpace(unit)
    replaced ||= odd
    out[n++] = odd ? 0x20 : unit
    const reading = isHan(unit) ? pinyinAt(input, i + 1) : 0
    if (reading > 0) {
      annotationsRemoved++
      deletions.add(n, reading)
      i += reading
    }
  }
  const runs = deletions.runs
  const text = runs === 0 && !replaced ? input : fromUnits(out, n)
  return { text, annotationsRemoved, deletedAt: deletions.at.subarray(0, runs), deletedUpTo: deletions.upTo.subarray(0, runs) }
}

/** A position in the cleaned text → the same position in the input the cleaning was given. */
export function toInputOffset(clean: Pick<CleanText, 'deletedAt' | 'deletedUpTo'>, offset: number): number {
  const positions = clean.deletedAt
  let lo = 0
  let hi = positions.length
  // The last deletion at or before `offset`: everything deleted up to it lies before the character.
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((positions[mid] ?? 0) <= offset) lo = mid + 1
    else hi = mid
  }
  return offset + (lo === 0 ? 0 : (clean.deletedUpTo[lo - 1] ?? 0))
}
