import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Seed 13689 (`pdftotext -layout` of a narrow print): 5.要求行政机关确认… prints `27 91 0 0 0 0 0 91` on its label's
 * line, `27` under the last `91`, and `4` under the first and the last figure — 27,914 in 自然人 and in 总计. Read
 * top to bottom the total's pieces make 91274, and so does 自然人 read with its line's `91` before `27`.
 */
describe('a narrow row whose cells read alike with their pieces the other way round', () => {
  it('leaves the row unread where one cell read left to right and another bottom first keep its total too', () => {
    const { report, wrong } = readPrinted('layout-seed-13689-swapped')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.naturalPerson')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.total')).toBeNull()
  })
})
