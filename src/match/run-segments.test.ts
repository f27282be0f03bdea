import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

const ROW = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceAgency', 'otherOrganization', 'total'] as const
const row = (values: readonly number[]) => Object.fromEntries(ROW.map((k, j) => [k, values[j]]))

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDFs of generated reports: runs of rows unread
 * for their order (counted-runs.ts) whose span a page's edge parts, or which the next table's heading ends.
 */
describe("a counted run's span in segments", () => {
  it("is read across a page's edge where each part's rows take exactly its figures: `度 不予公` / the footer and header / `办 理 结 果 开` / `2.其他法律行政法规禁 0` … (seed 12104)", () => {
    // The part before the edge holds the group's label pieces alone; the part after, both rows' labels and 7 + 8
    // figures (`１５５` … `４７`, 15547, wrapped in 3．危及's row, which is therefore not read by the run).
    const { report, wrong } = readPrinted('default-seed-12104-page-edge')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw')).toEqual(row([0, 0, 0, 0, 0, 0, 0]))
  })

  it("is read up to the next table's heading: `六、其他处理` … `四、结转下年度继续办理` / seven figures / `四．政府信息公开行政复议…` (seed 7)", () => {
    const { report, wrong } = readPrinted('default-seed-7-end')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.otherHandling')).toEqual(row([0, 22, 0, 0, 0, 28, 50]))
    expect(valueAt(report, 'applications.rows.carriedForward')).toEqual(row([0, 0, 0, 12, 6, 9, 27]))
  })
})
