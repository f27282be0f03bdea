import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextFixture, readCells, readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as `pdftotext -raw` printed it from Chromium's PDF of a generated report (the seed in the file's name;
 * beside it, the cells the generator printed): a row whose pieces split into its cells one way only is read as
 * printed (one-split.ts). And the texts where that one split is not the row's: each gave a wrong cell before its
 * guard, and must read none.
 */
const office = import.meta.glob<string>('../../test/fixtures/pdftotext/office-raw-seed-*.txt', { query: '?raw', import: 'default', eager: true })
const readOffice = (seed: number) => convertReport(office[`../../test/fixtures/pdftotext/office-raw-seed-${seed}.txt`] ?? '', { inputType: 'text' })
const blank = (row: unknown) => Object.values(row as object).every((v) => v === null)

describe('a row whose pieces split into its cells one way only, without columns', () => {
  it('reads `999 ２５８` / `５５ 0 0 —— 0 26860` as 999 25855 … 26860, though 26860 is not its sum (the report’s slip)', () => {
    const { report, wrong } = readPrinted('raw-seed-1084')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.notDisclosed.threeSecuritiesOneStability'
    expect(valueAt(report, path)).toEqual({ naturalPerson: 999, commercialEnterprise: 25855, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: null, otherOrganization: 0, total: 26860 })
  })

  it('reads `５８１` / `２６ …` as 58126, 一’s one split, though its total 93,305 is not its sum; 二 after it as printed (seed 16)', () => {
    const { report, wrong } = readPrinted('raw-seed-16')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived')).toEqual({ naturalPerson: 58126, commercialEnterprise: 29519, researchInstitution: 25, socialWelfareOrganization: 5622, legalServiceAgency: 7, otherOrganization: null, total: 93305 })
    expect(valueAt(report, 'applications.rows.carriedOver')).toEqual({ naturalPerson: 10, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 3, otherOrganization: 0, total: 13 })
  })

  it('weighs again a row the alignment read and its broken total withheld as a wrap: `总计 无 29515 17 5622 10 6 93，` / `306` (seed 16)', () => {
    const { report, wrong } = readPrinted('raw-seed-16')
    expect(wrong).toEqual([])
    // 93,306 is not the sum of its parts (the report's slip); the text splits the row's pieces one way only.
    expect(valueAt(report, 'applications.rows.results.total')).toEqual({ naturalPerson: null, commercialEnterprise: 29515, researchInstitution: 17, socialWelfareOrganization: 5622, legalServiceAgency: 10, otherOrganization: 6, total: 93306 })
  })

  it('reads a narrow print’s `０ 0 0 0 99` / `8 0 —` as 998 beside a blank total (no equation holds the row)', () => {
    const { report, wrong } = readPrinted('raw-seed-1008')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 998, otherOrganization: 0, total: null })
    // Every column's total printed blank: before, only rows printed whole on their label's line were read (42 cells).
    expect(readCells(report, pdftotextFixture('raw-seed-1008').cells).right).toBeGreaterThanOrEqual(105)
  })
})

describe('where the one split is not the row’s', () => {
  it('splits a sum cannot tell apart are readings too: `15` `13` `1，` `96` `3` is 1513 and 1,963, or 15 and 131,963 (seed 1028)', () => {
    const { report, wrong } = readPrinted('raw-seed-1028')
    expect(wrong).toEqual([])
    expect(blank(valueAt(report, 'applications.rows.results.total'))).toBe(true)
  })

  it('text parted by blank lines (reading order) moves figures between rows: `654` / `１８１` is no run-on (seed 210)', () => {
    const { report, wrong } = readPrinted('default-seed-210')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived.total')).not.toBe(797548)
  })

  it('LibreOffice’s rests of several cells on one line: `0` / `件` joined again is no cell’s run-on (seed 107: 210, 217, 7)', () => {
    expect(blank(valueAt(readOffice(107), 'applications.rows.results.notDisclosed.internalAffairs'))).toBe(true)
  })

  it('a sign wrapped apart from its digits: `－` / `183` is -183, not a blank beside 1830 (seed 89)', () => {
    expect(valueAt(readOffice(89), 'activeDisclosure.otherExternalServices.decisions')).toBeNull()
  })

  it('a page break among its pieces: `2` / `1` / `\f3` / `5` / `6` is 21356 as much as 21 and 356 (LibreOffice, seed 21730)', () => {
    const { report, wrong } = readPrinted('raw-office-seed-21730-page-cut')
    expect(wrong).toEqual([])
    // `申请 2` / `7` / `0 — 0 0 0 2` / `1` / page / `3` / `5` / `6` is 27 0 — 0 0 0 21356; listed, its one split was 270 … 21 356.
    expect(blank(valueAt(report, 'applications.rows.results.notProcessed.petitionOrComplaint'))).toBe(true)
  })
})
