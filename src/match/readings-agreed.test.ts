import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Readings of a wrapped row whose two cells the text does not order (their anchors on two lines over the same
 * columns), as pdftotext -layout printed them from Chromium's PDFs of generated reports (the seed in each file's
 * name; beside each, the cells the generator printed).
 */
describe('two cells the text does not order', () => {
  it('are read where either order gives the same values and the row’s total holds them (`12,864` beside `12，` over `864`)', () => {
    const { report, wrong } = readPrinted('layout-seed-22-either-way')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 12864, total: 12864 })
  })

  it('are not read where a blank total weighs the joining either way (`29 0 ０ 0 － 0 -` over `－`: 290 fits as well as 29)', () => {
    const { report, wrong } = readPrinted('layout-seed-15-blank-total-doubts')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.naturalPerson')).toBeNull()
  })
})
