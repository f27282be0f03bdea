import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { convertReport } from '../convert.ts'
import { pdftotextFixture, readPrinted, wrongCells } from '../../test/support/printed-table.ts'

/**
 * pdftotext -raw of LibreOffice's PDF export of a generated .docx (seed 1, the whole report; beside it, table 三's
 * cells as generated). 总计 comes with every cell's first line on one line and the rests after it:
 * `总计 ５９ 539 991 215 １６ 162 １１`, `２３`, `１`, `7 7 77 25`, `２３`, `６３` — no split of those in order reads it.
 */
describe('a row whose columns name every cell, read from its own pieces', () => {
  it('reads 总计 where its pieces join, each in one cell and in order, into what its columns name', () => {
    const { report, wrong } = readPrinted('raw-office-seed-1')
    expect(wrong).toEqual([])
    // 59231 = ５９ ２３ １, 5397 = 539 7, …, 112363 = １１ ２３ ６３: every piece used, none twice.
    expect(valueAt(report, 'applications.rows.results.total')).toEqual({
      naturalPerson: 59231,
      commercialEnterprise: 5397,
      researchInstitution: 9917,
      socialWelfareOrganization: 21577,
      legalServiceAgency: 16,
      otherOrganization: 16225,
      total: 112363,
    })
    expect(report.warnings.find((w) => w.path === 'applications.rows.results.total')?.message).toContain("columns' totals hold them")
    // 予以公开 and 部分公开 are read too, as the report has them: in drawn order the pieces ahead of 部分公开's label
    // are not its first parts (drawn-lines.ts), so its own pieces read it, and the columns then name 予以公开's cells.
    expect(valueAt(report, 'applications.rows.results.disclosed.total')).toBe(21575)
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed.naturalPerson')).toBe(27700)
  })

  it('leaves 总计 unread where a piece would be left over (a `3` added among its rests)', () => {
    const { text, cells } = pdftotextFixture('raw-office-seed-1')
    const report = convertReport(text.replace('\n7 7 77 25\n', '\n7 7 77 25 3\n'), { inputType: 'text' })
    expect(wrongCells(report, cells)).toEqual([])
    expect(valueAt(report, 'applications.rows.results.total.naturalPerson')).toBeNull()
  })

  // Seed 4: the report slips (Σ 三(一)…(六) under 科研机构 is 633, its 总计 630), so two equations name two values for
  // that cell; the pieces `199` `74` `38` `630` `28` … make 630 and nothing else, which the balance names.
  it('reads 总计 where the columns name two values for a cell and its pieces make one of them only', () => {
    const { report, wrong } = readPrinted('raw-office-seed-4')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.total')).toMatchObject({ naturalPerson: 19974, researchInstitution: 630, total: 23525 })
    // The slip is the checks' to name: the results' total of 科研机构 fails.
    expect(report.checks.find((c) => c.id === 'applications.resultsTotal.researchInstitution')?.status).toBe('fail')
  })

  // Seed 27: `(七)总计 288` `41` `12 7 ８１ 294` `18` `7 591` `02` `７` — 59102's rest `02` is read as a run (a zero-led
  // figure is no count), and `７`, 817's last piece, comes last of all.
  it('reads 总计 with a zero-led rest among its pieces and a cell’s last piece after the other cells’', () => {
    const { report, wrong } = readPrinted('raw-office-seed-27-zero-rest')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.total')).toEqual({ naturalPerson: 28841, commercialEnterprise: 12, researchInstitution: 7, socialWelfareOrganization: 817, legalServiceAgency: 29418, otherOrganization: 7, total: 59102 })
  })

  // Seed 9252 (-layout): `一、本年新收… ２９１ ２５ 76 840 22258 － １９３ 62213`, `６` under it — 29125 set apart in
  // full-width digits, 1936 wrapped, 法律服务机构 blank. The columns name every figure; the mark places the blank.
  it('reads a row whose blank is written out: the mark a cell of its own, where its order puts it', () => {
    const { report, wrong } = readPrinted('layout-seed-9252-blank-mark')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived')).toEqual({ naturalPerson: 29125, commercialEnterprise: 76, researchInstitution: 840, socialWelfareOrganization: 22258, legalServiceAgency: null, otherOrganization: 1936, total: 62213 })
    const notes = report.warnings.filter((w) => w.path?.startsWith('applications.rows.newlyReceived'))
    expect(notes.map((w) => [w.code, w.path])).toContainEqual(['blank_cell', 'applications.rows.newlyReceived.legalServiceAgency'])
    // The total counts a figure the blank stands for (62,213 is not the sum): its equation is set aside for the
    // blank, and the two cells joined from pieces, 29,125 and 1,936, are held by their columns' equations.
    expect(notes.map((w) => w.code)).not.toContain('unreadable_row')
  })

  it('reads no cell out of its order where the blank mark stands before 76: only the cells the columns hold', () => {
    // The same row with its mark moved before 76: the figures join into the named values only with the blank in
    // 法律服务机构, but the mark now stands before 76, 840 and 22258, whose cells begin after it.
    const { text, cells } = pdftextMoved()
    const report = convertReport(text, { inputType: 'text' })
    expect(wrongCells(report, cells)).toEqual([])
    const row = valueAt(report, 'applications.rows.newlyReceived') as Record<string, unknown>
    expect([row.researchInstitution, row.socialWelfareOrganization, row.legalServiceAgency]).toEqual([null, null, null])
    expect(report.warnings.filter((w) => w.path === 'applications.rows.newlyReceived').map((w) => w.code)).toContain('ambiguous_cells')
  })

  // Seed 13388 (-layout): `四、结转下年度继续办理 5 9 8 0 ０ 0 14`, one figure a cell on its label's line, breaking its
  // total (5 + 9 + 8 is 22). The report slips down two columns as well, so that they name 0 for 科研机构 and 8 for
  // 法律服务机构: the same figures in another order. The line sets 8 third; nothing read moves it to the fifth cell.
  it('leaves a row unread where its figures make what the columns name only in another order than their line gives', () => {
    const { report, wrong } = readPrinted('layout-seed-13388-columns-slip')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.carriedForward.legalServiceAgency')).toBeNull()
    expect(valueAt(report, 'applications.rows.carriedForward.researchInstitution')).toBeNull()
  })
})

function pdftextMoved() {
  const { text, cells } = pdftotextFixture('layout-seed-9252-blank-mark')
  const moved = text.replace('２９１ ２５   76   840    22258 －  １９３', '２９１ ２５ －   76   840    22258  １９３')
  if (moved === text) throw new Error('fixture line not found')
  return { text: moved, cells }
}
