import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * pdftotext -layout of a Chromium print (develop seed 209): 七、总计 `28,851 42,309 11件 1564 618 10352`, its total
 * 83,705 wrapped past it in three pieces (`件 ０５` over `８３７`). The pieces around it leave the row unread; each
 * of its six figures is the one its column's total (三(七) = Σ 三(一)…(六)) demands, every other cell of the column
 * read, and is read; the wrapped total, no figure the alignment placed, stays blank.
 */
describe('cells of an unread row that their columns hold', () => {
  it('reads 七、总计\'s six figures by their columns, and leaves its wrapped total blank', () => {
    const { report, wrong } = readPrinted('layout-seed-209-columns')
    expect(wrong).toEqual([])
    const cells = valueAt(report, 'applications.rows.results.total') as Record<string, unknown>
    expect(cells).toEqual({ naturalPerson: 28851, commercialEnterprise: 42309, researchInstitution: 11, socialWelfareOrganization: 1564, legalServiceAgency: 618, otherOrganization: 10352, total: null })
    const warning = report.warnings.find((w) => w.path === 'applications.rows.results.total')
    expect(warning?.code).toBe('unreadable_row')
    expect(warning?.message).toContain("Read after all, as their columns' totals hold them: naturalPerson, commercialEnterprise, researchInstitution, socialWelfareOrganization, legalServiceAgency, otherOrganization.")
  })

  it('reads a row withheld beside a wrap\'s piece where its columns hold every figure: 七、总计 `3353 24375 154 30，` over `575 57 62 58576` (seed 2111)', () => {
    const { report, wrong } = readPrinted('layout-seed-2111-columns')
    expect(wrong).toEqual([])
    const cells = valueAt(report, 'applications.rows.results.total') as Record<string, unknown>
    expect(cells).toEqual({ naturalPerson: 3353, commercialEnterprise: 24375, researchInstitution: 154, socialWelfareOrganization: 30575, legalServiceAgency: 57, otherOrganization: 62, total: 58576 })
  })

  it('holds a cell by the balance with its column\'s total put for its parts, where that total is unread: 四、结转 `４ 0 9 ０ ０ 0 13件` under 七、总计\'s wrap (seed 1071)', () => {
    const { report, wrong } = readPrinted('layout-seed-1071-columns')
    expect(wrong).toEqual([])
    // 七、总计 wraps (`28864 23233` over `件 889 1514 28 26847 375` over `81，`) and stays unread; 一 + 二 = Σ 三(一)…(六) + 四.
    expect(valueAt(report, 'applications.rows.results.total.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.carriedForward')).toEqual({ naturalPerson: 4, commercialEnterprise: 0, researchInstitution: 9, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 13 })
  })
})
