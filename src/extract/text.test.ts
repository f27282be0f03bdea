import { describe, expect, it } from 'vitest'
import { extractText } from './text.ts'

const rows = (input: string) => extractText(input).map((r) => r.cells.map((c) => c.text))

describe('extractText: the text shapes users paste', () => {
  it('keeps a tab row’s trailing empty cells: a total left blank is a cell, not nothing', () => {
    expect(rows('（一）予以公开\t5\t0\t0\t0\t0\t0\t\n')).toEqual([['（一）予以公开', '5', '0', '0', '0', '0', '0', '']])
  })

  it('reads Markdown headings and bold lines as the heading text, and skips the delimiter row', () => {
    expect(rows('## 一、总体情况\n**五、存在的主要问题及改进情况**\n| 规章 | 0 | 1 | 2 |\n|---|:---:|---|---|')).toEqual([
      ['一、总体情况'],
      ['五、存在的主要问题及改进情况'],
      ['规章', '0', '1', '2'],
    ])
  })

  it('cuts a PDF copy’s row at runs of spaces and its figures at single spaces', () => {
    expect(rows('（一）予以公开   735 58 0 0 0 6 799')).toEqual([['（一）予以公开', '735', '58', '0', '0', '0', '6', '799']])
  })

  it('leaves prose that ends in a time or a date whole', () => {
    expect(rows('发布时间：2021年01月02日 10:30')).toEqual([['发布时间：2021年01月02日 10:30']])
  })
})
