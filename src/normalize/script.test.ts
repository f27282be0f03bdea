import { describe, expect, it } from 'vitest'
import { toSimplified } from './script.ts'

describe('toSimplified: Traditional → Simplified, one answer per text', () => {
  it('keeps every text apart, whatever characters the texts hold', () => {
    // U+001F, U+0000 and the other controls are characters a page can hold: none of them may move a text.
    const texts = ['申請\u001f人', '報告', '\u001f', '', '區\u0000域', '總計\u001e']
    expect(toSimplified(texts)).toEqual(['申请\u001f人', '报告', '\u001f', '', '区\u0000域', '总计\u001e'])
  })

  it('converts each text as it would be converted alone', () => {
    const texts = ['政府信息公開工作年度報告', '二、上年結轉政府信息公開申請數量', '乾', '隆', '乾隆']
    expect(toSimplified(texts)).toEqual(texts.map((t) => toSimplified([t])[0]))
  })
})
