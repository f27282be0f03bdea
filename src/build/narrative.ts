import type { Token } from '../match/index.ts'
import { sectionRange, type SectionMap } from '../match/index.ts'
import type { SectionKey } from '../templates/index.ts'

/**
 * Site chrome that follows an article (readability's idea: cue words, hoisted). A short row that starts
 * with one of these ends the last section: it is the page around the report, not the report.
 */
const CHROME_CUES = /^(?:相关附件|附件下载|相关新闻|相关链接|相关文章|相关阅读|扫一扫|分享到|打印本页|【打印|\[打印|打印|关闭窗口|【关闭|关闭|上一篇|下一篇|返回顶部|主办单位|主办：|承办单位|版权所有|网站标识码|网站地图|ICP备|责任编辑|浏览次数|阅读次数|字号|关注\s*[·•]|我要纠错|收藏)/
/** Chrome rows are short; a sentence that starts with 打印 is not chrome. */
const MAX_CHROME_ROW = 40
/** Rows that are nothing but punctuation or a bullet (`-`, `•`). */
const EMPTY_ROW = /^[\s\-—–•·|]*$/
/**
 * Text pasted from a fixed-width dump breaks lines mid-sentence (`行政许可类信息6` / `9条`). A long row
 * that does not end a sentence is joined to the next without a break; a short one is a heading.
 */
const SENTENCE_END = /[。！？；：…”」』）)!?;:]$/
const MIN_WRAPPED_ROW = 20

export interface Narrative {
  overview: string | null
  problems: string | null
  other: string | null
}

function rowsOf(tokens: readonly Token[], start: number, end: number): string[] {
  const rows: string[] = []
  let current = -1
  for (let i = start; i < end; i++) {
    const token = tokens[i]
    if (!token) continue
    const text = token.text.replace(/\s+/g, ' ').trim()
    if (token.row !== current) {
      rows.push(text)
      current = token.row
    } else rows[rows.length - 1] += ` ${text}`
  }
  return rows
}

function sectionText(tokens: readonly Token[], sections: SectionMap, key: SectionKey, stopAtChrome: boolean): string | null {
  const range = sectionRange(sections, key, tokens.length)
  if (!range) return null
  let text = ''
  let previous = ''
  for (const row of rowsOf(tokens, range.start, range.end)) {
    if (stopAtChrome && row.length <= MAX_CHROME_ROW && CHROME_CUES.test(row)) break
    if (EMPTY_ROW.test(row)) continue
    const wrapped = previous.length >= MIN_WRAPPED_ROW && !SENTENCE_END.test(previous)
    text += (text && !wrapped ? '\n' : '') + row.trim()
    previous = row.trim()
  }
  return text || null
}

/** Sections 一, 五 and 六 as clean text: one paragraph a line, white space collapsed, the report's own punctuation kept. */
export function readNarrative(tokens: readonly Token[], sections: SectionMap): Narrative {
  return {
    overview: sectionText(tokens, sections, 'overview', true),
    problems: sectionText(tokens, sections, 'problems', true),
    other: sectionText(tokens, sections, 'other', true),
  }
}
