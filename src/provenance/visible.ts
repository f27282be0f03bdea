import { isInvisible } from '../normalize/clean-text.ts'
import { foldUnit } from '../normalize/fold.ts'
import { DROP } from '../normalize/units.ts'

/**
 * The characters a reader sees in a stretch of the decoded input, each with where it stands there: for HTML,
 * markup skipped and character references decoded; everywhere, zero-width characters skipped (the clean-up
 * dropped them). What provenance narrows a cell's span with, and what a test reads a provenance's text by.
 */
export interface Visible {
  /** The visible characters, one UTF-16 unit each (a reference decoding past U+FFFF is left out). */
  text: string
  /** Per visible unit: where its source starts and ends in the input (end exclusive). */
  from: number[]
  to: number[]
  /**
   * Where nothing in the stretch is hidden (text input, most cells), `from` and `to` are left empty and unit k
   * stands at `shift + k`: no two arrays per cell. -1 where the arrays hold the positions.
   */
  shift: number
}

/** Where visible unit `k` of `v` starts in the input (undefined past its end). */
export function fromOf(v: Visible, k: number): number | undefined {
  return v.shift < 0 ? v.from[k] : k >= 0 && k < v.text.length ? v.shift + k : undefined
}

/** Where visible unit `k` of `v` ends in the input, exclusive (undefined past its end). */
export function toOf(v: Visible, k: number): number | undefined {
  return v.shift < 0 ? v.to[k] : k >= 0 && k < v.text.length ? v.shift + k + 1 : undefined
}

/** References that stand in reports' figures and labels; any other stays as it is written. */
const NAMED: Record<string, string> = { nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·' }
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/y
const TAG_START = /[a-zA-Z/!?]/

/** The end of the markup that starts at `at` (a `<`), bounded by `to`: a comment ends at `-->`, a tag at `>`. */
function markupEnd(input: string, at: number, to: number): number {
  if (input.startsWith('<!--', at)) {
    const end = input.indexOf('-->', at + 4)
    return end === -1 || end + 3 > to ? to : end + 3
  }
  const end = input.indexOf('>', at + 1)
  return end === -1 || end + 1 > to ? to : end + 1
}

export function visible(input: string, start: number, end: number, html: boolean): Visible {
  if (!hidesAny(input, start, end, html)) return { text: input.slice(start, end), from: [], to: [], shift: start }
  const out: Visible = { text: '', from: [], to: [], shift: -1 }
  // The text is cut from the input a run of kept units at a time, not joined of one string per unit.
  let text = ''
  let run = start
  let i = start
  while (i < end) {
    const unit = input.charCodeAt(i)
    if (html && unit === 0x3c && TAG_START.test(input.charAt(i + 1))) {
      text += input.slice(run, i)
      i = run = markupEnd(input, i, end)
      continue
    }
    if (html && unit === 0x26) {
      REFERENCE.lastIndex = i
      const m = REFERENCE.exec(input)
      const code = m ? (m[1] ? Number(m[1]) : m[2] ? Number.parseInt(m[2], 16) : undefined) : undefined
      const char = m ? (code !== undefined ? (code <= 0xffff ? String.fromCharCode(code) : null) : (NAMED[(m[3] ?? '').toLowerCase()] ?? null)) : null
      if (m && m.index + m[0].length <= end && (char !== null || code !== undefined)) {
        text += input.slice(run, i)
        if (char !== null && !isInvisible(char.charCodeAt(0))) {
          text += char
          out.from.push(i)
          out.to.push(i + m[0].length)
        }
        i = run = i + m[0].length
        continue
      }
    }
    if (!isInvisible(unit)) {
      out.from.push(i)
      out.to.push(i + 1)
    } else {
      text += input.slice(run, i)
      run = i + 1
    }
    i++
  }
  out.text = text + input.slice(run, end)
  return out
}

/**
 * Whether any unit of input[start, end) may be hidden: an invisible unit, or in HTML a `<` or `&` that may start markup
 * or a reference. Where none is (most cells: an HTML cell's span holds its text, not its tags), it is seen as it stands.
 */
function hidesAny(input: string, start: number, end: number, html: boolean): boolean {
  for (let i = start; i < end; i++) {
    const unit = input.charCodeAt(i)
    if (isInvisible(unit) || (html && (unit === 0x3c || unit === 0x26))) return true
  }
  return false
}

const isHan = (unit: number) => (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff)

/**
 * Where `needle` (folded: half-width, no white space or quotes) first stands in `seen`, compared in the same
 * folded form: white space and quotes in the source are passed over, a Han character matches a Han character
 * (the engine reads Traditional text as Simplified, one character for one). Visible indices, end exclusive.
 * Cost: the visible length times the needle's at most, and both are a cell or a line.
 */
export function findFolded(seen: Visible, needle: string): { start: number; end: number } | null {
  if (needle === '') return null
  const text = seen.text
  const same = (a: number, b: number) => a === b || (isHan(a) && isHan(b))
  const first = needle.charCodeAt(0)
  for (let s = 0; s < text.length; s++) {
    const f = foldUnit(text.charCodeAt(s))
    if (f === DROP || !same(f, first)) continue
    let k = 0
    let j = s
    for (; j < text.length && k < needle.length; j++) {
      const g = foldUnit(text.charCodeAt(j))
      if (g === DROP) continue
      if (!same(g, needle.charCodeAt(k))) break
      k++
    }
    if (k === needle.length) return { start: s, end: j }
  }
  return null
}
