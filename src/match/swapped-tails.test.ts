import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (the seed in the file's name;
 * beside it, the cells the generator printed): two figures cut at their separators, their rests on the line below
 * a few columns off. The text joined one rest to the wrong first part; the row's total cannot say so.
 */
describe('two figures cut at their separators', () => {
  it('reads neither `1，` nor `26，` over `284  433件` (1,284 and 26,433, or 1,433 and 26,284: the same sum)', () => {
    const { report, wrong } = readPrinted('layout-seed-5278')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.notDisclosed.prohibitedByLaw'
    expect(valueAt(report, `${path}.socialWelfareOrganization`)).toBeNull()
    expect(valueAt(report, `${path}.otherOrganization`)).toBeNull()
  })
})

/**
 * Seed 13017 (-layout, a wide print): 一、本年新收's `53 25， 17802 ３ 2， 8155 ５４５` over `637 898 ４８`, two parts
 * cut at their separators. Swapped, 25,898 and 2,637 keep the row's total as 25,637 and 2,898 do; the balance down
 * 商业企业's and 法律服务机构's columns (一 + 二 = 三(七) + 四, every other cell read) holds only as printed.
 */
describe('two figures cut at their separators that the columns’ arithmetic tells apart', () => {
  it('reads the rests under their own first parts where the rests swapped break an equation', () => {
    const { report, wrong } = readPrinted('layout-seed-13017-tails')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived')).toMatchObject({ commercialEnterprise: 25637, legalServiceAgency: 2898, total: 54548 })
  })
})
