import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readCells, pdftotextFixture, readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report (seed 12157; beside it,
 * the cells the generator printed). The second page gives its first fourteen rows three cells beside their labels
 * (`(一)予以公开 469 0 0`) and its last five one (`（2）重复申请 0`, … `（1）申请人无正当理由… 3,445`): no one count of
 * first cells fits the blocks after its footer. The page's top edge (its head dropped) bounds its rows, and each
 * row's block holds the cells its own figures leave.
 */
describe('a page whose rows print different counts of first cells beside their labels', () => {
  it('puts back each row’s block by its own count, the page bounded by its edges (seed 12157)', () => {
    const { report, wrong } = readPrinted('default-seed-12157-page-edge')
    expect(wrong).toEqual([])
    // The page's last rows, read from the blocks' end: `0` beside 4、无正当理由…, `0 0 0 0 3 3` in the blocks.
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated')).toMatchObject({ naturalPerson: 0, otherOrganization: 3, total: 3 })
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest')).toMatchObject({ naturalPerson: 0, commercialEnterprise: 16, total: 16 })
    expect(valueAt(report, 'applications.rows.results.otherHandling.overdueCorrection')).toMatchObject({ naturalPerson: 3445, total: 3445 })
    const { right } = readCells(report, pdftotextFixture('default-seed-12157-page-edge').cells)
    expect(right).toBeGreaterThanOrEqual(35)
  })
})
