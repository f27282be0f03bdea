import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextFixture, readPrinted, wrongCells } from '../../test/support/printed-table.ts'
import { MAYBE_FIGURE, maybeFigure } from './figure-cells.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of generated reports in narrow columns (the seed in
 * each file's name; beside each, the cells the generator printed): a figure wrapped over three lines, its first
 * line standing between the row above's line and its own. Joined to a figure of either, it made wrong numbers.
 */
describe('a line of pieces between two rows', () => {
  it('joins `14` to neither `9` above nor `42` below when `8` stands under `42` (9 and 14428, or 914 and 428)', () => {
    const { report, wrong } = readPrinted('layout-seed-5005')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.commercialEnterprise')).not.toBe(914)
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication.commercialEnterprise')).toBeNull()
  })

  it('joins `５` to neither `23` above nor `１` below when the line below keeps its figures as one cell of words (`１ 0 0 0 件0`)', () => {
    // Seed 12915, an unseen print: `５` stands over `１`, and `７` under it (517 for the next row); the line below
    // set its figures one space apart, one cell, and `５` was taken for 23's rest (235, the row's total blank).
    const { report, wrong } = readPrinted('layout-seed-12915-words')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.needsCreation.naturalPerson')).not.toBe(235)
  })

  it('joins `45` to no figure below it while the line above holds figures as words (`9 0 0 0 0 0 件9` / `45` / `0 4 0 0 0 0 454`)', () => {
    const { text, cells } = pdftotextFixture('layout-seed-5108')
    const report = convertReport(text, { inputType: 'text' })
    // Joined with the 0 it stands over, 0 4 450 0 0 0 454 keeps the row's total as 0 454 0 0 0 0 454 does.
    expect(wrongCells(report, cells)).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw.researchInstitution')).not.toBe(450)
  })

  it('joins a figure’s first part cut at its separator to no figure above it (`7，` under `(一)予以公开 22 0 0 … 0`, over `二、部分公开 0 0 0 701 …`)', () => {
    const { text, cells } = pdftotextFixture('layout-seed-5358')
    const report = convertReport(text, { inputType: 'text' })
    // Joined to the 0 above as `07，`, it left 701 for 7,701.
    expect(wrongCells(report, cells)).toEqual([])
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed.socialWelfareOrganization')).not.toBe(701)
  })

  // Found on a fresh print (seed 12030), after pieces that may begin the next row's two-line cell were left unjoined:
  // `２` on 1.本机关不掌握's line, `０` under it over `2．没有现成信息…`'s empty column, `5，` under that.
  it('joins `０` to the `２` above it: a piece that begins with 0 begins no figure of the row below (`０5，`)', () => {
    const { report, wrong } = readPrinted('layout-seed-12030-zero-first')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.notHeld.naturalPerson')).toBe(20)
  })

  // Found on a fresh print (seed 8250): `15 15` between 重复申请's `21` and 出版物's `18 18`, `件件` under those: 1518件 twice.
  it('joins `15` to no figure above it when units set side by side (`件件`) stand under the figures below it', () => {
    const { report, wrong } = readPrinted('layout-seed-8250')
    expect(wrong).toEqual([])
    // Neither row can say whose the pieces are: both stay unread (2115 for 重复申请's 21, and 18 for 1518, before).
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notProcessed.publication.total')).toBeNull()
  })

  // Found on a print made after the rules above: `80 80` between 国家秘密's `14 14` and 其他法律…'s `69 69` reads 1480
  // and 1480 above or 8069 and 8069 below, each row's total holding either way.
  it('joins `80 80` to neither row when the row below, its figures begun with them, still adds up', () => {
    const { report, wrong } = readPrinted('layout-seed-14931')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.stateSecret.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw.total')).toBeNull()
  })

  // `82 28` / `6 422 … ——` / `39 19` / `5 953 … ——`: 826 and 28422 above, 395 and 19953 below — or 82639 and 2842219
  // above. Both totals are printed blank: no arithmetic refuses either joining, so the pieces begin neither row.
  it('joins `39 19` to neither row where the row below prints its total blank (seed 15277)', () => {
    const { report, wrong } = readPrinted('layout-seed-15277')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.disclosed.naturalPerson')).toBeNull()
  })
})

/**
 * pdftotext -layout sets a row's line by its glyphs' widths: a long label of wide glyphs shifts the figures after
 * it, while the line under it, without a label, keeps the page's columns. A figure's rest may then stand under no
 * figure (`353` between `13，` and `55，`).
 */
describe('a piece under one figure and touching another', () => {
  it('joins `６３` to neither `１８５` nor `14897` (18563: wide glyphs set `６３` under `14897`, which read 1489763)', () => {
    // Seed 12352, an unseen print: the line above sets `１８５` in three characters it prints six wide, and the
    // figures after it stand left of where the line below's pieces do. Where the columns cannot say, the row is
    // weighed by its pieces and its columns' totals, or left blank.
    const { report, wrong } = readPrinted('layout-seed-12352-wide')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.total.socialWelfareOrganization')).not.toBe(1489763)
    expect(valueAt(report, 'applications.rows.results.total.researchInstitution')).not.toBe(185)
  })

  it('joins `３８件` to neither `２０３` two characters left of it nor `1370` it stands under (20338 and 1370)', () => {
    // Seed 9269: read 203 and 137038. The line above holds two figures in wide glyphs before `1370`, each glyph one
    // character there: its figures stand further left of the pieces under them than a touch.
    const { report, wrong } = readPrinted('layout-seed-9269-wide')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.total.legalServiceAgency')).not.toBe(137038)
  })
})

describe('rests of figures cut at their separators, under a shifted line', () => {
  it('pairs `13，` … `55，` with `353 654` in their order: 13,353 and 55,654 (seed 22)', () => {
    const { report, wrong } = readPrinted('layout-seed-22')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived.otherOrganization')).toBe(13353)
    expect(valueAt(report, 'applications.rows.newlyReceived.total')).toBe(55654)
  })
  it('pairs `16， 72，` with `782 787` in their order though the columns set `782` under `72，` (seed 29)', () => {
    const { report, wrong } = readPrinted('layout-seed-29')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.total.otherOrganization')).toBe(16782)
    expect(valueAt(report, 'applications.rows.results.total.total')).toBe(72787)
  })
})

describe('pieces atop a page', () => {
  it('joins no piece under a page’s running head to the row below: it may end a figure the page break cut (seed 14379)', () => {
    // `16` / `32` at the foot of page 2 and `8` atop page 3 are 16,328 (no total weighs it: the totals are blank);
    // `8` joined to the `0` under it read 1632 and 80.
    const { report, wrong } = readPrinted('layout-seed-14379-page-top')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.stillUnclear.naturalPerson')).not.toBe(80)
  })
})

/**
 * pdftotext -layout of LibreOffice's PDF export of a generated .docx (the seed in each file's name): narrow cells
 * wrap a figure around the row's line, and a label's line may stand between a cut figure's pieces, empty in their
 * column. A piece that completes a figure cut at its separator there joins it as on the next line.
 */
describe('a cut figure whose rest stands past a label’s line', () => {
  it('joins `1,69` and `5` over `信息`: 6．属于四类过程性信息 reads 1695 in 自然人 and in its total (seed 26)', () => {
    const { report, wrong } = readPrinted('layout-office-seed-26-past-label')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.processInformation')).toMatchObject({ naturalPerson: 1695, total: 1695 })
  })

  it('takes no piece under a cut figure for the first part of a figure below: `，34` over `2` over `5` over `0件` (seed 20070)', () => {
    // `1,89` joined with `2` past `，34`'s line leaves `5` under no figure of the line above: it is `，34`'s rest, not
    // the first part of 2.重复申请's `0件` (50).
    const { report, wrong } = readPrinted('layout-office-seed-20070-cut-above')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.legalServiceAgency')).not.toBe(50)
  })
})

describe('maybeFigure', () => {
  it('reads every unit as MAYBE_FIGURE does', () => {
    const differ: number[] = []
    for (let u = 0; u < 0x10000; u++) if (maybeFigure(String.fromCharCode(u)) !== MAYBE_FIGURE.test(String.fromCharCode(u))) differ.push(u)
    expect(differ).toEqual([])
  })
})
