import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report: a row two lines high,
 * its one-line cells set between the taller cell's lines (`2、重复申请` / `27 1，765` / `0` / `０` / `件 ６９２ 0`).
 */
describe('a unit that began the line of a row’s other cells', () => {
  it('leaves the row unread: `０` joined with `件` would be read `０件`, and ６９２ a cell over (seed 14437)', () => {
    const { report, wrong } = readPrinted('default-seed-14437-unit-across')
    expect(wrong).toEqual([])
    // 27 + 1,765 + 692 = 2,484 holds whichever of the one-line cells stands where: the total cannot settle it.
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.researchInstitution')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.legalServiceAgency')).toBeNull()
  })
})
