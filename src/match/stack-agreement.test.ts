import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Runs of wrapped rows (stack-runs.ts) as pdftotext -layout printed them from Chromium's PDFs of generated reports
 * (test/support/tools, the seed in each file's name; beside each, the cells the generator printed): what the
 * equations down the columns say where a row's own equations say nothing.
 */
const row = (report: unknown, path: string) => valueAt(report, `applications.rows.${path}`)

describe('equations across a run of wrapped rows', () => {
  it('are evidence for a row whose total counts a figure printed as a blank (`2， 1892 21713 16,430 1，715 - ４４２`)', () => {
    // 本年新收 and 上年结转 both print a blank their totals count (44,213 and 15): their own totals weigh nothing, but
    // each cell joined from pieces (2,397 and 44,213) is held by its column's equation.
    const { report, wrong } = readPrinted('layout-seed-12008-blank-counted')
    expect(wrong).toEqual([])
    expect(row(report, 'newlyReceived')).toEqual({ naturalPerson: 2397, commercialEnterprise: 1892, researchInstitution: 21713, socialWelfareOrganization: 16430, legalServiceAgency: 1715, otherOrganization: null, total: 44213 })
    expect(row(report, 'carriedOver')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 10, legalServiceAgency: 0, otherOrganization: null, total: 15 })
  })

  it('weigh a first piece moved to lead the next cell (`１６４` over `７` beside `0 1647`: 1647 and 0, or 0 and 1647)', () => {
    // The row's total cannot tell which cell `１６４` leads; the columns' totals can, and only one keeps them.
    const { report, wrong } = readPrinted('layout-seed-12046-moved-lead')
    expect(wrong).toEqual([])
    expect(row(report, 'results.unableToProvide.needsCreation')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 1647, otherOrganization: 0, total: 1647 })
    expect(row(report, 'results.unableToProvide.stillUnclear')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 1219, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 1219 })
  })
})
