import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDFs of generated reports (beside each, the cells the
 * generator printed): 14381 sets a column's `0` past the blank totals' `-` on five rows; 15240 sets 法律服务机构's
 * figures of the last rows at the 43rd character, before 自然人's (`０ 0 0 0 1 6 7` for 0 0 0 1 0 6 7 on 四's row,
 * `2 35，… ` on 总计's). Each row keeps its total.
 */
describe('a column block a viewer set apart, over several rows', () => {
  it('reads none of the rows whose last figure stands past the row in a block of its own (seed 14381)', () => {
    const { report, wrong } = readPrinted('layout-seed-14381-apart')
    expect(wrong).toEqual([])
    for (const row of ['partiallyDisclosed', 'notDisclosed.stateSecret', 'notDisclosed.thirdPartyRights']) {
      expect(valueAt(report, `applications.rows.results.${row}.total`)).toBeNull()
    }
    // The rows of the page whose figures stand with the others' are read as printed.
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.naturalPerson')).toBe(0)
  })

  it('reads none of the rows whose first figure stands apart before the others, where the rows around print none', () => {
    const { report, wrong } = readPrinted('layout-seed-15240-apart')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.carriedForward.legalServiceAgency')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.researchInstitution')).toBe(29)
  })
})
