import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of narrow Chromium prints in pdftotext's reading order whose labels stand among the figure lines (a label,
 * then its row's lines, or several rows' lines between two labels): the figures still come row after row in the
 * model's order, so the run's lines are cut into the rows as where the labels come first (labels-first.ts), a label
 * among figures bounding the rows around it, and a row is read where every cut that keeps the totals agrees.
 */
describe('a table whose labels stand among its figure lines', () => {
  it('reads the rows every fitting cut of the interleaved lines gives the same figures (seed 12273)', () => {
    const { report, wrong } = readPrinted('default-seed-12273-labels-among')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw.total')).toBe(1)
    expect(valueAt(report, 'applications.rows.results.notDisclosed.administrativeQuery.researchInstitution')).toBe(4)
    expect(valueAt(report, 'applications.rows.results.otherHandling.overdueCorrection.otherOrganization')).toBe(15)
    expect(valueAt(report, 'applications.rows.carriedForward.total')).toBe(17)
  })

  // Rows the alignment read before (`0 0 0 0 0 0 0` beside its label) own the lines their figures stand on: the
  // cuts that gave those lines to a neighbour set other figures in the rows between, and no row there was read.
  it('keeps a line holding a figure of a row read before in that row (seed 12399)', () => {
    const { report, wrong } = readPrinted('default-seed-12399-pinned-lines')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.total')).toBe(13)
    expect(valueAt(report, 'applications.rows.results.otherHandling.naturalPerson')).toBe(25)
  })

  // 部分公开's `5` was merged onto its label's line (`…不计其他情 5`): without that piece the text's own cut fits no
  // row there, and a cut one row over kept every total (上年结转's `0 4 7 0 0 ７ 18` read as 予以公开's). 予以公开
  // itself, its line closed in by 上年结转's line and 部分公开's label, is read by its own text (isolated-row.ts).
  it('reads nothing of a run where a figure stands inside a label’s words (seed 14609)', () => {
    const { report, wrong } = readPrinted('default-seed-14609-figure-in-label')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.disclosed.total')).toBe(3)
  })
})
