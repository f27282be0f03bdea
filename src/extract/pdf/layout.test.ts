import { describe, expect, it } from 'vitest'
import type { Grid } from '../grid.ts'
import { layoutPdf } from './index.ts'
import type { Item, Page } from './items.ts'
import { UNPLACED } from './table-rows.ts'

/**
 * The layout on pages made by hand: items where a word processor would put them (A4, 10-unit type in tables,
 * 16 in prose), and the grid that must come out — rows, cells, their order and their grid columns.
 */
const H = 10
/** An item of text whose left edge is at x; CJK is one em a character, digits and Latin half. */
function at(text: string, x: number, top: number, h = H): Item {
  const w = [...text].reduce((n, c) => n + (/[\x20-\x7e]/.test(c) ? h / 2 : h), 0)
  return { text, x, top, w, h }
}
function page(number: number, items: Item[]): Page {
  return { number, width: 595, height: 842, items }
}
const layout = (pages: Page[]): Grid => layoutPdf({ pages, verticalItems: 0 }, { maxCells: 20_000 }).grid
const texts = (grid: Grid) => grid.map((r) => r.cells.map((c) => c.text))

/** A row of table 三: label at 80, seven value columns from 300, 30 units apart, centred. */
function row(label: string, values: string[], top: number): Item[] {
  return [at(label, 80, top), ...values.map((v, k) => at(v, 300 + 30 * k + (20 - (v.length * H) / 2) / 2, top)).filter((i) => i.text !== '')]
}

describe('PDF layout', () => {
  it('joins the lines of a paragraph, keeps paragraphs apart, and joins a two-line title', () => {
    const grid = layout([
      page(1, [
        at('淮安市洪泽区人民政府', 180, 80, 22),
        at('2024年政府信息公开工作年度报告', 130, 108, 22),
        at('一、总体情况', 106, 180, 16),
        at('本报告由本机关根据《中华人民共和国政府信息公开条例》编制，数据统', 74, 210, 16),
        at('计期限自2024年1月1日起至12月31日止。', 74, 238, 16),
        at('（一）主动公开情况。本年度主动公开政府信息二千余条。', 106, 266, 16),
      ]),
    ])
    expect(texts(grid)).toEqual([
      ['淮安市洪泽区人民政府2024年政府信息公开工作年度报告'],
      ['一、总体情况'],
      ['本报告由本机关根据《中华人民共和国政府信息公开条例》编制，数据统计期限自2024年1月1日起至12月31日止。'],
      ['（一）主动公开情况。本年度主动公开政府信息二千余条。'],
    ])
    expect(grid.every((r) => !r.table)).toBe(true)
    expect(grid[0]?.cells[0]?.box).toMatchObject({ page: 1, x: 130, y: 80 })
  })

  it('drops page numbers and what repeats at one height on every page, not a row of figures at a foot', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        at('某某县人民政府办公室', 200, 30, 9),
        at(`正文第${n}页的一句话，没有句号也不到行尾`, 106, 100, 16),
        ...(n === 3 ? row('四、结转下年度继续办理', ['1', '0', '0', '0', '0', '0', '1'], 760) : []),
        at(`- ${n} -`, 280, 800, 13),
      ]),
    )
    const flat = texts(layout(pages)).flat()
    expect(flat.some((t) => t.includes('某某县') || /^- \d -$/.test(t))).toBe(false)
    expect(flat).toContain('四、结转下年度继续办理')
    expect(flat.filter((t) => t === '0')).toHaveLength(5)
  })

  it('rebuilds a table: cells in their columns, a blank as an empty cell, a wrapped label in its cell', () => {
    const grid = layout([
      page(1, [
        ...row('一、本年新收政府信息公开申请数量', ['95', '0', '', '0', '0', '0', '95'], 300),
        at('（二）部分公开（区分处理的，只计这一情', 80, 322),
        ...row('', ['9', '0', '0', '0', '0', '0', '9'], 327).slice(1),
        at('形，不计其他情形）', 80, 334),
        ...row('（三）其他', ['1', '2', '3', '4', '5', '6', '21'], 360),
      ]),
    ])
    const tableRows = grid.filter((r) => r.table)
    expect(texts(tableRows)).toEqual([
      ['一、本年新收政府信息公开申请数量', '95', '0', '', '0', '0', '0', '95'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '9', '0', '0', '0', '0', '0', '9'],
      ['（三）其他', '1', '2', '3', '4', '5', '6', '21'],
    ])
    expect(tableRows[0]?.cells.map((c) => c.x)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(new Set(tableRows.map((r) => r.tableId)).size).toBe(1)
  })

  it('joins a figure wrapped in a narrow cell, and leaves unread what no row claims', () => {
    const wrapped = layout([
      page(1, [
        ...row('（一）予以公开', ['1,', '0', '0', '0', '0', '0', '1,'], 300),
        at('公开', 80, 312),
        at('234', 300, 312),
        at('234', 480, 312),
        ...row('（二）部分公开', ['1', '0', '0', '0', '0', '0', '1'], 340),
      ]),
    ]).filter((r) => r.table)
    expect(texts(wrapped)[0]).toEqual(['（一）予以公开公开', '1,234', '0', '0', '0', '0', '0', '1,234'])

    const stray = layout([
      page(1, [
        ...row('（一）予以公开', ['12', '0', '0', '0', '0', '0', '12'], 300),
        at('7', 307, 320),
        ...row('（二）部分公开', ['1', '0', '0', '0', '0', '0', '1'], 340),
      ]),
    ]).filter((r) => r.table)
    expect(texts(stray)).toEqual([
      ['（一）予以公开', UNPLACED, '0', '0', '0', '0', '0', '12'],
      ['（二）部分公开', UNPLACED, '0', '0', '0', '0', '0', '1'],
    ])
  })

  it('keeps a table that goes on over a page break as one table, its rows in order', () => {
    const grid = layout([
      page(1, [at('三、收到和处理政府信息公开申请情况', 106, 600, 16), ...row('（一）予以公开', ['1', '0', '0', '0', '0', '0', '1'], 700), ...row('（二）部分公开', ['2', '0', '0', '0', '0', '0', '2'], 730), at('- 1 -', 280, 800, 13)]),
      page(2, [...row('（三）不予公开', ['3', '0', '0', '0', '0', '0', '3'], 80), ...row('（七）总计', ['6', '0', '0', '0', '0', '0', '6'], 110), at('- 2 -', 280, 800, 13)]),
    ])
    const tableRows = grid.filter((r) => r.table)
    expect(tableRows.map((r) => r.cells[0]?.text)).toEqual(['（一）予以公开', '（二）部分公开', '（三）不予公开', '（七）总计'])
    expect(new Set(tableRows.map((r) => r.tableId)).size).toBe(1)
    expect(tableRows[2]?.cells[1]?.box?.page).toBe(2)
  })
})
