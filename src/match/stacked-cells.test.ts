import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (test/support/tools, the seed
 * in the file's name; beside it, the cells the generator printed): a row whose figures stand on three lines, two
 * of them in one column. Read in reading order they fill the wrong cells; the columns say two cells cannot be one
 * over the other, and the row stays null.
 */
describe('two cells of a row never share a column', () => {
  it('reads no row whose figures stand one over the other (`3、其他0 10881`, `1360` under `10881`, `件 0件 0 0 12241`)', () => {
    const { report, wrong } = readPrinted('layout-seed-5098')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.otherHandling.other'
    expect(Object.values(valueAt(report, path) as Record<string, unknown>).every((v) => v === null)).toBe(true)
    expect(report.warnings.filter((w) => w.path === path).map((w) => w.code)).toEqual(['unreadable_row'])
  })
})

describe('a line of pieces merged into the row above', () => {
  it('leaves the row below unsure: `58 ５` under row 5 were the first parts of row 6, printed `2 0 0 0 ０ ０ ８２` (582 … 582)', () => {
    const { report, wrong } = readPrinted('layout-seed-4221')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.notDisclosed.processInformation'
    expect(Object.values(valueAt(report, path) as Record<string, unknown>).every((v) => v === null)).toBe(true)
    // `５` stands two characters right of `１４` (wide glyphs) and under `38`: the line is joined to neither row
    // (wrapped-figures.ts), and no placing of its pieces is left alone — the row is not read at all.
    expect(report.warnings.filter((w) => w.path === path).map((w) => w.code)).toContain('unreadable_row')
  })
})

describe('a blank written out is no figure', () => {
  it('joins no piece to a blank above it: `-` over `58` is a blank cell, 58 the rest of 18 beside it (`13 0 0 99 0 18 -` over `43 4 58`)', () => {
    const { report, wrong } = readPrinted('layout-seed-6083')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.stillUnclear.otherOrganization')).not.toBe(18)
  })
})
