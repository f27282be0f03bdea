import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as `pdftotext -raw` printed it from Chromium's PDF of generated reports (the seed in each file's name;
 * beside it, the cells the generator printed): a row after one left unread, whose figures stand just before its
 * label with no read row holding them.
 */
const fixtures = import.meta.glob<string>('../../test/fixtures/pdftotext/*.txt', { query: '?raw', import: 'default', eager: true })

describe('a row after figures no read row holds, without columns', () => {
  it('reads `二、上年结转 … ０ 0 0 ０件 0 0 ——` after 一’s figures left unread (their total is not their sum: the report’s slip)', () => {
    const { report, wrong } = readPrinted('raw-seed-1080')
    expect(wrong).toEqual([])
    // 一 with its label's last piece `数量` read as the label's: `４４５` / `６６` joins one way only, and the columns'
    // arithmetic holds it — the report's cells exactly, the blank total blank.
    expect(valueAt(report, 'applications.rows.newlyReceived')).toEqual({ naturalPerson: 31427, commercialEnterprise: 1965, researchInstitution: 542, socialWelfareOrganization: 44566, legalServiceAgency: 1154, otherOrganization: 46, total: null })
    // No joining of 一's figures nearest the label to 二's keeps the arithmetic: they are none of its cells.
    expect(valueAt(report, 'applications.rows.carriedOver')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: null })
  })

  it('reads no row whose total holds with the figures before its label joined too (`14` `14` … `33` `33`: 1433 and 1433)', () => {
    const text = fixtures['../../test/fixtures/pdftotext/default-seed-1013.txt'] ?? ''
    expect(text).toContain('14 14')
    const report = convertReport(text, { inputType: 'text' })
    const cells = valueAt(report, 'applications.rows.results.notDisclosed.stateSecret') as Record<string, unknown>
    expect(cells.otherOrganization).toBeNull()
    expect(cells.total).toBeNull()
  })

  // Found on a fresh print (seed 8215): `１` `８` `18` before `1、属于国家秘密 44 0 0 0 3 0 ４７` read 44 and 47.
  it('reads no row whose total holds with two figures before its label joined to one cell (`１` `８` … `４７`: 1847)', () => {
    const { report, wrong } = readPrinted('default-seed-8215')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.stateSecret.total')).toBeNull()
  })

  // Seed 13618 (reading order): `18 1,8` stand before `4、无正当理由大量反复申请`, then `0 0 0 0 45 0 45` — 1845 and
  // 1,845 cut, their first parts set ahead of the label. The row as printed keeps its total, and so does the joining:
  // the alignment reads neither. The cut of the whole run does (labels-among.ts): the row above, `0 0 无 0 0 0 ０`,
  // can take neither piece and keep its total, so every cut joins them to this row.
  it('reads no row the alignment read whose total holds with the figures before its label joined too', () => {
    const { report, wrong } = readPrinted('default-seed-13618-before')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated.legalServiceAgency')).toBe(1845)
    const note = report.warnings.find((w) => w.path === 'applications.rows.results.notProcessed.excessiveRepeated')
    expect(note?.code).toBe('wrapped_cells')
  })

  // Seed 13973 (reading order): `3．要求提供公开出版物` `8 0 0 — 0 0 8`, then `16` `16`, then `4.无正当理由大量反复申请`
  // `75 ０ / 0 0 ０ 75` — 1675 twice, cut. Nothing is cut at a separator, but the row above holds its seven cells
  // already: the two figures past them are some cell's pieces, and joined to this row they keep its total.
  it('reads no row the alignment read after more figures than the unread row above has cells, where they join it too', () => {
    const { report, wrong } = readPrinted('default-seed-13973-surplus')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.excessiveRepeated.total')).toBeNull()
  })

  // Seed 14562 (reading order): `12 12` on the line after `（五）不予处理`, then `3.要求提供公开出版物` `0 0 29 0 0 56` `85`
  // — 1256 and 1285 cut, their first parts set ahead of the label. Two figures are room enough for the unread row
  // above (重复申请, 3841 twice in pieces), but they may as well be this row's: both readings keep its total.
  it('reads no row the alignment read whose total holds with the figures before its label joined, however few they are', () => {
    const { report, wrong } = readPrinted('default-seed-14562-ahead')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication.otherOrganization')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication.total')).toBeNull()
  })
})
