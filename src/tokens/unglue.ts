import { MODELS, SECTIONS } from '../model/index.ts'
import { halfWidth } from '../normalize/fold.ts'

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
const DATE_AFTER = /^[年月日号%％]/

/**
 * True for a cell that mixes words with figures (a table cell would hold one or the other): Chinese
 * text, and a digit glued to something that is neither a digit nor a separator (`稳定”0000000`).
 */
export function isMixed(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text) && /[^\d\s,，.+\-－−＋][)）"”’]?\d|\d(?:万元|元)?[\u3400-\u9fff(（“"]/.test(text)
}

function isOpenBracket(code: number): boolean {
  return code === 0x28 || code === 0xff08
}

function isCloseBracket(code: number): boolean {
  return code === 0x29 || code === 0xff09
}

/** Only white space from `from` to `to` (what `trim()` removes), read in place: no piece is sliced to be tested. */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!WHITE.test(text.charAt(i))) return false
  return true
}
const WHITE = /\s/

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
    if (DATE_AFTER.test(text.charAt(end))) continue
    // `（3）其他`: a bracketed figure numbers the row. Only the characters either side are looked at.
    if (isCloseBracket(next) && isOpenBracket(text.charCodeAt(at - 1))) continue
    if (NUMBERING_AFTER.test(text.slice(end, end + 3))) {
      // The last digit numbers the next row (`00000002.其他…`): it belongs to the label.
      end--
      while (end > at && !/\d/.test(text.charAt(end - 1))) end--
      if (end <= at) continue
    }
    // Trailing white space is not part of a run.
    while (end > at && /\s/.test(text.charAt(end - 1))) end--
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

/** Half-width, every quotation mark one `"`: a form that keeps positions, for cutting at the vocabulary. */
export function matchForm(text: string): string {
  return halfWidth(text).replace(/[“”‘’「」『』']/g, '"')
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
    const list = byStart.get(startKey(w, 0)) ?? []
    list.push(w)
    byStart.set(startKey(w, 0), list)
  }
  for (const list of byStart.values()) list.sort((a, b) => b.length - a.length)
  return byStart
})()

/** The vocabulary's words grouped by their first two units; NaN past the text's end (no word is keyed so). */
function startKey(text: string, i: number): number {
  return text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)
}

/** The longest word of the vocabulary that stands at `i` and ends by `to`, or undefined: no array or closure per character. */
function vocabularyAt(form: string, i: number, to: number): string | undefined {
  // Most characters start no word: told by one load from a table of every code unit, before any lookup.
  if (STARTS[form.charCodeAt(i)] !== 1) return undefined
  const list = VOCABULARY.get(startKey(form, i))
  if (list === undefined) return undefined
  for (let k = 0; k < list.length; k++) {
    const w = list[k] as string
    if (i + w.length <= to && form.startsWith(w, i)) return w
  }
  return undefined
}

/**
 * Cuts a piece of glued words at every word of the format's vocabulary (greedy, longest first), so that
 * `信息内容本年制发件数…规章` becomes its header cells and the row's label. `form` is the cell's matchForm.
 */
export function cutWords(form: string, from: number, to: number): Piece[] {
  if (to - from > MAX_VOCABULARY_PIECE) return [{ from, to, run: false }]
  const out: Piece[] = []
  let plain = from
  let i = from
  while (i < to) {
    const word = vocabularyAt(form, i, to)
    const numbering = word && HEADINGS.has(word) ? HEADING_NUMBERING.exec(form.slice(Math.max(plain, i - 3), i)) : null
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
