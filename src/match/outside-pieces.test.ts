import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { pdftotextFixture, readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of narrow prints (Chromium's PDF through `pdftotext -layout`, the seed in each file's name): a row one
 * figure a cell on its label's line, with a neighbour's wrapped pieces around it, is read as printed where no
 * joining of those pieces to its figures keeps its arithmetic too — and left null where one may.
 */
function row(report: ReturnType<typeof readPrinted>['report'], path: string) {
  return valueAt(report, `applications.rows.${path}`) as Record<string, number | null>
}

describe('rows beside pieces no read row holds', () => {
  it('reads `0 0 0 0 5 0 5` under the row above’s pieces `0 3 9`: no joining of them to 5 and 5 adds up', () => {
    const { report, wrong } = readPrinted('layout-seed-1013')
    expect(row(report, 'carriedOver')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 5, otherOrganization: 0, total: 5 })
    expect(wrong).toEqual([])
  })

  it('reads a row with a figure cut in two on its line (`２ ２`, 22) beside the row above’s pieces: one joining adds up, and no piece around it joins in', () => {
    const { report, wrong } = readPrinted('layout-seed-2')
    expect(row(report, 'carriedOver')).toEqual({ naturalPerson: 6, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 12, legalServiceAgency: 0, otherOrganization: 4, total: 22 })
    expect(report.warnings.filter((w) => w.path === 'applications.rows.carriedOver').map((w) => w.code)).toEqual(['wrapped_cells'])
    expect(wrong).toEqual([])
  })

  it('reads rows beside a figure the text joined from two lines (`14` over `33`, 1433): no part of it joined to their figures adds up', () => {
    const { report, wrong } = readPrinted('layout-seed-1013')
    expect(row(report, 'results.notDisclosed.prohibitedByLaw')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 0 })
    // Under `４ 15 ３ 97` and `９`, pieces of the row above's wrapped figures (3849 5015 … 8897).
    expect(row(report, 'results.notDisclosed.processInformation')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 28, otherOrganization: 0, total: 28 })
    expect(wrong).toEqual([])
  })

  it('never reads `0 0 81 0 0 5 86` as printed under `17 17`: 1781 + 5 = 1786 adds up as 81 + 5 = 86 does', () => {
    const { report, wrong } = readPrinted('layout-seed-3032')
    const cells = row(report, 'results.unableToProvide.stillUnclear')
    // Not read beside those pieces (this guard); the run of wrapped rows (stack-runs.ts) reads the printed 1781 and 1786.
    expect([null, 1781]).toContain(cells.researchInstitution)
    expect([null, 1786]).toContain(cells.total)
    expect(wrong).toEqual([])
  })

  it('leaves `81 0 0 0 0 0 81` null between `26` `6,` and `6` `6`: the pieces of 26,816 in a part and its total alike', () => {
    const { report, wrong } = readPrinted('layout-seed-3087')
    expect(Object.values(row(report, 'results.notDisclosed.thirdPartyRights')).every((v) => v === null)).toBe(true)
    expect(wrong).toEqual([])
  })

  it('never reads `0 0 0 0 0 53 53` as printed under `18 18` where the text joined one `18` to the row above’s `56` (5618)', () => {
    const { report, wrong } = readPrinted('layout-seed-4221')
    const cells = row(report, 'results.notDisclosed.prohibitedByLaw')
    // Not read beside those pieces (this guard); the run of wrapped rows (stack-runs.ts) reads the printed 1853.
    expect([null, 1853]).toContain(cells.otherOrganization)
    expect([null, 1853]).toContain(cells.total)
    expect(wrong).toEqual([])
  })

  it('keeps a row the alignment read, one figure a cell, under pieces no joining to its figures adds up with (`件 1，718 26721 97,610` over `０ 1 0件 1 8 2 12`)', () => {
    const { report, wrong } = readPrinted('layout-seed-1006')
    // The pieces are 总计's, which is not read: nothing says whose they are, only that they are none of this row's.
    expect(row(report, 'carriedForward')).toEqual({ naturalPerson: 0, commercialEnterprise: 1, researchInstitution: 0, socialWelfareOrganization: 1, legalServiceAgency: 8, otherOrganization: 2, total: 12 })
    expect(wrong).toEqual([])
  })

  it('keeps `０ 11 １２ 0 ０ ０ 23` under a narrow print’s `件 ３`: ３ joined to 23 would need a part to grow with it', () => {
    const { report, wrong } = readPrinted('layout-seed-1011')
    expect(row(report, 'carriedForward')).toEqual({ naturalPerson: 0, commercialEnterprise: 11, researchInstitution: 12, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 23 })
    expect(wrong).toEqual([])
  })

  it('leaves null a row whose cell’s rest fell on the next row’s first label line (`１６８` / `益` / `(三)不予公 5、属于三类内部事 ７１ ７１`), and that row', () => {
    const { report, wrong } = readPrinted('layout-seed-1018')
    // 16871 twice: read 168 as printed (the rests taken for the next row's, whose label line they stand on), and the
    // next row 7127 (27 joined under them) — both add up.
    expect(wrong).toEqual([])
    expect(Object.values(row(report, 'results.notDisclosed.thirdPartyRights')).every((v) => v === null)).toBe(true)
    expect(Object.values(row(report, 'results.notDisclosed.internalAffairs')).every((v) => v === null)).toBe(true)
  })

  it('weighs a row only against pieces in its band: none past the next row’s label line, none above its own that begins no figure', () => {
    // Seed 2 of `npm run score:tools`: 没有现成信息 `25 0 0 0 0 0 25` stands whole between 不掌握's `30 … 83` (`６，` above,
    // `件` and `0` under: 6,830) and 补正后's `28 3 0 0 0 0 28` (`8` `8` under: 288). The `8` under 28 is past the next
    // row's label line, `0` and `30件` above begin no figure (a `0`, a unit's end): 25 + 8 and 25 + 8 added up, unread.
    const name = 'layout-seed-2-bands'
    const { report, wrong } = readPrinted(name)
    expect(row(report, 'results.unableToProvide.needsCreation')).toEqual({ naturalPerson: 25, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 25 })
    for (const path of ['results.notDisclosed.processInformation', 'results.notDisclosed.lawEnforcementFiles', 'results.unableToProvide.notHeld']) {
      expect(Object.values(row(report, path))).toEqual(pdftotextFixture(name).cells[path])
    }
    expect(wrong).toEqual([])
  })

  it('leaves `0 0 0 742 ０ 0 742` null under `1` `1` `5` `5` set on alternate lines, two columns’ pieces of 15742 and 15,742 (LibreOffice)', () => {
    const { report, wrong } = readPrinted('layout-office-seed-22076-alternate')
    // Read as printed, the row's total holds (742 = 742) and so does it with each column's pieces above (15742).
    expect(Object.values(row(report, 'results.notDisclosed.administrativeQuery')).every((v) => v === null)).toBe(true)
    expect(wrong).toEqual([])
  })
})
