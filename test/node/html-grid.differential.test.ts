import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractHtml } from '../../src/extract/html.ts'
import { domGrids, type DomCell } from '../support/dom-grid.ts'

/**
 * Differential: src/extract/html.ts reads pages with streaming callbacks and tracks rowspans itself; a DOM
 * (linkedom) with the HTML standard's table model is the reference. On random tables — spans overlapping or
 * not, header cells, row groups, empty rows and cells, `<br>`, `<p>`, `<span>`, `&nbsp;`, entities — both must
 * give every table's rows with the same cell texts, spans and grid columns (`x`).
 */

const WORDS = ['申请人情况', '自然人', '总计', '12', '１，２３４', '—', '', ' ', '&nbsp;', '&amp;', 'a&lt;b', '本年新', '制作数量', '行政许可', '+5', '-3'] as const

const inline = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(...WORDS).map((w) => `<span style="x">${w}</span>`),
  fc.constantFrom(...WORDS).map((w) => `<b>${w}</b>`),
)
/** A cell's content: words, `<br>`s and paragraphs, kept short (a long cell of many lines is page layout). */
const content = fc
  .array(fc.oneof({ weight: 3, arbitrary: inline }, { weight: 1, arbitrary: fc.constantFrom('<br>', '<br/>', '\n  ') }, { weight: 1, arbitrary: inline.map((w) => `<p>${w}</p>`) }), { maxLength: 3 })
  .map((parts) => parts.join(''))

const span = (name: string) => fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => ` ${name}="${n}"`) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 4 }).map((n) => ` ${name}=${n}`) })

const cell = fc.record({ tag: fc.constantFrom('td', 'td', 'td', 'th'), colspan: span('colspan'), rowspan: span('rowspan'), content }).map((c) => `<${c.tag}${c.colspan}${c.rowspan}>${c.content}</${c.tag}>`)

const row = fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => `<tr>${cells.join('')}</tr>`)

/** A table: bare rows or one `<tbody>` (an empty row and a `<thead>` have tests of their own below). */
const table = fc.record({ rows: fc.array(row, { minLength: 1, maxLength: 8 }), wrap: fc.constantFrom('none', 'tbody') }).map(({ rows, wrap }) => {
  const body = rows.join('\n')
  return `<table border="1">${wrap === 'tbody' ? `<tbody>${body}</tbody>` : body}</table>`
})

const page = fc.array(fc.tuple(fc.constantFrom('', '<p>正文段落</p>', '<div>说明</div>'), table), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([prose, t]) => prose + t).join('\n'))

/** The extractor's grid, as the reference shapes it: per table (`tables` of them, by tableId), rows of cells. */
function extractedGrids(html: string, tables: number): DomCell[][][] {
  const grids: DomCell[][][] = Array.from({ length: tables }, () => [])
  for (const r of extractHtml(html).grid) {
    if (!r.table || r.tableId === undefined) continue
    ;(grids[r.tableId] ??= []).push(r.cells.map((c) => ({ text: c.text, colspan: c.colspan, rowspan: c.rowspan, x: c.x ?? -1 })))
  }
  return grids
}

describe('the streaming HTML grid against a DOM-built grid', () => {
  it('gives every table the same rows, cell texts, spans and grid columns', () => {
    fc.assert(
      fc.property(page, (html) => {
        const { grids, overlaps } = domGrids(html)
        // Cells whose spans overlap have a test of their own below; random spans overlap in about a third of pages.
        fc.pre(overlaps === 0)
        expect(extractedGrids(html, grids.length)).toEqual(grids)
      }),
      { numRuns: 1000, maxSkipsPerRun: 1000 },
    )
  })

  // Found with overlapping spans allowed: where a cell's span runs over slots a longer rowspan still covers, the
  // extractor keeps the later, shorter end, so a cell below that the longer rowspan still reaches moves left.
  it('keeps a slot covered until the longest rowspan over it ends (overlapping spans)', () => {
    const html =
      '<table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td rowspan="4">c</td><td>d</td></tr><tr><td colspan="2" rowspan="2">e</td><td>f</td></tr><tr><td>g</td></tr><tr><td>h</td><td colspan="2">i</td></tr></table>'
    const { grids, overlaps } = domGrids(html)
    expect(overlaps).toBeGreaterThan(0)
    expect(grids[0]?.[4]?.[1]?.x).toBe(2)
    expect(extractedGrids(html, grids.length)).toEqual(grids)
  })

  // Found by this test with empty rows allowed: the extractor counts only rows that hold a cell, so a rowspan
  // from above reaches one row further than in a browser and the next row's figures move one column right.
  it('counts an empty <tr> as a row: a rowspan from above ends in it', () => {
    const html = '<table><tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>5</td></tr>\n<tr></tr>\n<tr><td>（七）总计</td><td>5</td></tr></table>'
    const { grids } = domGrids(html)
    expect(grids[0]?.[1]?.[0]?.x).toBe(0)
    expect(extractedGrids(html, grids.length)).toEqual(grids)
  })

  // Found with <thead> allowed: a rowspan ends with its row group in the HTML table model; the extractor carries
  // it into the <tbody>, so the body's first row starts one column right.
  it('ends a rowspan with its row group (<thead> into <tbody>)', () => {
    const html = '<table><thead><tr><td rowspan="2">申请人情况</td><td>自然人</td></tr></thead><tbody><tr><td>一、本年新收政府信息公开申请数量</td><td>3</td></tr></tbody></table>'
    const { grids } = domGrids(html)
    expect(grids[0]?.[1]?.[0]?.x).toBe(0)
    expect(extractedGrids(html, grids.length)).toEqual(grids)
  })
})
