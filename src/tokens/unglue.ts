import { MODELS, SECTIONS } from '../model/index.ts'
import { halfUnit } from '../normalize/fold.ts'
import { isSpace, mapUnits } from '../normalize/units.ts'

/**
 * Some crawlers dump a page's text with nothing between the cells (`…申请数量801000081二、上年结转…`),
 * often the whole body on one line. Such text is cut where nothing else could stand: between words and a
 * run of figures, and — inside the words — at the format's own vocabulary (its headings, header cells,
 * group and row labels), longest first. What a run of figures holds is decided later, by arithmetic.
 * One pass over the text, each piece sliced once: linear in the cell.
 */

/** A piece of a cell's text: where it starts and ends in the cell, and whether it is a run of figures. */
export interface Piece {
  from: number
  to: number
  run: boolean
}

/**
 * A run of figures: digits with the signs (`+ - − ＋ －`: a minus is part of its figure, never a blank beside it),
 * decimal points, separators, spaces and units that cells carry.
 * A digit followed by `.` or `、` and then a label numbers a row (`2.其他…`); a number followed by
 * 年 月 日 号 is a date or an ordinal; a bracketed digit (`（3）`) numbers a row too.
 */
const VALUE_RUN = /[+\-－−＋]?\d(?:[\d,，\s]|\.(?=\d)|[+\-－−＋](?=\d))*(?:万元|元)?/g
const NUMBERING_AFTER = /^[.、．]\s*[\u3400-\u9fff(（"“]/
/** The units NUMBERING_AFTER starts with: the pattern is tried only after one (no slice made after every run). */
const NUMBERING_MARKS = new Set([0x2e, 0x3001, 0xff0e])
/** 年 月 日 号 % ％, by their units: the unit after a run is compared, not made a string to be tested. */
const DATE_AFTER = new Set(['年', '月', '日', '号', '%', '％'].map((c) => c.charCodeAt(0)))

/**
 * True for a cell that mixes words with figures (a table cell would hold one or the other): Chinese
 * text, and a digit glued to something that is neither a digit nor a separator (`稳定”0000000`).
 */
export function isMixed(text: string): boolean {
  // Both of GLUED's ways need a digit: a label (most cells with Chinese in them) is told by the quick scan for one.
  return holdsHanAndDigit(text) && GLUED.test(text)
}

/** `/[\u3400-\u9fff]/.test(text) && /\d/.test(text)` in one walk by code, not two patterns: every cell of a text is asked. */
function holdsHanAndDigit(text: string): boolean {
  let han = false
  let digit = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x3400 && code <= 0x9fff) han = true
    else if (isDigit(code)) digit = true
    else continue
    if (han && digit) return true
  }
  return false
}
const GLUED = /[^\d\s,，.+\-－−＋][)）"”’]?\d|\d(?:万元|元)?[\u3400-\u9fff(（“"]/

/** `\d`: an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isOpenBracket(code: number): boolean {
  return code === 0x28 || code === 0xff08
}

function isCloseBracket(code: number): boolean {
  return code === 0x29 || code === 0xff09
}

/** Only white space from `from` to `to` (what `trim()` removes), read in place: no piece is sliced to be tested. */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

/**
 * Cuts a mixed cell into word and figure pieces, in order, leaving out words that are only white space; null
 * once it would hold more than `max` pieces: the caller refuses such a cell, and a line of `1)1)1)…` is not
 * cut whole first.
 */
export function cutRuns(text: string, max = Number.POSITIVE_INFINITY): Piece[] | null {
  const out: Piece[] = []
  let last = 0
  VALUE_RUN.lastIndex = 0
  for (let m = VALUE_RUN.exec(text); m; m = VALUE_RUN.exec(text)) {
    const at = m.index
    let end = at + m[0].length
    const next = text.charCodeAt(end)
    if (DATE_AFTER.has(next)) continue
    // `（3）其他`: a bracketed figure numbers the row. Only the characters either side are looked at.
    if (isCloseBracket(next) && isOpenBracket(text.charCodeAt(at - 1))) continue
    if (NUMBERING_MARKS.has(next) && NUMBERING_AFTER.test(text.slice(end, end + 3))) {
      // The last digit numbers the next row (`00000002.其他…`): it belongs to the label.
      end--
      while (end > at && !isDigit(text.charCodeAt(end - 1))) end--
      if (end <= at) continue
    }
    // Trailing white space is not part of a run.
    while (end > at && isSpace(text.charCodeAt(end - 1))) end--
    if (at > last && !isBlank(text, last, at)) out.push({ from: last, to: at, run: false })
    out.push({ from: at, to: end, run: true })
    last = end
    if (out.length > max) return null
  }
  if (out.length === 0) return [{ from: 0, to: text.length, run: false }]
  if (last < text.length && !isBlank(text, last, text.length)) out.push({ from: last, to: text.length, run: false })
  return out.length > max ? null : out
}

/** Longest word piece cut at the vocabulary: longer ones are narrative, not a glued table. */
const MAX_VOCABULARY_PIECE = 400

/**
 * One unit of the form the vocabulary is matched in: half-width, every quotation mark (' ‘ ’ “ ” 「 」 『 』) one `"`.
 * A glued cell is read in that form unit by unit where it stands, not copied into it first (a crawler's paragraph with
 * a figure in it is all one mixed cell, and most of it starts no word).
 */
function formUnit(unit: number): number {
  const half = halfUnit(unit)
  return half === 0x27 || half === 0x2018 || half === 0x2019 || half === 0x201c || half === 0x201d || (half >= 0x300c && half <= 0x300f) ? 0x22 : half
}

/** A text in formUnit's form, which keeps positions: the vocabulary's words, and a few units before a heading. */
function matchForm(text: string): string {
  return mapUnits(text, formUnit)
}

/** 1 for each code unit that starts a word of the vocabulary (filled with it, below). */
const STARTS = new Uint8Array(65536)

/** Section titles, cut only where their numbering stands before them: `本报告包括总体情况、…` names no section. */
const HEADINGS = new Set<string>()
/** The numbering a section heading carries (`二、`, `（二）`, `二.`), ending just where its title begins. */
const HEADING_NUMBERING = /(?:[一二三四五六][、.．]|[(（][一二三四五六][)）])$/

/**
 * The format's words in matchForm, grouped by their first two code units and longest first: keyed by the units'
 * number, so that a lookup per character of a glued cell makes no string (a Han character's charAt is a new one)
 * and tries only the words that start as the text does. Every word is two units or more.
 */
const VOCABULARY: ReadonlyMap<number, readonly string[]> = (() => {
  const words = new Set<string>()
  const add = (w: string) => {
    const f = matchForm(w).replace(/\s+/g, '')
    if (f.length >= 2) words.add(f)
  }
  for (const s of SECTIONS) {
    for (const t of [s.title, ...s.variants]) {
      add(t)
      HEADINGS.add(matchForm(t).replace(/\s+/g, ''))
    }
  }
  for (const model of Object.values(MODELS)) {
    for (const table of model.tables) {
      ;[...table.header, ...table.groups].forEach(add)
      for (const row of table.rows) {
        ;[row.label, ...row.variants].forEach(add)
        if (row.provision) add(row.provision)
        for (const c of row.columns) add(c.label)
      }
    }
  }
  const byStart = new Map<number, string[]>()
  for (const w of words) {
    STARTS[w.charCodeAt(0)] = 1
    const key = startKey(w.charCodeAt(0), w.charCodeAt(1))
    const list = byStart.get(key) ?? []
    list.push(w)
    byStart.set(key, list)
  }
  for (const list of byStart.values()) list.sort((a, b) => b.length - a.length)
  return byStart
})()

/**
 * The vocabulary's words grouped by their first two units, packed in 32 bits: a small integer for the map, where
 * `first * 65536 + second` past U+7FFF (most Han characters) was a heap number made and hashed at each lookup.
 */
function startKey(first: number, second: number): number {
  return (first << 16) | second
}

/** Whether `word` (in matchForm) stands at `i` of `text` read in matchForm; `text` reaches past its end. */
function formStartsWith(text: string, word: string, i: number): boolean {
  for (let k = 0; k < word.length; k++) if (formUnit(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false
  return true
}

/** The longest word of the vocabulary that stands at `i` and ends by `to`, or undefined: no array or closure per character. */
function vocabularyAt(text: string, i: number, to: number): string | undefined {
  // Most characters start no word: told by one load from a table of every code unit, before any lookup.
  const first = formUnit(text.charCodeAt(i))
  if (STARTS[first] !== 1) return undefined
  // startKey of the text in matchForm. Past its end charCodeAt gives NaN, which `|` makes 0: no word's second unit.
  const list = VOCABULARY.get(startKey(first, formUnit(text.charCodeAt(i + 1))))
  if (list === undefined) return undefined
  for (let k = 0; k < list.length; k++) {
    const w = list[k] as string
    if (i + w.length <= to && formStartsWith(text, w, i)) return w
  }
  return undefined
}

/**
 * Cuts a piece of glued words at every word of the format's vocabulary (greedy, longest first), so that
 * `信息内容本年制发件数…规章` becomes its header cells and the row's label. The words are matched against the
 * cell's text in matchForm, which keeps positions: the pieces' ends are the text's.
 */
export function cutWords(text: string, from: number, to: number): Piece[] {
  if (to - from > MAX_VOCABULARY_PIECE) return [{ from, to, run: false }]
  const out: Piece[] = []
  let plain = from
  let i = from
  while (i < to) {
    const word = vocabularyAt(text, i, to)
    const numbering = word && HEADINGS.has(word) ? HEADING_NUMBERING.exec(matchForm(text.slice(Math.max(plain, i - 3), i))) : null
    if (!word || (HEADINGS.has(word) && !numbering)) {
      i++
      continue
    }
    // A heading's numbering goes with it.
    const at = i - (numbering?.[0].length ?? 0)
    if (at > plain) out.push({ from: plain, to: at, run: false })
    out.push({ from: at, to: i + word.length, run: false })
    i += word.length
    plain = i
  }
  if (plain < to) out.push({ from: plain, to, run: false })
  return out
}
