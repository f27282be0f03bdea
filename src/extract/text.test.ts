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

  // pdftotext -layout of a Chromium print (fresh seed 8312): `27，` ends the label's first line, one space after it.
  it('cuts a lone figure from the label it follows on a line set out in columns (-layout: `只 27，` over `881 … 27881`)', () => {
    expect(rows('     二、部分公开（区分处理的，只 27，')).toEqual([['二、部分公开（区分处理的，只', '27，']])
    // Cut apart, the figure cut at its separator meets its rest under it: 27,881.
    const text = ['         本 二、部分公开（区分处理的，只 27，', '         年 计这一情形，不计其他情形） 881 0  0  0 0    0 27881'].join('\n')
    expect(rows(text)[0]).toEqual(['本 二、部分公开（区分处理的，只', '27，881'])
  })

  // pdftotext -raw of LibreOffice's PDF export of a generated .docx (seed 1): the unit is set in another font, and
  // pdftotext parts fonts by a space. Read as a word, it ended the row's figures: `规章 13 13658 件` became the label.
  it('keeps a unit one space after its figure with that figure (`规章 13 13658 件 4`, `政府集中采购 0 2178314487 万元`)', () => {
    expect(rows('规章 13 13658 件 4')).toEqual([['规章', '13', '13658 件', '4']])
    expect(rows('政府集中采购 0 2178314487 万元')).toEqual([['政府集中采购', '0', '2178314487 万元']])
    // Full-width digits fold to figures too; a unit glued to its figure needs nothing.
    expect(rows('行政强制 １４ 件 217 0件')).toEqual([['行政强制', '１４ 件', '217', '0件']])
  })

  it('leaves prose that ends in a time or a date whole', () => {
    expect(rows('发布时间：2021年01月02日 10:30')).toEqual([['发布时间：2021年01月02日 10:30']])
  })

  // Lines as pdftotext printed them from Chromium's PDF of generated reports (npm run score:tools).
  it('joins the rest of a figure cut at its separator to the figure above it, beside a wrapped label’s next piece (-layout)', () => {
    const text = ['                   3.危及‘三安全一稳 0      0  19292   0    0    4 19，', '                         定’                                  296'].join('\n')
    expect(rows(text)).toEqual([['3.危及‘三安全一稳', '0', '0', '19292', '0', '0', '4', '19，296'], ['定’']])
  })

  it('joins a unit alone to the one figure above it that it completes (-layout)', () => {
    const text = ['        三、       (一)予以公开        0   0   ２６      21549    0件     0   21575', '         本                                                            件'].join('\n')
    expect(rows(text).at(0)?.at(-1)).toBe('21575件')
    expect(rows(text).at(1)).toEqual(['本'])
  })

  it('joins no two pieces that do not make a figure: `10352件` and `０５` stay apart (-layout)', () => {
    const text = ['               七、总计      28,851 42,309 11件 1564 618 10352', '                                                      件 ０５', '                                                          ８３７'].join('\n')
    const read = rows(text).flat()
    expect(read).toContain('10352件')
    expect(read).toContain('０５')
    expect(read).toContain('８３７')
  })

  it('joins no cut piece where the figures left on its line stand before the one it completes: reading order would move them (-layout)', () => {
    // 10，041 and 21，331 wrapped; 29591 46311 0 stand between them. Joined, 21,331 would come before 29591.
    const text = ['                  (七)总计        133 10，                  21，', '                                    041 29591 46311 0 331 107,407'].join('\n')
    // Left cut, the row is unread (its figures cannot be placed), never read in the wrong order.
    expect(rows(text)).toEqual([
      ['(七)总计', '133', '10，', '21，'],
      ['041', '29591', '46311', '0', '331', '107,407'],
    ])
  })

  it('joins a figure cut at its separator at a line’s end to its rest at the next line’s start (-raw)', () => {
    expect(rows(['七、总计 39253 11738 1，', '039', '12，', '627 2,419 32 —'].join('\n'))).toEqual([['七、总计', '39253', '11738', '1，039'], ['12，627'], ['2,419', '32', '—']])
  })

  it('leaves two whole figures at a line break two cells (-raw)', () => {
    expect(rows(['一、本年新收政府信息公开申请数量 59,231 ５３９', '９ 9917 21577 16 16230 112，'].join('\n'))).toEqual([
      ['一、本年新收政府信息公开申请数量', '59,231', '５３９'],
      ['９', '9917', '21577', '16', '16230', '112，'],
    ])
  })

  it('takes a label printed one character per line off the lines it stands beside, so a figure’s rest on one of them joins its figure (-layout)', () => {
    const text = [
      '         办        1．属于国家秘密     0    ０   ０ 29133 0      0件 ２９１',
      '         理                                                 ３３',
      '         结      2．其他法律行政法规 25',
      '         果           禁止公开           ０   ０    0   24     0   49',
    ].join('\n')
    expect(rows(text)).toEqual([
      ['办理结果'],
      ['1．属于国家秘密', '0', '０', '０', '29133', '0', '0件', '２９１３３'],
      ['2．其他法律行政法规', '25'],
      ['禁止公开', '０', '０', '0', '24', '0', '49'],
    ])
  })

  it('leaves headings numbered one character apart whole: no numeral is a label printed one character per line', () => {
    expect(rows(['  一 概述   3', '  二 主动公开   4', '  三 依申请公开   5'].join('\n')).map((r) => r[0])).toEqual(['一 概述', '二 主动公开', '三 依申请公开'])
  })

  it('joins the rest of `1，` standing a column or two beside it, where it completes no other figure (-layout)', () => {
    const text = ['               2.其他法律行政法规 15 0 1， 0 0 ０ 1569', '                   禁止公开           554件'].join('\n')
    expect(rows(text)).toEqual([['2.其他法律行政法规', '15', '0', '1，554件', '0', '0', '０', '1569'], ['禁止公开']])
  })
})
