import { describe, expect, it } from 'vitest'
import { extractHtml } from './html.ts'

const rows = (html: string) => extractHtml(html).grid.map((r) => ({ table: r.table, cells: r.cells.map((c) => c.text) }))

describe('extractHtml: the HTML shapes of a government page', () => {
  it('reads a layout cell that holds a table as prose around that table', () => {
    const html = '<table><tr><td><p>一、总体情况</p><p>概述。</p><table><tr><td>规章</td><td>1</td></tr></table><p>五、存在的主要问题及改进情况</p><p>问题。</p></td></tr></table>'
    expect(rows(html)).toEqual([
      { table: false, cells: ['一、总体情况'] },
      { table: false, cells: ['概述。'] },
      { table: true, cells: ['规章', '1'] },
      { table: false, cells: ['五、存在的主要问题及改进情况'] },
      { table: false, cells: ['问题。'] },
    ])
  })

  it('keeps `<br>`, `<p>` and Word runs inside a cell as one cell, one value split over two runs whole', () => {
    const html = `<table><tr><td>本年新<br>制作数量</td><td><p class=MsoNormal><span lang=EN-US>1</span><span>234<o:p></o:p></span></p></td></tr></table>`
    expect(rows(html)).toEqual([{ table: true, cells: ['本年新\n制作数量', '1234'] }])
  })

  it('clamps absurd spans instead of trusting them', () => {
    const [row] = extractHtml('<table><tr><td colspan="100000" rowspan="-3">x</td></tr></table>').grid
    expect(row?.cells[0]).toMatchObject({ colspan: 1000, rowspan: 1 })
  })

  it('never reads script, style or the head’s <title>', () => {
    expect(rows('<head><title>某某2020年政府信息公开工作年度报告_网站</title><script>var a="<p>x</p>"</script></head><body><p>正文</p></body>')).toEqual([
      { table: false, cells: ['正文'] },
    ])
  })
})
