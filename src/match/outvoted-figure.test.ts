import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (beside it, the cells the
 * generator printed): 17192 sets 属于行政执法案卷 as `21 0 0 0 １８１`/`３ 0件 1834` and 属于行政查询事项 as
 * `0 0 0 23 0件 0 23`, each row's two zeros at 47 and 52 where the rows below print 社会公益组织 and 法律服务机构 and its
 * `1813` or `23` where the rows above print 科研机构 or 商业企业. Read by their order, 1813 was 法律服务机构's and 23
 * 社会公益组织's, each row backing the other's wrong place.
 */
describe('a figure among zeros in a row set out of the page\'s column order', () => {
  it('leaves the figure\'s cell and the zeros blank, and reads the row\'s other figures and total (seed 17192)', () => {
    const { report, wrong } = readPrinted('layout-seed-17192-outvoted')
    expect(wrong).toEqual([])
    const files = 'applications.rows.results.notDisclosed.lawEnforcementFiles'
    expect(valueAt(report, `${files}.legalServiceAgency`)).toBeNull()
    expect(valueAt(report, `${files}.researchInstitution`)).toBeNull()
    expect(valueAt(report, `${files}.naturalPerson`)).toBe(21)
    expect(valueAt(report, `${files}.total`)).toBe(1834)
    const query = 'applications.rows.results.notDisclosed.administrativeQuery'
    expect(valueAt(report, `${query}.socialWelfareOrganization`)).toBeNull()
    expect(valueAt(report, `${query}.commercialEnterprise`)).toBeNull()
    expect(valueAt(report, `${query}.total`)).toBe(23)
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === files)).toBe(true)
    // A row whose figure stands where the page prints its cell is read (保护第三方合法权益's 科研机构 11).
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights.researchInstitution')).toBe(11)
  })
})

/**
 * 15595 sets 重复申请's 0 0 0 16073 0 / 16073 as `0 0 0 0 / 16,073 16，`/`073`: the rows above print 科研机构 where
 * its `16,073` stands (ruled out: that column's sum holds as read), the rows below 总计 — its own 社会公益组织 a block
 * of columns away, among no place. Read in order, 16073 was 其他组织's.
 */
describe('a figure among zeros whose outvoting part the arithmetic rules out', () => {
  it('leaves the figure\'s cell and the zeros blank where another zero part may hold it (seed 15595)', () => {
    const { report, wrong } = readPrinted('layout-seed-15595-outvoted-block')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.notProcessed.repeated'
    expect(valueAt(report, `${row}.otherOrganization`)).toBeNull()
    expect(valueAt(report, `${row}.socialWelfareOrganization`)).toBeNull()
    expect(valueAt(report, `${row}.total`)).toBe(16073)
  })
})
