import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of generated reports (beside each, the
 * cells the generator printed). A row set out along its label's line with two figures each alone on lines one
 * after the other may hold one cell's two pieces, a blank beside them leaving no trace — unless the report's
 * arithmetic rules the join out: the row's total, other than 0, the sum of its figures as printed (a join breaks it
 * wherever the blank stands but in the total), and a column's equation kept as printed and broken joined.
 */
describe('two figures alone on lines one after the other', () => {
  it('are two cells where the row’s total keeps them so: `１０ 0` / 0 / 0 / `9` / `0` / `19` (seed 12069)', () => {
    // Joined, `9` `0` is 90 and the row one figure short: with the blank anywhere but the total, 19 is no longer the
    // sum; with the total blank, 90 stands in 法律服务机构 and 19 in 其他, whose columns' 总计 (read) then break.
    const { report, wrong } = readPrinted('default-seed-12069-lone-total')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.notHeld')).toEqual({
      naturalPerson: 10,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 9,
      otherOrganization: 0,
      total: 19,
    })
  })

  it('are two cells where a column’s balance keeps them so, the row’s total its last: `—— 0` / 0 / 0 / 0 / `3` / `3` (seed 12361)', () => {
    // Joined, 33 would stand in 其他 with the total blank (as `2` / `2` is 22 in office-guards.test.ts, seed 85):
    // here 本年新收 1517 + 33 is not 总计 1520 + 结转下年 0.
    const { report, wrong } = readPrinted('default-seed-12361-lone-balance')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.carriedOver')).toEqual({
      naturalPerson: null,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 3,
      total: 3,
    })
  })
})
