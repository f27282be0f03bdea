import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Narrow Chromium prints in pdftotext's reading order whose labels are numbered `（n）` among `1、` and `2.`: the
 * number stands as a token of its own. Taken for a piece of the run (cells glued, any row's), it gave a row's place
 * to a line of no figure, and every row after it took the figures of the row above, each keeping its own total.
 */
describe('a label’s number set apart from its words in a labels-first run', () => {
  it('is a label’s piece, no row’s line (18259: 三安全一稳定’s figures were read as 第三方合法权益’s)', () => {
    const { report, wrong } = readPrinted('default-seed-18259-label-number')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights.total')).toBeNull()
  })

  it('leaves the rows whose lines it stood among to the cut of the figures alone (18152)', () => {
    const { report, wrong } = readPrinted('default-seed-18152-label-number')
    expect(wrong).toEqual([])
    // `27 0 0 0 0 27 54` is 信访举报投诉's neighbour's: read as its own before.
    expect(valueAt(report, 'applications.rows.results.notProcessed.petitionOrComplaint.total')).not.toBe(54)
  })
})
