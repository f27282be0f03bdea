import { describe, expect, it } from 'vitest'
import { extractText } from '../extract/text.ts'
import { tokenize } from './tokens.ts'
import { unglue } from './unglue.ts'

const texts = (input: string) => unglue(tokenize(extractText(input))).map((t) => t.text)

describe('unglue: a crawler dump cut at the boundaries the format marks', () => {
  it('cuts numbered headings out of running text, but not headings named in a sentence', () => {
    const out = texts('本报告包括总体情况、主动公开政府信息情况等六个部分。一、总体情况 2023年，我区……二、主动公开政府信息情况第二十条')
    expect(out).toContain('一、总体情况')
    expect(out).toContain('二、主动公开政府信息情况')
    expect(out[0]).toBe('本报告包括总体情况、主动公开政府信息情况等六个部分。')
  })

  it('cuts label text from value runs inside a table, keeping row numbers with their labels', () => {
    const out = texts('三、收到和处理政府信息公开申请情况（一）予以公开220000022（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000四、政府信息公开行政复议、行政诉讼情况总计110024001510102')
    expect(out).toEqual([
      '三、收到和处理政府信息公开申请情况',
      '（一）予以公开',
      '220000022',
      '（三）不予公开1.属于国家秘密',
      '0000000',
      '2.其他法律行政法规禁止公开',
      '0000000',
      '四、政府信息公开行政复议、行政诉讼情况',
      '总计',
      '110024001510102',
    ])
  })

  it('keeps decimals, signs and units with their values, and dates out of them', () => {
    const out = texts('二、主动公开政府信息情况行政事业性收费5949.088667政府集中采购13575394432.52元行政许可630-369162045')
    expect(out).toContain('5949.088667')
    expect(out).toContain('13575394432.52元')
    expect(out).toContain('630-369162045')
  })

  it('leaves prose outside the tables alone', () => {
    const out = texts('一、总体情况 2023年全区共主动公开政府信息13561条。')
    expect(out).toEqual(['一、总体情况', '2023年全区共主动公开政府信息13561条。'])
  })
})

describe('unglue: what is not glue', () => {
  it('keeps a cell that reads as one number with its unit whole (`12件`, `251000元`)', () => {
    const out = texts('三、收到和处理政府信息公开申请情况\n（一）予以公开\t12件\t0\t0\t0\t0\t0\t12件\n政府集中采购\t3\t251000元')
    expect(out).toContain('12件')
    expect(out).toContain('251000元')
    expect(out).not.toContain('件')
  })

  it('keeps a bracketed row number with its label (`（3）其他`)', () => {
    const out = texts('三、收到和处理政府信息公开申请情况\n（3）其他0000000')
    expect(out).toEqual(['三、收到和处理政府信息公开申请情况', '（3）其他', '0000000'])
  })
})
