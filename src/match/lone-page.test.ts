import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Seed 17947 (Chromium, pdftotext -layout; held back, scored once at 11:30): 其他处理 stands at the top of the third
 * page with only 结转下年度继续办理 beside it, `0 0 0 0 0 6534   6534` for 6534 in 自然人 — its first 0 at character 33
 * where the page's next row prints 自然人 at 27 — and read 6534 in 其他组织. Too few rows to show the page's columns,
 * and the total row unread: the arithmetic says nothing of which part holds the figure.
 */
describe('one figure among zeros on a page too bare of rows to place it', () => {
  it('leaves the parts blank and reads the total (seed 17947)', () => {
    const { report, wrong } = readPrinted('layout-seed-17947-lone-page')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.otherHandling'
    expect(valueAt(report, `${row}.naturalPerson`)).toBeNull()
    expect(valueAt(report, `${row}.otherOrganization`)).toBeNull()
    expect(valueAt(report, `${row}.total`)).toBe(6534)
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row)).toBe(true)
  })
})
