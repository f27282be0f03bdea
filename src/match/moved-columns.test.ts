import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (seed 15025; beside it, the
 * cells the generator printed). pdftotext set the 其他组织 column of the last three rows at the 52nd character, left of
 * 科研机构's figures at the 64th, on every one of those lines: `四、结转… 0 ０ 6 8 0 10 24` for 0 0 8 0 10 6 24. Each row
 * keeps its own total; the table's columns do not add up in four columns, their shortfalls together nothing.
 */
describe('figures a viewer set out of their columns over several rows', () => {
  it('reads none of the rows whose figures stand away from their columns on the page, and keeps the others', () => {
    const { report, wrong } = readPrinted('layout-seed-15025-moved')
    expect(wrong).toEqual([])
    for (const row of ['results.otherHandling', 'results.total', 'carriedForward']) {
      expect(valueAt(report, `applications.rows.${row}.otherOrganization`)).toBeNull()
      expect(valueAt(report, `applications.rows.${row}.researchInstitution`)).toBeNull()
    }
    // Rows whose figures stand in their columns are read as printed.
    expect(valueAt(report, 'applications.rows.newlyReceived.legalServiceAgency')).toBe(19947)
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated.legalServiceAgency')).toBe(1612)
  })
})
