import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report: 15649 sets 无正当理由大量反复申请's
 * 17 0 0 22 0 0 39 as `１ 0 0 ２ 0 0 39` over `７ ２`, and the rests' line merged into the row's sets the `２` between
 * 法律服务机构's 0 and 其他组织's 0 (the row's full-width glyphs pull its figures left of the rests'). Joined to its
 * neighbour on the merged line it read 17 0 0 2 0 20 39, keeping the total as the page's 22 does.
 */
describe('a wrapped figure\'s rest merged into its row\'s line between two other figures', () => {
  it('leaves the row blank where taking the rest as stacked under another figure keeps its total too (seed 15649)', () => {
    const { report, wrong } = readPrinted('layout-seed-15649-merged-rest')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.notProcessed.excessiveRepeated'
    expect(valueAt(report, `${row}.socialWelfareOrganization`)).toBeNull()
    expect(valueAt(report, `${row}.otherOrganization`)).toBeNull()
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row)).toBe(true)
    // The rows around it are read as before (重复申请 0 0 14 0 0 4 18).
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.total')).toBe(18)
  })
})
