import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report (seed 1). Between
 * `（2）其他法律行政法 … 规禁止公开` and `5、属于三类内部事务` stand the labels of rows 3 and 4 and fourteen
 * figures, every one `0`; row 4's label comes after all of them, so the order of the figures is in doubt — yet
 * every placing of them in the two rows' fourteen cells reads the same.
 */
describe('rows unread for their order whose figures around are all 0', () => {
  it('are read: `3、危及‘三安全一稳 ０` / six `0` / `定’` / seven `0` / `三、不 4.保护第三方合法权益` (seed 1)', () => {
    const { report, wrong } = readPrinted('default-seed-1-zeros')
    expect(wrong).toEqual([])
    const zeros = { naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 0 }
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability')).toEqual(zeros)
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights')).toEqual(zeros)
  })

  it('are not read where a figure among them is not 0: `21575` / `(一)予以公开` / `0 0 26 21549 0件 0` (seed 1)', () => {
    // The total before its label: which cell each figure fills is a placing, and the figures differ.
    const { report } = readPrinted('default-seed-1-zeros')
    expect(valueAt(report, 'applications.rows.results.disclosed.naturalPerson')).toBeNull()
  })
})
