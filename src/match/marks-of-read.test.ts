import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of a Chromium print in pdftotext's reading order (16655): a blank mark of a read row leaves no trace of
 * being used, so a joining of an unread row's pieces by its columns (column-joins.ts) may take it as its own blank.
 */
describe('a blank mark on a read row’s line', () => {
  it('leaves 结转 null where its joining took 总计’s `－` as its first cell and read its blank total 0', () => {
    const { report, wrong } = readPrinted('default-seed-16655-read-mark')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.carriedForward.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.total.naturalPerson')).toBe(29309)
  })
})
