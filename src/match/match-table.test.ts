import { describe, expect, it } from 'vitest'
import { extractHtml } from '../extract/html.ts'
import { extractText } from '../extract/text.ts'
import { APPLICATIONS_2019 } from '../templates/applications.ts'
import { REVIEW_LITIGATION } from '../templates/review-litigation.ts'
import { matchTable } from './match-table.ts'
import { tokenize } from './tokens.ts'

const match = (grid: ReturnType<typeof extractText>, template = APPLICATIONS_2019) => {
  const tokens = tokenize(grid)
  return matchTable(tokens, template, { start: 0, end: tokens.length })
}
const row = (values: ReturnType<typeof match>['values'], path: string) =>
  ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceAgency', 'otherOrganization', 'total'].map((c) => values.get(`${path}.${c}`))
const DISCLOSED = 'applications.rows.results.disclosed'
const html = (cells: string) => extractHtml(`<table><tr><td>（一）予以公开</td>${cells}</tr></table>`)

describe('matchTable: a row’s cells mapped by the template’s column count', () => {
  it('reads the values after spacer cells that stand before them (a flat grid’s covered cells)', () => {
    const { values } = match(html('<td></td><td></td><td>5</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>—</td>'))
    expect(row(values, DISCLOSED)).toEqual([5, 0, 1, 0, 0, 0, null])
  })

  it('reads the values before padding cells after them', () => {
    const { values } = match(html('<td>5</td><td>0</td><td>1</td><td>0</td><td>0</td><td>—</td><td>6</td><td></td>'))
    expect(row(values, DISCLOSED)).toEqual([5, 0, 1, 0, 0, null, 6])
  })

  it('leaves the row null with a warning when empty cells on both sides make two readings', () => {
    const { values, warnings, glued } = match(html('<td></td><td>5</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td></td>'))
    expect(row(values, DISCLOSED)).toEqual(Array(7).fill(null))
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'unreadable_row', path: DISCLOSED }))
    // Separate cells, one of them empty, are not glue: nothing is cut to make up the count.
    expect(glued).toEqual([])
  })

  it('skips a header cell that carries the row’s label but no values (a repeated header’s 总计)', () => {
    const grid = extractHtml(
      '<table><tr><td>（六）其他处理</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table>' +
        '<table><tr><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr><tr><td>（七）总计</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table>',
    )
    expect(row(match(grid).values, 'applications.rows.results.total')).toEqual([1, 0, 0, 0, 0, 0, 1])
  })
})

describe('matchTable: table 四, values in one run under its header', () => {
  it('starts the run at a blank first cell in one-cell-per-line text', () => {
    const lines = ['尚未审结', '总计', '—', ...'3 0 11 14 0 8 8 0 16 10 0 5 6 21'.split(' ')].join('\n')
    const { values } = match(extractText(lines), REVIEW_LITIGATION)
    expect(values.get('reviewLitigation.administrativeReview.upheld')).toBeNull()
    expect(values.get('reviewLitigation.administrativeReview.corrected')).toBe(3)
    expect(values.get('reviewLitigation.litigationAfterReview.total')).toBe(21)
  })
})

describe('matchTable: units inside cells', () => {
  it('reads a count with a counting word, and leaves a count in another scale null with a warning', () => {
    const { values, warnings } = match(html('<td>12件</td><td>12万</td><td>0</td><td>0</td><td>0</td><td>0</td><td>12</td>'))
    expect(row(values, DISCLOSED).slice(0, 2)).toEqual([12, null])
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'unreadable_cell', path: `${DISCLOSED}.commercialEnterprise` }))
  })
})
