import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 二 as pdftotext -layout printed it from Chromium's PDF of generated reports (test/support/tools, the seed
 * in each file's name): rows whose figures pdftotext set out of their columns' order around a wrapped cell. Read
 * as printed they put numbers in the wrong cells; their totals say the order is in doubt, and they stay null.
 */
const texts = import.meta.glob<string>('../../test/fixtures/pdftotext/*.txt', { query: '?raw', import: 'default', eager: true })

function row(name: string, path: string) {
  const report = convertReport(texts[`../../test/fixtures/pdftotext/${name}.txt`] ?? '', { inputType: 'text' })
  const codes = report.warnings.filter((w) => w.path === `applications.rows.${path}`).map((w) => w.code)
  return { cells: valueAt(report, `applications.rows.${path}`) as Record<string, unknown>, codes }
}

describe('the arithmetic as evidence of order', () => {
  it('weighs a row holding a blank part as any other: `946 0 0 7406件 — ６４６０ 0` keeps its total in another order (7406 is half the sum)', () => {
    const { cells, codes } = row('layout-seed-1067', 'results.notDisclosed.administrativeQuery')
    expect(Object.values(cells).every((v) => v === null)).toBe(true)
    expect(codes).toContain('ambiguous_cells')
  })

  it('doubts a row holding a figure joined across lines (`18，` over `876`) whose total does not add up: its other figures moved', () => {
    const { cells, codes } = row('layout-seed-1054', 'results.otherHandling.other')
    // Read as printed: 0 18876 0 5 — 0 0, where the report has 0 0 0 18876 0 5 —.
    expect(cells.commercialEnterprise).toBeNull()
    expect(cells.socialWelfareOrganization).toBeNull()
    expect(codes).toContain('ambiguous_cells')
  })

  it('reads no row beside a figure cut at its separator that ends the row before it (`1，` then `2.重复申请` `1888 0 0 0 0 0 888`, reading order)', () => {
    const { cells } = row('default-seed-1059', 'results.notProcessed.repeated')
    expect(cells.total).not.toBe(888)
    expect([null, 1888]).toContain(cells.total)
  })

  it('reads no row whose figures, cell by cell, step back left on a later line (`28，959` `-` on the label’s first line, `0 ０ 0 0 /` on its next)', () => {
    const { cells } = row('layout-seed-2139', 'results.unableToProvide.needsCreation')
    // Read in reading order: 28959 in naturalPerson, where the report has it in socialWelfareOrganization.
    expect(cells.naturalPerson).not.toBe(28959)
    expect([null, 28959]).toContain(cells.socialWelfareOrganization)
  })
})

describe('a figure cut inside its groups', () => {
  it('reads no cell beside a thousands-separated figure with a short last group (`15，59` then `8` on the next line, reading order)', () => {
    const report = convertReport(texts['../../test/fixtures/pdftotext/default-seed-4148.txt'] ?? '', { inputType: 'text' })
    const cells = valueAt(report, 'activeDisclosure.normativeDocuments') as Record<string, unknown>
    // The report prints 0 | 15，598 | (blank): the rest of the cut figure is no cell of its own.
    expect(cells.inForce).not.toBe(8)
    expect([null, 0]).toContain(cells.issued)
    expect([null, 15598]).toContain(cells.repealed)
    expect(report.warnings.some((w) => w.path?.startsWith('activeDisclosure.normativeDocuments'))).toBe(true)
  })
})

describe('the side of its figures a table prints its labels on', () => {
  it('is no habit where one side is cheaper by less than two labels out of place: rows alternating label and figures read either way', () => {
    // Reading order: `（一）予以公开` / `7 0 0 0 0 19 26` / `（二）部分公开` / `0 0 0 0 0 0 0`: labels after their figures
    // cost a little less over the whole table, and put 7 … 26 in 部分公开.
    const { report, wrong } = readPrinted('default-seed-4100')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed.total')).not.toBe(26)
  })
})

/**
 * pdftotext -layout of Chromium prints (develop seeds 210 and 17): a wrapped row whose own total is the report's
 * slip. Its total cannot say whether the wrap cut a figure; each figure's column can, where the column's total (or
 * the balance 一 + 二 = 三(七) + 四) holds with it and every other cell of the column read.
 */
describe('a wrapped row whose total is the report\'s slip, held by its columns', () => {
  it('reads 本年新收 `14593 １５１` over `８ － 12 1255 3431 79754` (total 79,754, not its sum): every figure its column\'s balance', () => {
    const { report, wrong } = readPrinted('layout-seed-210-columns')
    expect(wrong).toEqual([])
    const cells = valueAt(report, 'applications.rows.newlyReceived') as Record<string, unknown>
    expect(cells).toMatchObject({ naturalPerson: 14593, commercialEnterprise: 1518, socialWelfareOrganization: 12, legalServiceAgency: 1255, otherOrganization: 3431, total: 79754 })
  })

  it('reads only the cells their columns hold: `—— 27,578 0 0 0 0 27，` over `594`, where 自然人 and 法律服务机构 do not add up', () => {
    const { report, wrong } = readPrinted('layout-seed-17-columns')
    expect(wrong).toEqual([])
    const cells = valueAt(report, 'applications.rows.results.unableToProvide.notHeld') as Record<string, unknown>
    // Its zeros are not held either: beside a blank (自然人 `——`), a sum cannot tell a 0 from a blank.
    expect(cells).toMatchObject({ commercialEnterprise: 27578, total: 27594, naturalPerson: null, researchInstitution: null, legalServiceAgency: null })
    const warning = report.warnings.find((w) => w.path === 'applications.rows.results.unableToProvide.notHeld' && w.code === 'ambiguous_cells')
    expect(warning?.message).toContain('Left blank: naturalPerson, researchInstitution, socialWelfareOrganization, legalServiceAgency, otherOrganization.')
  })

  it('weighs a row it set aside again once every other row is read: `26，` over `20 7 0 4 26653 0 677` (seed 22)', () => {
    // 20 + 7 + 0 + 4 + 26653 + 0 is 26,684, not 26,677: the report slipped, in this row and in 商业企业, 社会公益组织 and
    // 总计's columns. Rows still wrapped when the row was set aside complete 自然人's, 科研机构's, 法律服务机构's and
    // 其他's columns only later; those four hold the figures read, and the three the report slipped in stay blank.
    const { report, wrong } = readPrinted('layout-seed-22-either-way')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.notProcessed.excessiveRepeated'
    expect(valueAt(report, path)).toEqual({ naturalPerson: 20, commercialEnterprise: null, researchInstitution: 0, socialWelfareOrganization: null, legalServiceAgency: 26653, otherOrganization: 0, total: null })
    const warning = report.warnings.find((w) => w.path === path && w.code === 'ambiguous_cells')
    expect(warning?.message).toContain("Read after all, as their columns' totals hold them: naturalPerson, researchInstitution, legalServiceAgency, otherOrganization.")
  })

  it('reads the cells their columns hold in a row whose figures keep its total in another order: `30 0 ０ 0 0 ３０ ０` (seed 1032)', () => {
    const { report, wrong } = readPrinted('layout-seed-1032-columns')
    expect(wrong).toEqual([])
    // The report has 30 0 0 0 0 0 30: the printed order moved its total; only the cells whose columns hold them are read.
    const cells = valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights') as Record<string, unknown>
    expect(cells).toEqual({ naturalPerson: 30, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: null, total: null })
  })
})
