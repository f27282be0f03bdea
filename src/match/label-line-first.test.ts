import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report: a row of a counted
 * run whose label stands among its figures, the last of them on the label's own line. A row's one-line cells share
 * its label's baseline and a line keeps its words left to right, so the figures on the label's line are the row's
 * first cells and those set before the label the rest (label-line-first.ts).
 */
describe('a row whose first cells stand on its label’s line, the rest before it', () => {
  it('reads them first: `15` `0` `0` `０` `0` `15` / `五、不 3.要求提供公开出版物 0` is 0 15 0 0 0 0 15 (seed 12)', () => {
    // As printed the row's total would be 0 with 30 in its cells: broken; the label's line first keeps it.
    const { report, wrong } = readPrinted('default-seed-12-nearest')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication')).toEqual({
      naturalPerson: 0,
      commercialEnterprise: 15,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 15,
    })
  })
})
