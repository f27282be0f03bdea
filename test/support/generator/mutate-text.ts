import type { Random } from './random.ts'

/**
 * The slips of a hand that types a report: one character dropped, doubled or inserted, two swapped, a space
 * inside a word, a stray mark before a heading, a synonym. Each leaves a label a reader still knows at once.
 */

/** Numbering before a label or heading: （一） (一) 一、 一． 1. 1． 1、 （1） (1). Edits leave it whole. */
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[.．、])/

export function splitNumbering(text: string): [string, string] {
  const m = NUMBERING.exec(text)
  const prefix = m ? m[0] : ''
  return [prefix, text.slice(prefix.length)]
}

/** What a reader compares: the words without numbering or spaces. */
export function labelKey(text: string): string {
  return splitNumbering(text.replace(/[\s\u3000]/g, ''))[1]
}

export type Edit = 'drop' | 'double' | 'insert' | 'swap' | 'space'

/** Characters a slip inserts: the commonest of report prose. */
const INSERTED = ['的', '和', '之', '等', '及'] as const
const SPACES = [' ', '\u3000'] as const
/** Marks left before a heading by a list or a bullet pasted from Word. */
export const STRAY = ['■', '◆', '●', '★', '□', '▲', '•', '※'] as const

/** One edit to the words of a label (its numbering kept); labels under 4 characters only get a space. */
export function editBody(r: Random, body: string): { text: string; edit: Edit } {
  const chars = Array.from(body)
  const n = chars.length
  const edit: Edit = n < 4 ? 'space' : r.pick(['drop', 'double', 'insert', 'swap', 'space'] as const)
  const at = (lo: number, hi: number) => r.int(lo, Math.max(lo, hi))
  switch (edit) {
    case 'drop':
      chars.splice(at(0, n - 1), 1)
      break
    case 'double': {
      const i = at(0, n - 1)
      chars.splice(i, 0, chars[i] ?? '')
      break
    }
    case 'insert':
      chars.splice(at(1, n - 1), 0, r.pick(INSERTED))
      break
    case 'swap': {
      const i = at(0, n - 2)
      ;[chars[i], chars[i + 1]] = [chars[i + 1] ?? '', chars[i] ?? '']
      break
    }
    case 'space':
      chars.splice(at(1, n - 1), 0, r.pick(SPACES))
      break
  }
  return { text: chars.join(''), edit }
}

/** Words that reports use for one another, as whole labels or header cells (SPEC §2). */
export const SYNONYMS: Record<string, string> = {
  总计: '合计',
  合计: '总计',
  未经复议直接起诉: '未经复议直接诉讼',
  未经复议直接诉讼: '未经复议直接起诉',
  直接起诉: '直接诉讼',
  直接诉讼: '直接起诉',
  复议后起诉: '复议后诉讼',
  复议后诉讼: '复议后起诉',
}

/** Section headings reworded as real reports word them (SPEC §2's examples), by the words they replace. */
export const HEADING_SYNONYMS: [RegExp, string][] = [
  [/行政复议[、，]?行政诉讼/, '行政复议和行政诉讼'],
  [/(?:政府信息公开工作)?存在的(?:主要)?问题及改进情况/, '工作中存在问题及改进情况'],
  [/收到和处理/, '收到及处理'],
]

/** Line breaks at 1 or 2 points inside a text (never at its ends, never two at one point). */
export function wrapAt(r: Random, text: string, breaks: number): string {
  const chars = Array.from(text)
  const points = new Set<number>()
  for (let k = 0; k < breaks && chars.length > 2; k++) points.add(r.int(1, chars.length - 1))
  return chars.map((c, i) => (points.has(i) ? `\n${c}` : c)).join('')
}
