import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report. A row whose one cell
 * wrapped over two lines, its other cells set midway down the row: the wrapped figure's first part comes before
 * them, its rest after them (and after its label's rest, out of place). No split of the pieces in order keeps the
 * row's arithmetic; the one cell joined from the first part and the rest, placed where the total still holds, does.
 */
describe("a wrapped figure's first part and rest with the row's other cells between them", () => {
  it('is read where one placing keeps the arithmetic: `１５６` / `1559 ０ 0 0 5 0` / `处理` / `申请` / `４` (seed 12004)', () => {
    const { report, wrong } = readPrinted('default-seed-12004-apart')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated')).toEqual({
      naturalPerson: 1559,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 5,
      otherOrganization: 0,
      total: 1564,
    })
  })

  it('is read cut at its separator: `0` / `19，` / `0 19292 0 0 4` / `定’` / `296` (seed 3)', () => {
    const { report, wrong } = readPrinted('default-seed-3')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability')).toMatchObject({ researchInstitution: 19292, otherOrganization: 4, total: 19296 })
  })

  it('is not read by its row where it may stand at several places: `２０３` / `０ 25174 9407 3 200 36817` / `３` (seed 3)', () => {
    // 2033 may be any of the six parts: each placing keeps 36,817. The row is read only by its columns, once the
    // rows below are all read (（六）其他处理 by counted-runs.ts): 2033 + 0 = 2025 + 8 in 自然人 alone.
    const { report, wrong } = readPrinted('default-seed-3')
    expect(wrong).toEqual([])
    const warning = report.warnings.find((w) => w.path === 'applications.rows.newlyReceived')
    expect(warning?.code).toBe('unreadable_row')
    expect(warning?.message).toContain("as their columns' totals hold them")
  })

  it("is not read where cells stand on the first part's own line: `1．本机关不掌握相关 0` / `26851 0 26，` / `0` `0` `0` / `851` (seed 14378)", () => {
    // 26,851 is the fifth cell and the total: the cells beside `26，` sit at the wrapped cell's top, the three `0`
    // midway, and the text's order across the two heights is not the row's (read in order, 26851 fell in the second).
    const { report, wrong } = readPrinted('default-seed-14378-apart')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.notHeld.commercialEnterprise')).toBeNull()
    // The table's last row, read by its count up to table 四's heading: the run that let the row above be weighed so.
    expect(valueAt(report, 'applications.rows.carriedForward.total')).toBe(16)
  })

  it("is not read where a unit stands cut from its figure: `0` / `13398 ０` / `13，` / `0` `0` `0` / `件` / `398` (seed 16312)", () => {
    // 13,398 is the third cell and the total, 0件 the second: a cell of two lines besides the wrapped one, set as a
    // block of its own, so the one-line cells' order is not the row's (read apart, 13398 fell in the second).
    const { report, wrong } = readPrinted('default-seed-16312-unit-apart')
    expect(wrong).toEqual([])
    expect(Object.values(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest') as object).every((v) => v === null)).toBe(true)
    const warning = report.warnings.find((w) => w.path === 'applications.rows.results.notProcessed.confirmationRequest')
    expect(warning?.code).toBe('unreadable_row')
  })

  it('nor `0` / `13544 0` / `13，` / `25` `0` `０` / `物` / `件` / `569` (seed 15863)', () => {
    // 25件 is the second cell, 13544 the third: read apart, 25 fell two columns right.
    const { report, wrong } = readPrinted('default-seed-15863-unit-apart')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication.commercialEnterprise')).toBeNull()
  })
})
