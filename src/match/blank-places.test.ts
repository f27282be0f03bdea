import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDFs of generated reports (beside each, the cells the
 * generator printed): 16166 sets 结转's blank total `－－` before its 其他组织's `0`, the row's block 25 characters left
 * of the page's columns (`0 0 0 7 － －－ 0` for 0 0 0 7 — 0 —); 16332 sets 其他处理's blank 自然人's `－－` after the
 * next three cells' `0`s, between two columns' places (`0 0 0 －－ 0 26 1361` for —— 0 0 0 0 26 1361). Each blank
 * trades places with a zero: no sum tells.
 */
describe('a blank cell whose place the figures do not settle', () => {
  it('leaves the cells of a shifted row the blank might be blank, and reads those every placing agrees on (seed 16166)', () => {
    const { report, wrong } = readPrinted('layout-seed-16166-blank-moved')
    expect(wrong).toEqual([])
    const row = 'applications.rows.carriedForward'
    expect(valueAt(report, `${row}.total`)).toBeNull()
    expect(valueAt(report, `${row}.otherOrganization`)).toBeNull()
    // The figures left of the blank stand in their columns against the rows above: no placing moves them.
    expect(valueAt(report, `${row}.socialWelfareOrganization`)).toBe(7)
    expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row)).toBe(true)
  })

  it('leaves the cells a mark between two columns might be blank (seed 16332)', () => {
    const { report, wrong } = readPrinted('layout-seed-16332-blank-between')
    expect(wrong).toEqual([])
    const row = 'applications.rows.results.otherHandling'
    expect(valueAt(report, `${row}.naturalPerson`)).toBeNull()
    // The cells right of the hole stand in their columns, and are read.
    expect(valueAt(report, `${row}.otherOrganization`)).toBe(26)
    // A row whose pieces stand in the page's columns is read as printed, its blank where its order puts it.
    expect(valueAt(report, 'applications.rows.results.unableToProvide.stillUnclear.total')).toBe(10)
  })
})
