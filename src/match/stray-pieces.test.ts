import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report (seed 6; beside it,
 * the cells the generator printed). `（2）其他法律行政法 0` / `果` / `13 0件 0 0 0 13` / `规禁止公开`: the `果` of
 * `三、本年度办理结果`, printed one character a line down the table's side, stands between the row's figures, and the
 * label's likeness took it in as a piece. Taken for a piece of the label among the row's figures, it put the row
 * out of order, and its neighbours with it.
 */
describe('a character of a stacked spanned label inside a row label', () => {
  it('is no piece of it: the row and its neighbours are read', () => {
    const { report, wrong } = readPrinted('default-seed-6')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw')).toMatchObject({ naturalPerson: 0, commercialEnterprise: 13, total: 13 })
  })
})
