import { describe, expect, it } from 'vitest'
import { extractHtml } from '../extract/html.ts'
import { APPLICATIONS_2019 } from '../templates/applications.ts'
import { matchTable } from './match-table.ts'
import { tokenize } from './tokens.ts'

const HEADER = `<tr><td>申请人情况</td><td></td><td></td><td>自然人</td><td>法人或其他组织</td><td></td><td></td><td></td><td></td><td>总计</td></tr>
<tr><td></td><td></td><td></td><td></td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td></td></tr>`
const DISCLOSED = 'applications.rows.results.disclosed'
const COLUMNS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceAgency', 'otherOrganization', 'total']

function read(rows: string) {
  const tokens = tokenize(extractHtml(`<table>${rows}</table>`))
  const { values, warnings } = matchTable(tokens, APPLICATIONS_2019, { start: 0, end: tokens.length })
  return { row: COLUMNS.map((c) => values.get(`${DISCLOSED}.${c}`)), warnings }
}

describe('valuesByHeader: a flat grid read by its header’s grid columns', () => {
  it('reads a row whose covered cell and blank total are both empty in the columns its header names', () => {
    const { row } = read(`${HEADER}<tr><td>三、本年度办理结果</td><td>（一）予以公开</td><td></td><td>5</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td></td></tr>`)
    expect(row).toEqual([5, 0, 1, 0, 0, 0, null])
  })

  it('reads a blank first value the same way', () => {
    const { row } = read(`${HEADER}<tr><td>三、本年度办理结果</td><td>（一）予以公开</td><td></td><td></td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>`)
    expect(row).toEqual([null, 0, 1, 0, 0, 0, 1])
  })

  it('walks past a row above whose values are all blank marks: it is data, not header', () => {
    const { row } = read(
      `${HEADER}<tr><td>三、本年度办理结果</td><td>（一）予以公开</td><td></td>${'<td>—</td>'.repeat(7)}</tr>` +
        `<tr><td>三、本年度办理结果</td><td>（二）部分公开</td><td></td><td>5</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td></td></tr>`,
    )
    expect(row).toEqual(Array(7).fill(null))
    const partly = read(
      `${HEADER}<tr><td>三、本年度办理结果</td><td>（二）部分公开</td><td></td>${'<td>—</td>'.repeat(7)}</tr>` +
        `<tr><td>三、本年度办理结果</td><td>（一）予以公开</td><td></td><td>5</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td></td></tr>`,
    )
    expect(partly.row).toEqual([5, 0, 1, 0, 0, 0, null])
  })

  it('does not trust a header that is narrower than the row: the row stays null with a warning', () => {
    const { row, warnings } = read(`${HEADER}<tr><td>三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td></td><td>5</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td></td></tr>`)
    expect(row).toEqual(Array(7).fill(null))
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'unreadable_row', path: DISCLOSED }))
  })
})
