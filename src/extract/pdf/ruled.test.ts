import { OPS } from 'unpdf/pdfjs'
import { describe, expect, it } from 'vitest'
import type { Grid } from '../grid.ts'
import { layoutPdf } from './index.ts'
import type { Item, Page } from './items.ts'
import { takeRuled } from './ruled-rows.ts'
import { pageRules, type Rule } from './rules.ts'
import { UNPLACED } from './table-rows.ts'

/**
 * Tables drawn with borders, made by hand: items where a browser or word processor puts them, and the border
 * lines it draws around each cell. The grid must be the table's, as HTML would give it: a label wrapped over
 * lines one cell, spans from the borders, a table cut by a page break one table.
 */
const H = 10
function at(text: string, x: number, top: number, h = H): Item {
  const w = [...text].reduce((n, c) => n + (/[\x20-\x7e]/.test(c) ? h / 2 : h), 0)
  return { text, x, top, w, h }
}
const hr = (y: number, a: number, b: number): Rule => ({ horizontal: true, at: y, a, b })
const vr = (x: number, a: number, b: number): Rule => ({ horizontal: false, at: x, a, b })
/** The borders of a grid: a rule at each x from top to foot, and at each y across, except where `skip` says. */
function borders(xs: number[], ys: number[], skip: (y: number, x0: number) => boolean = () => false): Rule[] {
  const rules: Rule[] = []
  for (const y of ys) xs.slice(0, -1).forEach((x, k) => skip(y, x) || rules.push(hr(y, x, xs[k + 1] as number)))
  for (const x of xs) ys.slice(0, -1).forEach((y, k) => rules.push(vr(x, y, ys[k + 1] as number)))
  return rules
}
function page(number: number, items: Item[], rules: Rule[]): Page {
  return { number, width: 842, height: 595, items, rules }
}
const layout = (pages: Page[]): Grid => layoutPdf({ pages, verticalItems: 0 }, { maxCells: 20_000 }).grid
const texts = (grid: Grid) => grid.filter((r) => r.table).map((r) => r.cells.map((c) => c.text))

/** Columns: a group label 40–100, a label 100–300, three figures 300–350–400–450. */
const XS = [40, 100, 300, 350, 400, 450]

describe('PDF tables read by their borders', () => {
  it('reads a label wrapped over two lines as one cell, its figures centred between the lines in its row', () => {
    const ys = [100, 130, 170, 200]
    const grid = layout([
      page(1, [
        at('（一）予以公开', 105, 110),
        at('1', 310, 110), at('2', 360, 110), at('3', 410, 110),
        // The label wraps; the figures stand between its two lines, on a line of their own.
        at('（二）部分公开（区分处理的，只计这一情', 105, 135),
        at('形，不计其他情形）', 105, 155),
        at('12', 310, 145), at('0', 360, 145), at('7', 410, 145),
        at('（三）不予公开', 105, 180),
        at('4', 310, 180), at('5', 410, 180),
      ], borders(XS.slice(1), ys)),
    ])
    expect(texts(grid)).toEqual([
      ['（一）予以公开', '1', '2', '3'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '12', '0', '7'],
      ['（三）不予公开', '4', '', '5'],
    ])
    expect(grid.filter((r) => r.table)[1]?.cells.map((c) => c.x)).toEqual([0, 1, 2, 3])
  })

  it('gives a cell that no inner border parts its rowspan, and one that reaches over columns its colspan', () => {
    const ys = [100, 130, 160, 190]
    // The group label's cell (40–100) has no border between its rows; the head reaches over the figures.
    const rules = borders(XS, ys, (y, x) => x === 40 && y === 160).filter((r) => !(r.horizontal === false && r.at > 300 && r.at < 450 && r.a === 100))
    const grid = layout([
      page(1, [
        at('申请人', 320, 110),
        at('三、本年', 45, 150), at('度办理结果', 45, 162), at('（一）予以公开', 105, 140), at('1', 310, 140), at('2', 360, 140), at('3', 410, 140),
        at('（二）部分公开', 105, 170), at('4', 310, 170), at('5', 360, 170), at('6', 410, 170),
      ], rules),
    ])
    const rows = grid.filter((r) => r.table)
    expect(texts(grid)).toEqual([
      ['', '', '申请人'],
      ['三、本年度办理结果', '（一）予以公开', '1', '2', '3'],
      ['（二）部分公开', '4', '5', '6'],
    ])
    expect(rows[0]?.cells.map((c) => [c.x, c.colspan, c.rowspan])).toEqual([[0, 1, 1], [1, 1, 1], [2, 3, 1]])
    expect(rows[1]?.cells[0]).toMatchObject({ x: 0, rowspan: 2 })
    expect(rows[2]?.cells.map((c) => c.x)).toEqual([1, 2, 3, 4])
  })

  it('joins a table the page break cut, and the cell cut with it, into one table', () => {
    const open = (y: number, x: number) => x === 40 && y > 500
    const first = borders(XS, [500, 530, 560], open)
    const second = borders(XS, [40, 70, 100], (y, x) => x === 40 && y === 40)
    const grid = layout([
      page(1, [at('三、本年', 45, 510), at('（一）予以公开', 105, 510), at('1', 310, 510), at('2', 360, 510), at('3', 410, 510), at('（二）部分公开', 105, 540), at('4', 310, 540), at('5', 360, 540), at('6', 410, 540)], first),
      page(2, [at('（三）不予公开', 105, 50), at('7', 310, 50), at('8', 360, 50), at('9', 410, 50), at('四、结转下年度继续办理', 105, 80), at('0', 310, 80), at('0', 360, 80), at('0', 410, 80)], second),
    ])
    const rows = grid.filter((r) => r.table)
    expect(new Set(rows.map((r) => r.tableId)).size).toBe(1)
    // The group label's cell goes on over the break: the rows of page 2 start at the label column, not before.
    expect(rows[0]?.cells[0]).toMatchObject({ text: '三、本年', rowspan: 3 })
    expect(rows[2]?.cells.map((c) => [c.text, c.x])).toEqual([['（三）不予公开', 1], ['7', 2], ['8', 3], ['9', 4]])
    expect(rows[2]?.cells[1]?.box?.page).toBe(2)
  })

  it('joins a row Word or LibreOffice broke over a page, with borders on both sides of the break, and no other', () => {
    // A narrow first figure column (300–312): `12` stands over two lines and goes on at the next page's head.
    const xs = [100, 300, 312, 350, 400]
    const head = (rest: Item[]) => [
      page(1, [at('（一）予以公开', 105, 510), at('1', 303.5, 505), at('2', 320, 510), at('3', 360, 510), at('（二）部分公开', 105, 540), at('1', 303.5, 535), at('2', 303.5, 546), at('5', 320, 540), at('6', 360, 540)], borders(xs, [500, 530, 560])),
      page(2, [...rest, at('（四）其他', 105, 80), at('7', 303.5, 80), at('8', 320, 80), at('9', 360, 80)], borders(xs, [40, 70, 100])),
    ]
    // The rest of the row: nothing in its label's cell, text only where the row above has some.
    expect(texts(layout(head([at('3', 303.5, 45)])))).toEqual([
      ['（一）予以公开', '1', '2', '3'],
      ['（二）部分公开', '123', '5', '6'],
      ['（四）其他', '7', '8', '9'],
    ])
    // A row of its own: it has its label.
    expect(texts(layout(head([at('（三）不予公开', 105, 45), at('3', 303.5, 45)])))).toEqual([
      ['（一）予以公开', '1', '2', '3'],
      ['（二）部分公开', '12', '5', '6'],
      ['（三）不予公开', '3', '', ''],
      ['（四）其他', '7', '8', '9'],
    ])
  })

  it('joins a row whose label the page break cut, its last line filling the cell; a short centred label with text below stays a row', () => {
    // Label column 100–192: nine glyphs of 10 fill it between 2-point paddings. Figures 192–240–290.
    const xs = [100, 192, 240, 290]
    const two = (label: string, x: number, rest: Item[]) => [
      page(1, [at('（一）予以公开', 102, 505), at('1', 210, 505), at('2', 260, 505), at(label, x, 535), at('1739', 200, 535), at('0', 260, 535)], borders(xs, [500, 530, 550])),
      page(2, [...rest, at('（三）其他', 102, 80), at('7', 210, 80), at('8', 260, 80)], borders(xs, [40, 70, 100])),
    ]
    // `3．危及"三安全一` fills its line; `稳定"` and the `3` of 17393 go on at the next page's head.
    const cut = layout(two('3．危及“三安全一', 102, [at('稳定”', 102, 45), at('3', 210, 45)]))
    expect(texts(cut)).toEqual([
      ['（一）予以公开', '1', '2'],
      ['3．危及“三安全一稳定”', UNPLACED, '0'],
      ['（三）其他', '7', '8'],
    ])
    // The figure's pieces kept as one, for the report's arithmetic to confirm; never read on the geometry alone.
    expect(cut.filter((r) => r.table)[1]?.cells[1]?.joined).toBe('17393')
    // A short label, centred: its line has room left, so the text below is a row of its own (its figure unread).
    expect(texts(layout(two('（二）部分', 126, [at('稳定”', 102, 45), at('3', 210, 45)])))).toEqual([
      ['（一）予以公开', '1', '2'],
      ['（二）部分', '1739', '0'],
      ['稳定”', '3', ''],
      ['（三）其他', '7', '8'],
    ])
    // A full label, and below it text that begins with a numbering: a label's rest never does, so it is the next
    // row, and both rows keep their own figures.
    expect(texts(layout(two('3．危及“三安全一', 102, [at('4.保护第三方', 102, 45), at('3', 210, 45)])))).toEqual([
      ['（一）予以公开', '1', '2'],
      ['3．危及“三安全一', '1739', '0'],
      ['4.保护第三方', '3', ''],
      ['（三）其他', '7', '8'],
    ])
  })

  it('joins the rest of a row of figures alone (table 四) at the next page\'s head, one cut figure in it; not a full row', () => {
    // Table 四 prints its labels in its header: its row is figures only. `１` / `２` is 12 cut by the break.
    const xs = [100, 150, 200, 250]
    const two = (rest: Item[]) => [
      page(1, [at('行政复议', 110, 505), at('结果', 160, 505), at('总计', 210, 505), at('0', 120, 535), at('12', 170, 535), at('１', 220, 535)], borders(xs, [500, 530, 550])),
      page(2, [...rest, at('五、存在的主要问题', 100, 90)], borders(xs, [40, 60])),
    ]
    const cut = layout(two([at('２', 220, 45)]))
    expect(texts(cut)).toEqual([
      ['行政复议', '结果', '总计'],
      ['0', '12', UNPLACED],
    ])
    expect(cut.filter((r) => r.table)[1]?.cells[2]?.joined).toBe('１２')
    // A row with a figure in every cell is a row of its own.
    expect(texts(layout(two([at('3', 120, 45), at('4', 170, 45), at('２', 220, 45)])))).toEqual([
      ['行政复议', '结果', '总计'],
      ['0', '12', '１'],
      ['3', '4', '２'],
    ])
  })

  it('joins a figure the cell width broke, never two figures that stand in one cell', () => {
    const ys = [100, 130, 160]
    const grid = layout([
      page(1, [
        // Full-width digits break anywhere: `１６８９` fills the cell and `３` goes on below.
        at('（一）予以公开', 105, 105), at('１６８９', 305, 105), at('３', 305, 116), at('0', 360, 110), at('0', 410, 110),
        // Two half-width figures, one over the other, in a cell with room: not one number.
        at('（二）部分公开', 105, 140), at('12', 310, 135), at('5', 310, 147), at('0', 360, 140), at('0', 410, 140),
      ], borders(XS.slice(1), ys)),
    ])
    expect(texts(grid)).toEqual([
      ['（一）予以公开', '１６８９３', '0', '0'],
      ['（二）部分公开', UNPLACED, '0', '0'],
    ])
    // Left unread, with the one figure its pieces would make kept for the report's arithmetic to confirm.
    expect(grid.filter((r) => r.table)[1]?.cells[1]?.joined).toBe('125')
    expect(grid.filter((r) => r.table)[0]?.cells[1]?.joined).toBeUndefined()
  })

  it('reads a row shorter than the others, where no border closes the room beside it', () => {
    // The last row has two figure cells; the third column's room in that row has no borders.
    const ys = [100, 130, 160]
    const rules = borders(XS.slice(1), ys).filter((r) => !(r.horizontal && r.at === 160 && r.a === 400) && !(!r.horizontal && r.at === 450 && r.a === 130))
    const items = [at('（一）予以公开', 105, 110), at('1', 310, 110), at('2', 360, 110), at('3', 410, 110), at('（二）部分公开', 105, 140), at('4', 310, 140), at('5', 360, 140)]
    expect(texts(layout([page(1, items, rules)]))).toEqual([
      ['（一）予以公开', '1', '2', '3'],
      ['（二）部分公开', '4', '5'],
    ])
    // Text in that room: no cell holds it, so the borders do not say where it stands.
    expect(takeRuled(page(1, [...items, at('6', 410, 140)], rules)).parts).toEqual([])
  })

  it('reads a bordered layout frame as text around the tables inside it', () => {
    // A frame of two columns (a side menu, the article) around a table of figures in the article's column.
    const frame = borders([10, 35, 500], [20, 400])
    const items = [at('目录', 12, 30), at('二、主动公开政府信息情况', 105, 60), ...[[105, '（一）予以公开'], [310, '1'], [360, '2'], [410, '3']].map(([x, t]) => at(t as string, x as number, 110))]
    const grid = layout([page(1, items, [...frame, ...borders(XS.slice(1), [100, 130])])])
    expect(texts(grid)).toEqual([['（一）予以公开', '1', '2', '3']])
    expect(grid.filter((r) => !r.table).map((r) => r.cells[0]?.text)).toContain('二、主动公开政府信息情况')
  })

  it('leaves a table whose text reaches over its borders to the text layout', () => {
    const items = [at('（一）予以公开', 105, 110), at('1', 310, 110), at('2', 360, 110), at('3', 410, 110), at('（二）部分公开', 105, 140), at('12345678', 330, 140)]
    const taken = takeRuled(page(1, items, borders(XS.slice(1), [100, 130, 160])))
    expect(taken.parts).toEqual([])
    expect(taken.rest).toHaveLength(items.length)
  })

  it('reads borders from an operator list: thin filled rectangles and stroked lines, under the page transform', () => {
    // y up from the page foot at 595: a rectangle 1 unit thick at y 495 is a rule at 100 from the top.
    const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.restore]
    const args = [
      null,
      [2, 0, 0, 2, 0, 0],
      [OPS.fill, [new Float32Array([0, 20, 247, 1, 150, 247, 1, 150, 247.5, 1, 20, 247.5, 4])], null],
      [OPS.stroke, [new Float32Array([0, 20, 200, 1, 20, 247.5])], null],
      [OPS.fill, [new Float32Array([0, 0, 0, 1, 100, 0, 1, 100, 100, 1, 0, 100, 4])], null],
      null,
    ]
    const rules = pageRules(fn, args, OPS, [0, 0, 842, 595])
    expect(rules).toEqual([
      { horizontal: true, at: 100.5, a: 40, b: 300 },
      { horizontal: false, at: 40, a: 100, b: 195 },
    ])
  })
})
