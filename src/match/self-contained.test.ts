import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report (seed 4; beside it,
 * the cells the generator printed). `（二）部分公开` keeps its first figure among its label's words (`…只计这一 ０`), its
 * label out of place: read as prose, the row showed six figures for seven cells, and the rows beside it were left
 * unread with it, though each stands whole.
 */
describe('a row beside a label out of place', () => {
  it('is read where its own text is whole: its label, exactly its seven figures, the next label, and its total holds', () => {
    const { report, wrong } = readPrinted('default-seed-4-table')
    expect(wrong).toEqual([])
    // `(一)予以公开` `2 0 0 28 0 ０ 30件` before 部分公开, `（1）属于国家秘密` `0 0 0 0 19 0 19` after it.
    expect(valueAt(report, 'applications.rows.results.disclosed')).toMatchObject({ naturalPerson: 2, socialWelfareOrganization: 28, total: 30 })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.stateSecret')).toMatchObject({ legalServiceAgency: 19, total: 19 })
    // The row whose label is out of place: its first figure on its label's line is that line's cell (a short line
    // with a comma: src/extract/text.ts), and the row holds its seven figures.
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed')).toMatchObject({ naturalPerson: 0, total: 0 })
  })
})

/**
 * Reading order again (seeds 6 and 3032; 5205, a print kept for checking): rows beside figures the alignment left
 * out. A row whose own text is whole is read beside another row's left-out figures — unless its figures start on a
 * line below its label, or the figures left out just before its label add up among themselves: a wrapped part and
 * its total cut alike (`14` `14` for 1417 and 1445) lose the same piece, and the total holds without it.
 */
describe('a row beside figures left out', () => {
  it('is read where its own text is whole (`二、上年结转…` `0 0 1 0 １２ 0 １３` after 新收’s cut `１３４` `２１件 …`)', () => {
    const { report, wrong } = readPrinted('default-seed-6')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.carriedOver')).toMatchObject({ researchInstitution: 1, legalServiceAgency: 12, total: 13 })
    // 新收 is not read from its own text; its columns name every cell, and its pieces join into just those
    // (column-joins.ts): read so, and said so.
    expect(valueAt(report, 'applications.rows.newlyReceived.total')).toBe(54790)
    expect(report.warnings.find((w) => w.path === 'applications.rows.newlyReceived')?.message).toContain("columns' totals hold them")
  })

  it('is not read where its figures start on the line under its label, cut pieces before it (`17` `17` then `0 0 81 0 0 5 86件`)', () => {
    const { report, wrong } = readPrinted('default-seed-3032')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.stillUnclear.total')).toBeNull()
  })

  it('weighs only the figures left out nearest its label, a cell’s count each side: farther ones are other rows’ (seed 12)', () => {
    // 2.其他法律行政法规禁止公开 `0 0 ０ 286 0 0 286`, then 3、危及… with fourteen figures left out (`0 １６０ 9 0 0 0 16003`
    // `１２ 0 15 521 0 0 536`): the nearest seven hold no sum of others.
    const { report, wrong } = readPrinted('default-seed-12-nearest')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw')).toMatchObject({ socialWelfareOrganization: 286, total: 286 })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.threeSecuritiesOneStability.total')).toBeNull()
  })

  it('weighs a first part cut at its separator among those left out after it by its digits (seed 17)', () => {
    // （1）属于国家秘密 `２０ 0 0 0 0 0 20`, then 2.其他法律行政法规 `15 0 1， 0 0 ０ 1569` `554件` left out: no sum of others.
    const { report, wrong } = readPrinted('default-seed-17-cut')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.stateSecret')).toMatchObject({ naturalPerson: 20, total: 20 })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw.total')).toBeNull()
  })

  it('is not read where the figures left out before its label add up among themselves (`14` `14` then `28 0 0 0 17 0 45件`)', () => {
    const { report, wrong } = readPrinted('default-seed-5205')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.notHeld.total')).toBeNull()
  })
})

/**
 * Reading order (seed 9): `(二)部分公开` with its seven figures one per line under its label (`９` `0` `0` `0` `10`
 * `０` `19`), beside figures the alignment left out after it. No figure was left out just before its label, so
 * none of its figures can have a first piece printed above the label: it is read.
 */
describe('a row whose figures start under its label', () => {
  it('is read beside figures left out after it, none before its label', () => {
    const { report, wrong } = readPrinted('default-seed-9-below')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed')).toMatchObject({ naturalPerson: 9, legalServiceAgency: 10, total: 19 })
    expect(valueAt(report, 'applications.rows.results.otherHandling.other')).toMatchObject({ naturalPerson: 0, total: 0 })
  })
})

/**
 * Reading order (seed 9001): 七、总计's figures cut at a thousands separator (`44，` … `102，`) before its label and their
 * rests (`986` `126`) after it, then `四、结转下一年继续办理 0 ３ 0 12 0 0 15` to the table's end. The cut figure ends the
 * row before 四's: its rest may stand anywhere near, but a row whose own text is whole — its label, exactly its seven
 * figures, its total holding — holds none of it.
 */
describe('a row beside a neighbour’s figure cut at its separator', () => {
  it('is read where its own text is whole, and the row of the cut figure is not', () => {
    const { report, wrong } = readPrinted('default-seed-9001-cut-beside')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.carriedForward')).toEqual({ naturalPerson: 0, commercialEnterprise: 3, researchInstitution: 0, socialWelfareOrganization: 12, legalServiceAgency: 0, otherOrganization: 0, total: 15 })
    expect(valueAt(report, 'applications.rows.results.total.naturalPerson')).toBeNull()
    expect(report.warnings.map((w) => w.path)).toContain('applications.rows.results.total')
  })
})
