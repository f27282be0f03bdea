import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as `pdftotext -raw` printed it from Chromium's PDF of a generated report (the seed in the file's name;
 * beside it, the cells the generator printed). The generator, as real reports do, sometimes prints a row whose
 * total is not its sum: a row printed whole on its label's line is still read as printed, and the check names it.
 */
describe('a row printed whole on its label’s line, without columns', () => {
  it('reads `息 0 26 0 3 0 0 26` as printed though 26 is not its sum (the report’s slip), beside a row read by joining `７４３` and `６`', () => {
    const { report, wrong } = readPrinted('raw-seed-4')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.notDisclosed.processInformation'
    expect(valueAt(report, path)).toEqual({ naturalPerson: 0, commercialEnterprise: 26, researchInstitution: 0, socialWelfareOrganization: 3, legalServiceAgency: 0, otherOrganization: 0, total: 26 })
    // The arithmetic never changed a number: the report's own check says the row does not add up.
    expect(report.checks.find((c) => c.id === 'applications.rowTotal.results.notDisclosed.processInformation')?.status).toBe('fail')
  })
})

describe('a row printed whole on its label’s line, in columns (`pdftotext -layout`)', () => {
  it('reads `2.重复申请 0 0 0 14 0 0 19` as printed though 19 is not its sum, under the row above’s `４０７` / `２` (4072, read by joining)', () => {
    const { report, wrong } = readPrinted('layout-seed-22')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.notProcessed.repeated'
    expect(valueAt(report, path)).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 14, legalServiceAgency: 0, otherOrganization: 0, total: 19 })
    expect(report.checks.find((c) => c.id === 'applications.rowTotal.results.notProcessed.repeated')?.status).toBe('fail')
  })
})

