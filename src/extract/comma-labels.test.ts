import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readCells, pdftotextFixture, readPrinted } from '../../test/support/printed-table.ts'
import { extractText } from './text.ts'

const rows = (input: string) => extractText(input).map((r) => r.cells.map((c) => c.text))

/**
 * A viewer's reading order (pdftotext without flags) of Chromium's print sets a row's first figure after a line of
 * its wrapped label, and such a line may hold a comma (`期不补正，行政机关不 0`: 1．申请人无正当理由逾期不补正，
 * 行政机关不再处理其政府信息公开申请). One figure after words short as a cell's line is that line's cell; prose
 * wraps at the page's width, and a sentence's end (。；：) keeps it whole.
 */
describe('one figure after a short label line that holds a comma', () => {
  it('cuts the figure from a label line of a table cell (seed 12088)', () => {
    expect(rows('期不补正，行政机关不 0')).toEqual([['期不补正，行政机关不', '0']])
    expect(rows('理 费通知要求缴纳费用， 10')).toEqual([['理 费通知要求缴纳费用，', '10']])
    expect(rows('年 只计这一情形，不计其他情形） ０')).toEqual([['年 只计这一情形，不计其他情形）', '０']])
  })

  it('leaves prose whole: a line as long as the page, or a sentence’s end', () => {
    expect(rows('本机关严格按照条例要求，及时、准确公开政府信息，全年共主动公开 25')).toEqual([['本机关严格按照条例要求，及时、准确公开政府信息，全年共主动公开 25']])
    expect(rows('全年共受理申请，办结。共计 25')).toEqual([['全年共受理申请，办结。共计 25']])
  })

  it('reads the rows whose first figure stands after such a line (seed 12088, reading order)', () => {
    const { report, wrong } = readPrinted('default-seed-12088-comma')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed')).toMatchObject({ naturalPerson: 0, total: 0 })
    expect(valueAt(report, 'applications.rows.results.otherHandling.overdueCorrection')).toMatchObject({ naturalPerson: 0, commercialEnterprise: 21, total: 21 })
    expect(valueAt(report, 'applications.rows.results.otherHandling.overdueFee')).toMatchObject({ naturalPerson: 10, total: 10 })
    const { right } = readCells(report, pdftotextFixture('default-seed-12088-comma').cells)
    expect(right).toBeGreaterThanOrEqual(161)
  })
})
