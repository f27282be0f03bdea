import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import type { Token } from '../tokens/token.ts'
import { readPrinted } from '../../test/support/printed-table.ts'
import { rawSplits } from './raw-joins.ts'

/** A figure piece on line `line` (only what a split looks at). */
const piece = (text: string, line: number) => ({ kind: 'number', text, folded: text, line }) as Token

describe('a row of -raw text split into its cells', () => {
  it('joins pieces only over line breaks, a cell of up to as many pieces as there are', () => {
    // `1` / `7，` / `99` / `9 0`: one cell of four pieces, or pieces of several cells.
    const tokens = [piece('1', 0), piece('7，', 1), piece('99', 2), piece('9', 3), piece('0', 3)]
    const splits = rawSplits(tokens, [0, 1, 2, 3, 4], 2)
    expect(splits).toEqual([[[0, 1, 2, 3], [4]]])
    // Two pieces of one line are never one cell: `9 0` stays two.
    expect(rawSplits(tokens, [3, 4], 1)).toEqual([])
    // Three cells from five pieces: every way of joining two of the three line breaks.
    expect(rawSplits(tokens, [0, 1, 2, 3, 4], 3)).toEqual([
      [[0], [1, 2, 3], [4]],
      [[0, 1], [2, 3], [4]],
      [[0, 1, 2], [3], [4]],
    ])
  })

  it('reads a narrow print’s total row whose figures wrapped into three pieces (`19` `35` `9`, `24` `71` `4`), by its arithmetic', () => {
    const { report, wrong } = readPrinted('raw-seed-30')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.total')).toEqual({
      naturalPerson: 2954,
      commercialEnterprise: 2366,
      researchInstitution: 19359,
      socialWelfareOrganization: 15,
      legalServiceAgency: 17,
      otherOrganization: 3,
      total: 24714,
    })
    expect(report.warnings.filter((w) => w.path === 'applications.rows.results.total').map((w) => w.code)).toEqual(['wrapped_cells'])
  })
})

describe('a row of -raw text with a figure cut at its thousands separator', () => {
  it('reads the row where one split joins the cut figure to its rest and keeps its total (`1，` `48` `6` for 1,486)', () => {
    const { report, wrong } = readPrinted('raw-seed-1011')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.disclosed')).toEqual({
      naturalPerson: 0,
      commercialEnterprise: 1486,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 1486,
    })
  })
})

describe('a row of -raw text with a wrap’s rest that begins with a zero', () => {
  it('offers `01` beginning its line as the rest of the figure before it (`12` `01` `5` for 12015), never as a cell', () => {
    const { report, wrong } = readPrinted('raw-seed-1011')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.internalAffairs')).toEqual({
      naturalPerson: 6,
      commercialEnterprise: 12015,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 12021,
    })
  })
})

describe('a row of -raw text whose figures wrapped into many pieces', () => {
  it('reads a row of 20 pieces, every one on its own line (`4，` `05` `9` `件`, `3` `5,` `71` `8`, …), where the other rows fix its cells', () => {
    const { report, wrong } = readPrinted('raw-seed-1011')
    expect(wrong).toEqual([])
    // Far more splits than a row may list (13 joins over 19 line breaks): a split ends as soon as one of its cells
    // reads no figure (`4，` or `05` alone, `件` apart) or one the arithmetic refuses alone; the row's total keeps one.
    expect(valueAt(report, 'applications.rows.newlyReceived')).toEqual({
      naturalPerson: 4059,
      commercialEnterprise: 35718,
      researchInstitution: 13010,
      socialWelfareOrganization: 6049,
      legalServiceAgency: 28344,
      otherOrganization: 46,
      total: 87226,
    })
  })
})

describe('a row of -raw text weighed by its own total as its splits are made', () => {
  it('reads `97` `63`, `17` `99` `9`, `2`, `94` `07`, `98` `0`, `31` `90`, `41` `34` `1`: more splits than a row may list, one that keeps its total', () => {
    const { report, wrong } = readPrinted('raw-seed-2')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived')).toEqual({
      naturalPerson: 9763,
      commercialEnterprise: 17999,
      researchInstitution: 2,
      socialWelfareOrganization: 9407,
      legalServiceAgency: 980,
      otherOrganization: 3190,
      total: 41341,
    })
  })
})

describe('a blank of dashes wrapped over lines in -raw text', () => {
  it('reads `－` ending a line and `－` beginning the next as one blank cell where that split alone keeps the row', () => {
    const { report, wrong } = readPrinted('raw-seed-1007')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights')).toEqual({
      naturalPerson: null,
      commercialEnterprise: 0,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: null,
      otherOrganization: 0,
      total: null,
    })
    const blanks = report.warnings.filter((w) => w.code === 'blank_cell' && w.path?.startsWith('applications.rows.results.notDisclosed.thirdPartyRights.'))
    expect(blanks.map((w) => w.path?.split('.').at(-1))).toEqual(['naturalPerson', 'legalServiceAgency', 'total'])
  })
})
