import { collapseSpaces } from '../normalize/units.ts'
import type { Token } from './token.ts'

/** A token range of the document (end exclusive). */
export interface Range {
  start: number
  end: number
}

/**
 * Tokens back into the lines they were printed on, for what reads text rather than cells: titles, dates,
 * the narrative. Pieces of one cell are joined as they stood (a crawler's glued text comes back whole),
 * cells of one line with a space; blank lines are left out.
 */
export interface Line {
  text: string
  /** The grid row, and the first and last token of the line within the range asked for. */
  line: number
  first: number
  last: number
}

/**
 * Token i stands alone on its line: nothing beside it there but empties (a blank cell or a seam prints nothing, so a
 * figure between them is printed as alone as one with none). Walks only over the empties next to it.
 */
export function aloneOnLine(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t) return false
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < tokens.length; k += step) {
      const other = tokens[k] as Token
      if (other.line !== t.line) break
      if (other.kind !== 'empty') return false
    }
  }
  return true
}

export function linesOf(tokens: readonly Token[], start: number, end: number): Line[] {
  const out: Line[] = []
  let current: Line | null = null
  for (let i = Math.max(0, start); i < Math.min(end, tokens.length); i++) {
    const token = tokens[i] as Token
    if (token.text === '') continue
    if (!current || token.line !== current.line) {
      // A line of one token (most prose) is that token's text itself: no array of parts to join per line.
      current = { text: token.text, line: token.line, first: i, last: i }
      out.push(current)
    } else {
      const previous = tokens[current.last] as Token
      current.text += (previous.cell === token.cell ? token.join : ' ') + token.text
    }
    current.last = i
  }
  return out
}

/**
 * Site chrome that follows an article (readability's idea: cue words, hoisted). A short line that starts
 * with one of these ends the last section: it is the page around the report, not the report.
 */
const CHROME_CUES = /^(?:相关附件|附件下载|相关新闻|相关链接|相关文章|相关阅读|扫一扫|分享到|打印本页|【打印|\[打印|打印|关闭窗口|【关闭|关闭|上一篇|下一篇|返回顶部|主办单位|主办：|承办单位|版权所有|网站标识码|网站地图|ICP备|责任编辑|浏览次数|阅读次数|字号|关注\s*[·•]|我要纠错|收藏)/
/** Chrome lines are short; a sentence that starts with 打印 is not chrome. */
const MAX_CHROME_LINE = 40
/** Lines that are nothing but punctuation or a bullet (`-`, `•`). */
const EMPTY_LINE = /^[\s\-—–•·|]*$/
/**
 * Text pasted from a fixed-width dump or a PDF breaks lines mid-sentence (`行政许可类信息6` / `9条`). A long
 * line that does not end a sentence is joined to the next without a break; a short one is a heading.
 */
const SENTENCE_END = /[。！？；：…”」』）)!?;:]$/
const MIN_WRAPPED_LINE = 20


export function sectionText(tokens: readonly Token[], range: Range | null): string | null {
  if (!range) return null
  let text = ''
  let previous = ''
  for (const line of linesOf(tokens, range.start, range.end)) {
    const row = collapseSpaces(line.text).trim()
    if (row.length <= MAX_CHROME_LINE && CHROME_CUES.test(row)) break
    if (EMPTY_LINE.test(row)) continue
    const wrapped = previous.length >= MIN_WRAPPED_LINE && !SENTENCE_END.test(previous)
    text += (text && !wrapped ? '\n' : '') + row
    previous = row
  }
  return text || null
}

/** The first index of the sorted `xs` whose value is greater than `x`. */
export function after(xs: readonly number[], x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const m = (lo + hi) >> 1
    if ((xs[m] as number) <= x) lo = m + 1
    else hi = m
  }
  return lo
}

/**
 * The page of a line: how many jumps of more than `gap` lines in the tokens' lines (a page's footer and header,
 * dropped) come at or before it. `gap` 1 takes a blank line for an edge too; 2 lets a blank line inside a page be.
 */
export function pageOf(tokens: readonly Token[], gap: 1 | 2): (line: number) => number {
  const edges: number[] = []
  let last: number | undefined
  for (const t of tokens) {
    if (last !== undefined && t.line > last + gap) edges.push(t.line)
    last = t.line
  }
  // The edges are in order: halving finds a line's page.
  return (line) => after(edges, line)
}
