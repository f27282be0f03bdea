import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated narrow report (beside it, the cells the
 * generator printed): 17155 sets 本机关不掌握相关政府信息's 社会公益组织 3049, wrapped `30` over `49` in its cell, as
 * the one word `4930` (`27 0 0 4930 0 0 无`), covering where the page prints 法律服务机构, the two 0s after it where the
 * page prints 其他组织 and 总计. The total is blank: no sum tells the word's order.
 */
describe('a word wider than its column, the row\'s later figures pushed right', () => {
  it('leaves the word\'s cell blank beside a blank total (seed 17155)', () => {
    const { report, wrong } = readPrinted('layout-seed-17155-wide-word')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.unableToProvide.notHeld'
    expect(valueAt(report, `${row}.socialWelfareOrganization`)).toBeNull()
    expect(valueAt(report, `${row}.naturalPerson`)).toBe(27)
    expect(valueAt(report, `${row}.legalServiceAgency`)).toBe(0)
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row)).toBe(true)
  })
})
