import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextFixture, readPrinted, wrongCells } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of generated reports (test/support/tools, the seed in
 * each file's name; beside each, the cells the generator printed): rows whose figures the viewer set out of their
 * columns' order while keeping the row's total. Read as printed they put numbers in the wrong cells; the columns'
 * equations say the order is in doubt, and they stay null.
 */
function read(name: string, row: string) {
  const { text, cells } = pdftotextFixture(name)
  const report = convertReport(text, { inputType: 'text' })
  const path = `applications.rows.${row}`
  return {
    wrong: wrongCells(report, cells),
    cells: valueAt(report, path) as Record<string, unknown>,
    warnings: report.warnings.filter((w) => w.path === path),
  }
}

describe("the columns' arithmetic as evidence of order", () => {
  it('doubts `24,155 0 0 8 0 0` … `24，`/`163` (8 0 24,155 0 0 0 24,163): 24,155 is more than 自然人’s whole total row', () => {
    const { wrong, cells, warnings } = read('layout-seed-2069', 'results.notProcessed.confirmationRequest')
    expect(wrong).toEqual([])
    expect(Object.values(cells).every((v) => v === null)).toBe(true)
    expect(warnings.map((w) => w.code)).toEqual(['ambiguous_cells'])
    expect(warnings[0]?.message).toContain("columns' totals")
  })

  it('doubts `0 0 0件 1903件 0 0 １９０３` (1903 0 0 0 0 0 1903): 1903 in 社会公益组织, whose total row holds 56', () => {
    const { wrong, cells, warnings } = read('layout-seed-5096', 'results.otherHandling')
    expect(wrong).toEqual([])
    expect(Object.values(cells).every((v) => v === null)).toBe(true)
    expect(warnings.map((w) => w.code)).toEqual(['ambiguous_cells'])
  })
})

/**
 * pdftotext -layout of a Chromium print (develop seed 3067): 本年新收 `17523 964 ２５ 4492 957 16799 —`, whose
 * 商业企业 figure its column's balance refuses (the report slipped elsewhere in that column) while another order of
 * the same figures fits: the row's order is in doubt. The cells whose columns hold them are in place all the same.
 */
describe('a row whose order its columns doubt', () => {
  it('reads the cells their columns hold, and leaves the others blank', () => {
    const { report, wrong } = readPrinted('layout-seed-3067-columns')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived')).toMatchObject({ naturalPerson: 17523, commercialEnterprise: null, researchInstitution: 25, socialWelfareOrganization: 4492 })
  })
})

/**
 * Table 三 of prints (Chromium's PDF through `pdftotext -layout`, the seed in each file's name) where the viewer set a
 * row's figures out of their columns' order: the row's total holds in any order, its columns' totals do not.
 */
describe('a row that passes a column’s bound alone, weighed again once every row is read', () => {
  it('reads no `1、属于国家秘密 0 1，307 ０ 0 25 0 １３３/２`: 25 under 法律服务机构 passes that column, which the rows around it already fill', () => {
    const { report, wrong } = readPrinted('layout-seed-8387-columns')
    expect(wrong).toEqual([])
    // Read before as 0 | 1307 | 0 | 0 | 25 | 0 | 1332; the print's cells are 25 | 0 | 1307 | 0 | 0 | 0 | 1332. The
    // column of 法律服务机构 (total 26, 10 + 16 read) has a cell unread, so it bounds 25 without naming a value.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.stateSecret.legalServiceAgency')).toBeNull()
    expect(report.warnings.find((w) => w.path === 'applications.rows.results.notDisclosed.stateSecret')?.code).toBe('ambiguous_cells')
  })

  it('reads no `2．重复申请 25319 0 9 0 22，/361 0件 ４７６/８９` once 总计, read by joining its pieces, bounds its columns', () => {
    const { report, wrong } = readPrinted('layout-seed-8338-columns')
    expect(wrong).toEqual([])
    // Read before as 22361 under 法律服务机构 (its column's total 1341): 总计's `41， 633` was joined after the columns
    // were first weighed, so they were weighed again once every row was read.
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.legalServiceAgency')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.total.legalServiceAgency')).toBe(1341)
  })
})

/**
 * pdftotext -raw of a Chromium print (seed 20 of npm run score:tools, the whole report): text kept in the order its
 * cells were drawn prints a line's figures in the row's order. 本年新收 `3,464 64 27,487 6，861 29535 406 —` breaks a
 * column only by the report's own slip, and is read as printed.
 */
describe('columns in text kept in its drawn order', () => {
  it('doubt no row printed on its label’s line', () => {
    const { report, wrong } = readPrinted('raw-seed-20-drawn')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived')).toMatchObject({ naturalPerson: 3464, legalServiceAgency: 29535, otherOrganization: 406 })
  })
})

/**
 * Prints (pdftotext -layout of Chromium's PDF, the seed in each name) whose reports slipped in a column's total, so
 * that no order of the row fits every column, and the viewer set the row's figures out of their order: the columns
 * that demand a figure exactly find it in another cell of the row.
 */
describe('a row whose figures other broken cells’ columns demand', () => {
  it('reads no `七、总计 60 73 21527 117 21，/969 3239 46985` (60 21969 73 21527 117 3239 46985)', () => {
    const { report, wrong } = readPrinted('layout-seed-14150-columns')
    // Still wrong: 四、结转 `0 4 ８ ０ 5 ２ １９` (0 5 4 8 0 2 19), weighed only by the balance, which holds this row and
    // 七、总计 both — two rows in doubt, neither vouching for the other.
    expect(wrong.filter((p) => !p.startsWith('applications.rows.carriedForward.'))).toEqual([])
    // 自然人 and 总计 break their columns by the report's own slip (64 and 46986 summed): no order fits them all, but
    // 商业企业, 科研机构 and 社会公益组织 demand 21969, 73 and 21527, each standing one cell off.
    expect(valueAt(report, 'applications.rows.results.total')).toMatchObject({ naturalPerson: null, commercialEnterprise: null, researchInstitution: null, total: null })
    // 其他组织's column holds its 3239: read all the same.
    expect(valueAt(report, 'applications.rows.results.total.otherOrganization')).toBe(3239)
    expect(report.warnings.find((w) => w.path === 'applications.rows.results.total')?.code).toBe('ambiguous_cells')
  })

  it('reads no `1、属于国家秘密 0 0 24,871 28 30 0 ２４９/２９` (0 24871 28 30 0 0 24929): a 0 set first', () => {
    const { report, wrong } = readPrinted('layout-seed-12068-columns')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.stateSecret.researchInstitution')).toBeNull()
  })

  it('reads no `3、其他 27，/765 30 ２３ 0 ０ 0件 ２７８/１８` (27765 0 30 23 0 0 27818): 科研机构 demands the 30', () => {
    const { report, wrong } = readPrinted('layout-seed-12927-columns')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.otherHandling.other.researchInstitution')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.otherHandling.other.naturalPerson')).toBe(27765)
  })
})
