import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextText, readPrinted } from '../../test/support/printed-table.ts'

/**
 * LibreOffice's PDF of generated report 21856's .docx through `pdftotext -raw`: table 四's 行政复议 row prints
 * `２` / `１` / `０` / `件` / `0 7` / `19` / `件` for 21 0 0 7 and a total of 19 the report slipped (the parts add up
 * to 28). Its pieces joined as 2 and 10 keep the 19; joined as 21 and 0 they do not — the sums of two joinings of
 * the same digits differ by nine, as a slip does.
 */
const cells = (report: ReturnType<typeof convertReport>, row: string) => valueAt(report, `reviewLitigation.${row}`)
const group = (upheld: number | null, corrected: number | null, other: number | null, pending: number | null, total: number | null) => ({ upheld, corrected, other, pending, total })
const BLANK = group(null, null, null, null, null)
const FIXTURE = 'raw-office-seed-21856-four-joined'
const ROW = '２\n１\n０\n件\n0 7\n19\n件\n'

describe('a total that keeps one joining of its parts’ pieces where another breaks it', () => {
  it('chooses nothing: the row is left blank, the rows whose pieces join one way only read', () => {
    const { report, wrong } = readPrinted(FIXTURE)
    expect(wrong).toEqual([])
    expect(cells(report, 'administrativeReview')).toEqual(BLANK)
    expect(cells(report, 'litigationWithoutReview')).toEqual(group(0, 9, 0, 0, 9))
    expect(cells(report, 'litigationAfterReview')).toEqual(group(3, 0, 0, 4, 7))
  })

  it('whichever joining the total keeps', () => {
    const text = pdftotextText(FIXTURE)
    expect(text).toContain(ROW)
    // The report's honest total, 28: 21 and 0 keep it, 2 and 10 break it — the text says no more than before.
    const report = convertReport(text.replace(ROW, '２\n１\n０\n件\n0 7\n28\n件\n'), { inputType: 'text' })
    expect(cells(report, 'administrativeReview')).toEqual(BLANK)
  })

  it('counts no joining of a full-width piece to a half-width one: a figure is typed in one width', () => {
    // `１` / `２` / `7` …: 1 and 27 join `２` to `7`, no figure a report types; 12 and 7 is the one joining.
    const report = convertReport(pdftotextText(FIXTURE).replace(ROW, '１\n２\n7 0 0\n19\n件\n'), { inputType: 'text' })
    expect(cells(report, 'administrativeReview')).toEqual(group(12, 7, 0, 0, 19))
  })
})
