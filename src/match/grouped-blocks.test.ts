import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of generated reports (seeds 15604 and 15799;
 * beside them, the cells the generator printed). The page's last rows stand after its footer as blocks: a band printed
 * in two column groups (`30 0 0` / `0件 18906 0` / `0 0 0`, then `０ 30` / `0 18906` / `12 36`), and beneath it a band
 * of one column a block, which pdftotext ordered by the groups above it — research, other, social, legal, total
 * (`0 0`, `0 0`, `13 0`, `0 0`, `25 0`: 13 is 社会公益组织's, not 法律服务机构's; 0 + 0 + 13 + 0 keeps 25 in any order).
 */
describe('one-column blocks beneath a band printed in column groups', () => {
  it('leave a row whose figures there differ unread: the text does not say which column each block is (seed 15604)', () => {
    const { report, wrong } = readPrinted('default-seed-15604-groups')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated.legalServiceAgency')).toBeNull()
    // The rows of the band above keep their reading: a line keeps its figures in their columns' order.
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated')).toMatchObject({ socialWelfareOrganization: 18906, total: 18906 })
  })

  it('a row of one figure a block likewise (seed 15799: `0` `0` `22` `0` `23` beneath `0 26956 0` and `0 26956`)', () => {
    const { report, wrong } = readPrinted('default-seed-15799-groups')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.legalServiceAgency')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated')).toMatchObject({ socialWelfareOrganization: 26956, total: 26956 })
  })
})
