import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of a narrow Chromium print in pdftotext's reading order (16581), labels among the figures: the lines between
 * the label of a row and the next row's label may be either row's, and where the upper row holds no figure read before,
 * the labels-first cut's choice of the lower one is not read (label-below.ts).
 */
describe('a row whose lines stand between the label above and its own', () => {
  it('leaves 本机关不掌握 null where the `23 19 0 0 0 0 42` over its label may be 行政查询事项’s, under that label', () => {
    const { report, wrong } = readPrinted('default-seed-16581-label-below')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.notHeld.total')).toBeNull()
    // The rows read with their lines after their own labels stay read.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.thirdPartyRights.total')).toBe(51)
  })
})
