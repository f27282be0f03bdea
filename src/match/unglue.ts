import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import { findSections, sectionRange } from './sections.ts'
import type { Token } from './tokens.ts'

/**
 * Some crawlers dump a page's text with nothing between the cells (`…申请数量801000081二、上年结转…`),
 * often the whole body on one line. Before matching, such tokens are cut where the national format
 * itself marks a boundary: before a numbered section heading, and — inside the three tables — between
 * label text and a run of values. What the values are is decided later, by arithmetic (glued.ts).
 */

/** A numbered section heading inside running text: only with its numeral (本报告包括总体情况、… is no heading). */
const INLINE_HEADING =
  /[一二三四五六]、\s*(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、?行政诉讼情况|(?:政府信息公开工作)?存在的(?:主要)?问题及改进情况|其他需要报告的事项)/g

/**
 * A run of values inside a table: digits with the signs, decimal points, separators, spaces and units
 * that cells carry. A digit followed by `.` or `、` and then a non-digit is a row's numbering (`2.其他…`),
 * not a value; a number followed by 年 月 日 is a date, not a value.
 */
const VALUE_RUN = /[+\-－]?\d(?:[\d,，\s]|\.(?=\d)|[+\-－](?=\d))*(?:万元|元)?/g
const NUMBERING_AFTER = /^[.、．]\s*\D/
const DATE_AFTER = /^[年月日号]/
const BRACKET_BEFORE = /[(（]\s*$/
const BRACKET_AFTER = /^\s*[)）]/

const TABLE_SECTIONS = ['activeDisclosure', 'applications', 'reviewLitigation'] as const

function piece(token: Token, text: string): Token {
  return { ...token, text, folded: fold(text) }
}

/** Cuts a token before and after every numbered section heading it holds (a heading stands alone). */
function splitHeadings(token: Token): Token[] {
  if (!token.text.includes('、')) return [token]
  const out: Token[] = []
  let last = 0
  for (const m of token.text.matchAll(INLINE_HEADING)) {
    const at = m.index ?? 0
    if (at > last) out.push(piece(token, token.text.slice(last, at).trim()))
    out.push(piece(token, m[0]))
    last = at + m[0].length
  }
  if (out.length === 0 || (out.length === 1 && last === token.text.length)) return [token]
  if (last < token.text.length) out.push(piece(token, token.text.slice(last).trim()))
  return out.filter((t) => t.text.length > 0)
}

/** Cuts a table token that holds label text and values into text and value tokens, in order. */
function splitValues(token: Token): Token[] {
  const out: Token[] = []
  let last = 0
  for (const m of token.text.matchAll(VALUE_RUN)) {
    const at = m.index ?? 0
    let run = m[0]
    const after = token.text.slice(at + run.length)
    if (DATE_AFTER.test(after)) continue
    // `（3）其他`: a bracketed digit numbers the row.
    if (BRACKET_AFTER.test(after) && BRACKET_BEFORE.test(token.text.slice(0, at))) continue
    if (NUMBERING_AFTER.test(after)) {
      // The last digit numbers the next row (`00000002.其他…`): it belongs to the label.
      run = run.replace(/\d$/, '')
      if (!/\d/.test(run)) continue
    }
    const before = token.text.slice(last, at).trim()
    if (before) out.push(piece(token, before))
    out.push(piece(token, run.trim()))
    last = at + run.length
  }
  if (out.length === 0) return [token]
  const rest = token.text.slice(last).trim()
  if (rest) out.push(piece(token, rest))
  return out
}

function renumber(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    const next = tokens[i + 1]
    const prev = tokens[i - 1]
    const column = prev && prev.row === token.row ? prev.column + 1 : 0
    return { ...token, column, lastInRow: !next || next.row !== token.row }
  })
}

/** True for a token that mixes label text with a value run (a table cell would hold one or the other). */
function isMixed(token: Token): boolean {
  // A cell that reads as one number with its unit (`12件`, `251000元`) is a value, not label and value.
  if (readCell(token.folded).kind === 'number') return false
  return /\d/.test(token.folded) && /[\u3400-\u9fff]/.test(token.folded) && /[\u3400-\u9fff][)）]?\d|\d(?:万元|元)?[\u3400-\u9fff(（]/.test(token.folded)
}

export function unglue(tokens: readonly Token[]): Token[] {
  const byHeading = renumber(tokens.flatMap(splitHeadings))
  const sections = findSections(byHeading)
  const inTable = new Uint8Array(byHeading.length)
  for (const key of TABLE_SECTIONS) {
    const range = sectionRange(sections, key, byHeading.length)
    if (range) inTable.fill(1, range.start, range.end)
  }
  if (!inTable.includes(1)) return byHeading
  return renumber(byHeading.flatMap((token, i) => (inTable[i] && isMixed(token) ? splitValues(token) : [token])))
}
