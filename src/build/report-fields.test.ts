import { describe, expect, it } from 'vitest'
import { extractHtml } from '../extract/html.ts'
import { tokenize } from '../match/tokens.ts'
import { readReportFields } from './report-fields.ts'

const fields = (html: string) => readReportFields(tokenize(extractHtml(html)), -1)

describe('readReportFields: the article’s own title and date line', () => {
  it('takes the title that names a year over a breadcrumb’s column name', () => {
    const f = fields('<div>您当前的位置：首页 &gt; 信息公开 &gt; 政府信息公开年度报告</div><h1>湖南省长沙县人民政府2020年度政府信息公开年度报告</h1>')
    expect(f).toMatchObject({ title: '湖南省长沙县人民政府2020年度政府信息公开年度报告', organ: '湖南省长沙县人民政府', year: 2020 })
  })

  it('reads the organ around a leading year (`2019年上海市人民政府办公厅…`)', () => {
    expect(fields('<h1>2019年上海市人民政府办公厅政府信息公开工作年度报告</h1>')).toMatchObject({ organ: '上海市人民政府办公厅', year: 2019 })
  })

  it.each([
    ['发布日期：2021-02-10', '2021-02-10'],
    ['来源：本机关办公室 发布时间：2021年2月10日 09:30 浏览次数：12', '2021-02-10'],
    ['时间：2021-02-10 15:35', '2021-02-10'],
    ['• 2021-02-10', '2021-02-10'],
    ['2021年2月10日', '2021-02-10'],
  ])('reads the date line %s', (line, iso) => {
    expect(fields(`<h1>某区2020年政府信息公开工作年度报告</h1><div>${line}</div>`).publishedOn).toBe(iso)
  })

  it('has no date where the page prints none (a 今天是… line in the site header is no date line)', () => {
    expect(fields('<div>今天是2024年3月1日 星期五</div><h1>某区2020年政府信息公开工作年度报告</h1>').publishedOn).toBeNull()
  })
})
