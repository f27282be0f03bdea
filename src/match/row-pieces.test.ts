import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * LibreOffice's PDF of a generated report's .docx through `pdftotext -layout` (seed 5): a row's figures centred on
 * its label's two lines, `二、上年结转政府信息公开申请` over `1 0 0 0 3 0 4` over `数量`, under 一's wrapped figures
 * (`2` / `0，1` / `65`: 20,165). The figures' line is the label cell's own, not a wrap below it.
 */
describe('a row’s figures between its label’s lines', () => {
  it('are read as printed on the label’s lines, where no joining of the pieces around keeps the row’s arithmetic', () => {
    const { report, wrong } = readPrinted('layout-office-seed-5-centred')
    expect(wrong).toEqual([])
    // As a wrap, 一's `65` just above stood beside it, and the row was left blank for it.
    expect(valueAt(report, 'applications.rows.carriedOver')).toEqual({ naturalPerson: 1, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 3, otherOrganization: 0, total: 4 })
    expect(report.warnings.filter((w) => w.path === 'applications.rows.carriedOver')).toEqual([])
  })

  it('are the row’s own, so a figure on the next row’s label line is that row’s (`7.属于行政执法案` / `- 0 0 无 17 件 0 8667` / `卷`)', () => {
    const { report, wrong } = readPrinted('layout-office-seed-18-between')
    expect(wrong).toEqual([])
    // Before, figures between the label's lines were not on its lines, and the next rows' figures stood beside them.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles')).toEqual({
      naturalPerson: null,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: null,
      legalServiceAgency: 17,
      otherOrganization: 0,
      total: 8667,
    })
    expect(valueAt(report, 'applications.rows.results.unableToProvide.notHeld.naturalPerson')).toBe(16)
  })
})

