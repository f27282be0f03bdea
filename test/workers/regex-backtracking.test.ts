import { describe, expect, it } from 'vitest'
import { BARE_DATE, LABELLED_DATE } from '../../src/locate/fields.ts'
import { statedFacts } from '../../src/locate/stated-facts.ts'
import { ConvertError } from '../../src/input/errors.ts'
import { convertReport } from '../../src/convert.ts'
import { extractText } from '../../src/extract/text.ts'
import { canonicalCharset, sniffMetaCharset } from '../../src/input/decode.ts'
import { HTML_CUE, sniffInputType } from '../../src/input/sniff.ts'
import { cleanText } from '../../src/normalize/clean-text.ts'
import { fold } from '../../src/normalize/fold.ts'
import { isNoise } from '../../src/normalize/noise.ts'
import { readCell } from '../../src/normalize/numbers.ts'

/**
 * Every regular expression of src/ fed the strings that make a backtracking engine slow: long runs of
 * what its quantifiers accept, ending in a character that makes the match fail. Sizes are a megabyte
 * or more (past what the length guards in front of some of them let through), and the bound is seconds:
 * a linear pattern takes milliseconds, a quadratic one minutes, so the test cannot flake either way.
 * Patterns that are literal words (the template labels, the version cues) cannot backtrack and are
 * exercised by the whole-pipeline cases at the end.
 */
const BOUND_MS = 5_000
const MB = 1_000_000

function timed(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

const CASES: [string, () => unknown][] = [
  // src/input/sniff.ts: was `<p\b[^>]*>`, which rescanned the rest from every `<p` without a `>`.
  ['HTML_CUE on tags that never close', () => HTML_CUE.test('<p '.repeat(MB / 3))],
  ['HTML_CUE on a megabyte of <', () => HTML_CUE.test('<'.repeat(MB))],
  ['sniffInputType on 64 KB of <table', () => sniffInputType('<table'.repeat(MB / 6))],
  // src/locate/fields.ts: were `\s*[:：]?\s*` and `\s*日?(?:\s+…)?$`, two white-space runs trading characters.
  ['LABELLED_DATE on a label and a megabyte of spaces', () => LABELLED_DATE.exec(`日期${' '.repeat(MB)}x`)],
  ['LABELLED_DATE on repeated labels', () => LABELLED_DATE.exec('发布日期：'.repeat(MB / 5))],
  ['BARE_DATE on a date and a megabyte of spaces', () => BARE_DATE.exec(`2021-02-10${' '.repeat(MB)}x`)],
  ['BARE_DATE on bullets and spaces', () => BARE_DATE.exec(`${'• '.repeat(MB / 2)}x`)],
  // src/normalize
  ['PINYIN_ANNOTATION on an unclosed reading', () => cleanText(`區(${'a'.repeat(MB)}`)],
  ['PINYIN_ANNOTATION on a megabyte of readings', () => cleanText('區(qū)'.repeat(MB / 5))],
  ['ZERO_WIDTH and ODD_SPACES', () => cleanText('\u200b\u00a0'.repeat(MB / 2))],
  ['fold on quotes and full-width forms', () => fold('“（１'.repeat(MB / 3))],
  ['NUMBER on a megabyte of digits then a letter', () => readCell(`${'1'.repeat(MB)}x`)],
  ['NUMBER on thousands groups that end wrong', () => readCell(`${'1,111'.repeat(MB / 5)}x`)],
  ['NUMBER on a megabyte of decimals', () => readCell(`1.${'1'.repeat(MB)}x`)],
  ['BLANK on a megabyte of dashes then a letter', () => readCell(`${'-'.repeat(MB)}x`)],
  ['isNoise on pipes', () => isNoise('a|'.repeat(MB / 2))],
  ['isNoise on number-like pieces that end wrong', () => isNoise(`${'1 '.repeat(50)}x|`.repeat(MB / 102))],
  // src/extract/text.ts: MARKDOWN_RULE, SPACE_RUN and the splits, on lines up to the longest read as a row.
  ['MARKDOWN_RULE on rule lines that end wrong', () => extractText(`|${'--|'.repeat(1300)}x\n`.repeat(250), { maxCells: MB })],
  ['SPACE_RUN and spacedRow on number runs', () => extractText(`a${' 1'.repeat(1999)} x\n`.repeat(250), { maxCells: MB })],
  ['SPACE_RUN on a megabyte of spaces', () => extractText(`a${' '.repeat(MB)}b`, { maxCells: MB })],
  // src/checks/narrative-facts.ts: lazy gaps are bounded ({0,30}), so each start costs at most 30 steps.
  ['narrative facts on a label without its number', () => statedFacts(`本年新收${'申'.repeat(MB)}`)],
  ['narrative facts on repeated labels', () => statedFacts('上年结转结转下一年度行政复议共行政诉讼'.repeat(MB / 20))],
  ['narrative facts on a megabyte of digits', () => statedFacts(`行政复议共${'1'.repeat(MB)}`)],
  // src/input/decode.ts
  ['meta charset on a tag that never ends', () => sniffMetaCharset(new TextEncoder().encode(`<meta${' '.repeat(MB)}`))],
  ['canonicalCharset on a megabyte of quotes', () => canonicalCharset(`${'"'.repeat(MB)}x`)],
]

describe('no regular expression backtracks catastrophically', () => {
  it.each(CASES)('%s', (_name, run) => {
    expect(timed(run)).toBeLessThan(BOUND_MS)
  })

  it('the fixed patterns still read what they were written for', () => {
    expect(HTML_CUE.test('<TD class="x">')).toBe(true)
    expect(HTML_CUE.test('<br/>')).toBe(true)
    expect(HTML_CUE.test('a <p or b')).toBe(true)
    expect(HTML_CUE.test('x < y, <pinyin>')).toBe(false)
    expect(LABELLED_DATE.exec('发布日期： 2021年2月10日')?.slice(1)).toEqual(['2021', '2', '10'])
    expect(LABELLED_DATE.exec('时间2021-02-10')?.slice(1)).toEqual(['2021', '02', '10'])
    expect(BARE_DATE.exec('• 2021-02-10')?.slice(1)).toEqual(['2021', '02', '10'])
    expect(BARE_DATE.exec('2021年2月10日 15:30')?.slice(1)).toEqual(['2021', '2', '10'])
    expect(BARE_DATE.exec('2021-02-10 15:30:00 ')?.slice(1)).toEqual(['2021', '02', '10'])
    expect(BARE_DATE.exec('2021-02-10 共计')).toBeNull()
  })
})

describe('the whole pipeline on pathological pages of 5 MiB', () => {
  const FIVE_MIB = 5 * 1024 * 1024 - 64
  const pages: [string, string][] = [
    ['unclosed <p', '<p '.repeat(FIVE_MIB / 3)],
    ['five megabytes of <', '<'.repeat(FIVE_MIB)],
    ['unclosed comment', `<!--${'-'.repeat(FIVE_MIB - 4)}`],
    ['unclosed CDATA', `<![CDATA[${']'.repeat(FIVE_MIB - 9)}`],
    ['ampersands', '&'.repeat(FIVE_MIB)],
    ['numeric entities', '&#1234567890'.repeat(FIVE_MIB / 12)],
    ['attributes without end', `<td ${'a='.repeat(FIVE_MIB / 2 - 4)}`],
    ['unclosed script', `<script>${'<'.repeat(FIVE_MIB - 8)}`],
  ]
  it.each(pages)('%s', (_name, page) => {
    const ms = timed(() => {
      try {
        convertReport(page, { inputType: 'html' })
      } catch (err) {
        // An error the caller can act on, with its code; never the converter's own failure.
        expect(err instanceof ConvertError && err.code !== 'internal').toBe(true)
      }
    })
    expect(ms).toBeLessThan(BOUND_MS * 2)
  })
})
