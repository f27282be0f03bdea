/**
 * Reading one table cell as a number. The cell arrives folded (see fold.ts): half-width, no spaces.
 */

/** What a blank cell looks like: nothing, a dash of any length, a slash, 无 or 空. It is null, never 0. */
const BLANK = /^(?:|[-—–―－−~]+|\/|无|空|\\)$/
/**
 * A number as reports print it: an optional sign, digits with optional thousands separators (`,` or the
 * folded `，`), optional decimals, and an optional unit after it (`251000元`, `12件`).
 */
const NUMBER = /^([+\-−])?([1-9]\d{0,2}(?:[,，]\d{3})+|[1-9]\d*|0)(\.\d+)?(万元|亿元|元|件|个|项|条|次|人|万)?$/

const LEADING_ZERO = /^0\d+$/

/** The most digits a cell may hold before it stops being a count and becomes a glued run or garbage. */
export const MAX_DIGITS = 15

export type CellValue =
  | { kind: 'number'; value: number; unit: string | null }
  | { kind: 'blank' }
  | { kind: 'digits'; digits: string } // a run of digits too long to be one count: cells glued together
  | { kind: 'text' }

/** The readings that carry nothing but their kind, one object each: every cell of every report is read. */
const BLANK_CELL: CellValue = { kind: 'blank' }
const TEXT_CELL: CellValue = { kind: 'text' }

/** Only ASCII digits, at least one: the cell most reports print most, read without a pattern. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x30 || code > 0x39) return false
  }
  return true
}

/** Starts with a Han character (U+3400–U+9FFF) and is not 无 or 空 alone: text whatever follows. */
function isWordStart(folded: string): boolean {
  const first = folded.charCodeAt(0)
  return first >= 0x3400 && first <= 0x9fff && (folded.length > 1 || (first !== 0x65e0 && first !== 0x7a7a))
}

/**
 * Whether a folded text starting with this code unit may read as a number (readCell's `number`): only a digit or
 * a sign starts one (isDigits and NUMBER both say so). A caller asks before folding a long line to read it.
 */
export function startsNumber(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || unit === 0x2b || unit === 0x2d || unit === 0x2212
}

export function readCell(folded: string): CellValue {
  // Plain digits read as the patterns below read them: a leading zero or more than MAX_DIGITS digits is a run.
  if (isDigits(folded)) {
    return (folded.length > 1 && folded.charCodeAt(0) === 0x30) || folded.length > MAX_DIGITS ? { kind: 'digits', digits: folded } : { kind: 'number', value: Number(folded), unit: null }
  }
  // Words (most label cells) start with a Han character: no pattern below matches one but 无 or 空 alone.
  if (isWordStart(folded)) return TEXT_CELL
  if (BLANK.test(folded)) return BLANK_CELL
  const m = NUMBER.exec(folded)
  // No count is printed with a leading zero: `0512` is cells glued together (`0`, `512` or `05`…), never 512.
  if (!m) return LEADING_ZERO.test(folded) ? { kind: 'digits', digits: folded } : TEXT_CELL
  const sign = m[1]
  const int = m[2] ?? ''
  const frac = m[3] ?? ''
  const unit = m[4]
  // Most counts have no thousands separator: the pattern is run only where one stands.
  const digits = int.includes(',') || int.includes('，') ? int.replace(/[,，]/g, '') : int
  if (digits.length > MAX_DIGITS) return /^\d+$/.test(folded) ? { kind: 'digits', digits } : TEXT_CELL
  // Past 15 significant digits a double rounds: `1.12345678901234567` would come out as a number the cell does not hold.
  if (digits.length + Math.max(0, frac.length - 1) > MAX_DIGITS) return TEXT_CELL
  const value = Number((sign === '-' || sign === '−' ? '-' : '') + digits + frac)
  return { kind: 'number', value, unit: unit ?? null }
}

/** True for a cell that can stand in a value run: a number, a blank marker, or a glued digit run. */
export function isValueLike(folded: string): boolean {
  // Plain digits read as a number or a run, never as text: told without the reading readCell makes for them.
  return isDigits(folded) || readCell(folded).kind !== 'text'
}

/** A unit standing alone (`件`): the end of a figure whose cell wrapped, cut from it. */
const UNITS = ['万元', '元', '件', '个', '项', '条', '次', '人']
const UNIT = new RegExp(`^(?:${UNITS.join('|')})$`)
const UNIT_STARTS = new Set(UNITS.map((u) => u.charCodeAt(0)))

/** Whether a unit standing alone may start with this code unit: a line is folded to ask isUnit only where it may. */
export function startsUnit(unit: number): boolean {
  return UNIT_STARTS.has(unit)
}

export function isUnit(folded: string): boolean {
  return UNIT.test(folded)
}

/**
 * Whether a folded text starting with this code unit is words whatever follows: a Han character that is not 无 or
 * 空 (a blank alone) nor a unit's start reads as text (readCell), is no broken number and no unit alone. A caller
 * asks before folding a line to learn it holds no figure.
 */
export function startsWords(unit: number): boolean {
  return unit >= 0x3400 && unit <= 0x9fff && unit !== 0x65e0 && unit !== 0x7a7a && !UNIT_STARTS.has(unit)
}

/** Digits and separators that do not make a number: a number cut in two where its cell wrapped (`75，`, `2,2`). */
const BROKEN_NUMBER = /^[+\-−]?[\d,，.．]*\d[\d,，.．]*(?:万元|元|件|个|项|条|次|人|万)?$/
/** The units other than digits that BROKEN_NUMBER may start with: + - − , ， . ． */
const BROKEN_STARTS = new Set([0x2b, 0x2d, 0x2212, 0x2c, 0xff0c, 0x2e, 0xff0e])
/** `8.` standing alone is a row's numbering whose label went to the next line, not a figure. */
const NUMBERING_ONLY = /^\d{1,2}[.．、]$/

/** Figures that are no number: a cell all the same (it holds a figure), but one no reading may trust. */
export function isBrokenNumber(folded: string): boolean {
  // BROKEN_NUMBER's first unit is a sign, a digit or a separator: words (most texts asked) are told by it.
  const first = folded.charCodeAt(0)
  if (!((first >= 0x30 && first <= 0x39) || BROKEN_STARTS.has(first))) return false
  return BROKEN_NUMBER.test(folded) && !NUMBERING_ONLY.test(folded) && readCell(folded).kind === 'text'
}
