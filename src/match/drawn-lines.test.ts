import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'

/**
 * Generated reports saved as .docx, exported to PDF by LibreOffice, read by `pdftotext -raw` (text in the order its
 * cells were drawn): two cells of one line each share the row's line, so two pieces alone on lines that follow
 * each other are not two such cells — one of them wrapped.
 */
const texts = import.meta.glob<string>('../../test/fixtures/pdftotext/office-raw-seed-*-{apart,before,page}.txt', { query: '?raw', import: 'default', eager: true })
const read = (name: string) => convertReport(texts[`../../test/fixtures/pdftotext/${name}.txt`] ?? '', { inputType: 'text' })

describe('two pieces alone on lines that follow each other (-raw, drawn order)', () => {
  it('are not two cells of one line: `11` on the label\'s line, `－５` / `８` / `22` is 11, -58, 22 (seed 20003)', () => {
    // Else `－５` alone and `８` joined to `22` (-5, 822) is a reading too, and no equation weighs table 二's row.
    expect(valueAt(read('office-raw-seed-20003-apart'), 'activeDisclosure.otherExternalServices')).toEqual({ previousYearItems: 11, change: -58, decisions: 22 })
  })

  it('`0 ０ 0` / `１` / `１` / `０ 0` / `1` / `1`: the first `１` is no cell of its own beside `0` (seed 20098, narrow)', () => {
    const report = read('office-raw-seed-20098-apart')
    expect(valueAt(report, 'applications.rows.results.unableToProvide.notHeld')).toEqual({
      naturalPerson: 0,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 11,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 11,
    })
  })
})

describe("figures before a row's label (-raw, drawn order)", () => {
  it('are not its own on its page: `0 21 0 0 0 8 -` after 7.属于行政执法案卷 left unread is read as printed (seed 20030)', () => {
    const report = read('office-raw-seed-20030-before')
    // The row above (`４３` / `１４` / `０ 0 0 0 0 －－`: 4314 or 43 and 140, its total blank) stays unread.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles.naturalPerson')).toBeNull()
    // Its pieces, just before 8．属于行政查询事项, were taken for that row's first parts, and no reading weighed them.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.administrativeQuery')).toEqual({
      naturalPerson: 0,
      commercialEnterprise: 21,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 8,
      total: null,
    })
  })
})

describe('a row a page break cuts (-raw, drawn order)', () => {
  it("does not join the first piece after the break to the last before it: 七、总计's `３０` … `\f３９` / `７` (seed 20012)", () => {
    const report = read('office-raw-seed-20012-page')
    // `七、总计 ３０ 无 35 1,15` / `9` / `7537 421 5937` / `4` / page break / `３９` / `７`: 30397's rests follow the break,
    // after the total's `5937` / `4`; joined in the text's order they read 30 and 59374397.
    expect(valueAt(report, 'applications.rows.results.total.naturalPerson')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.total.total')).toBeNull()
  })
})
