import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDFs of generated reports (beside each, the cells the
 * generator printed): 16590 sets 其他处理's row compressed against its label (`0 0 0 0 1，633 0 1，633`, character
 * columns 35–62 where the page's stand at 27–89), its 商业企业 `1633` read as 法律服务机构; 16741 sets 其他法律行政法规
 * 禁止公开's 商业企业 `795` where the rows above print 商业企业, a zero before it, and it reads as 科研机构. A part among
 * zeros and the total: the row's sum holds whichever part holds the figure.
 */
describe('one figure among zeros standing off its cell on the page', () => {
  it('leaves the parts of a row set out of the page\'s columns blank, and reads its total (seed 16590)', () => {
    const { report, wrong } = readPrinted('layout-seed-16590-lone-shifted')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.otherHandling'
    expect(valueAt(report, `${row}.legalServiceAgency`)).toBeNull()
    expect(valueAt(report, `${row}.commercialEnterprise`)).toBeNull()
    expect(valueAt(report, `${row}.total`)).toBe(1633)
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row)).toBe(true)
    // A lone figure standing where the page prints its cell is read (予以公开's 科研机构 18).
    expect(valueAt(report, 'applications.rows.results.disclosed.researchInstitution')).toBe(18)
  })

  it('leaves the parts blank where the figure stands off its read cell\'s places (seed 16741)', () => {
    const { report, wrong } = readPrinted('layout-seed-16741-lone-between')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.notDisclosed.prohibitedByLaw'
    expect(valueAt(report, `${row}.researchInstitution`)).toBeNull()
    expect(valueAt(report, `${row}.total`)).toBe(795)
  })
})
