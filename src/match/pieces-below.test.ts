import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as `pdftotext -layout` printed it from Chromium's PDF of generated reports (the seed in each file's
 * name; beside it, the cells the generator printed): a row with pieces below its label's line whose next row is
 * left unread.
 */
describe('pieces below a row whose next row is unread (-layout)', () => {
  it('reads `3.要求提供公开出版物 … ２７４ … 27，` over `８６ 491`: no reading that leaves a piece below to the next row keeps its total', () => {
    const { report, wrong } = readPrinted('layout-seed-20')
    expect(wrong).toEqual([])
    // Left unread before: the next row's label wraps over two lines with a figure beside its first.
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication')).toEqual({
      naturalPerson: 0,
      commercialEnterprise: 0,
      researchInstitution: 27486,
      socialWelfareOrganization: null,
      legalServiceAgency: 5,
      otherOrganization: 0,
      total: 27491,
    })
  })

  it('reads `5．属于三类内部事务信息 10 0 0 18 0 0 28` over `18,` `18,`: the pieces below are the next row’s first parts (18,852 and 18,895), as only leaving them to it keeps the total', () => {
    const { report, wrong } = readPrinted('layout-seed-2023-below')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs')).toEqual({
      naturalPerson: 10,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 18,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 28,
    })
  })

  // Found on a check-only print (seed 4102): without the guard the row read 4715 where 1547 was printed.
  it('reads no row whose fitting reading joins two pieces side by side (`47 15` for 1547: a line’s order is not the cell’s)', () => {
    const { report, wrong } = readPrinted('layout-seed-4102')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs.total')).toBeNull()
  })
})
