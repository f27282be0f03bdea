import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Seed 17913 (Chromium, pdftotext -layout, a narrow print; held back, scored once at 11:30): 属于行政执法案卷's
 * 法律服务机构 1299, `12` over `99`, set on one line the other way round, `0 0 0 0 99 12 14 13` / `13`: joined in the
 * line's order it read 99 and 1214 for 1299 and 14, the sum 1313 kept either way.
 */
describe('a wrapped figure\'s two lines set side by side the other way round', () => {
  it('leaves the row blank where the swapped joining keeps its arithmetic too (seed 17913)', () => {
    const { report, wrong } = readPrinted('layout-seed-17913-swapped-pair')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.notDisclosed.lawEnforcementFiles'
    expect(valueAt(report, `${row}.legalServiceAgency`)).toBeNull()
    expect(valueAt(report, `${row}.otherOrganization`)).toBeNull()
  })
})
