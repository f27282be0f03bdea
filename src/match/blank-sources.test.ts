import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of a `pdftotext -layout` print (seed 17678): `10 … 10` on a line of their own over
 * `（1）属于国家秘密 62 0 0 8 7 － 77  件`, the first parts of 1062 and 1077 (the text joined the second `10` with the
 * row's `件`: `10件`). The row is read in the second reading, which names no source for the blank `－`; weighed with
 * the mark's columns (blank-sources.ts), joining the pieces to 62 and 77 keeps the sum as the reading without them
 * does: the row is left null (pieces-beside.ts) rather than read 62 … 77.
 */
describe('a row with a blank mark beside pieces no cell took', () => {
  it('leaves 属于国家秘密 null where `10 … 10` over `62 … － 77` keep its sum as 1062 and 1077', () => {
    const { report, wrong } = readPrinted('layout-seed-17678-blank-mark')
    const cells = valueAt(report, 'applications.rows.results.notDisclosed.stateSecret') as Record<string, number | null>
    expect(Object.values(cells).every((v) => v === null)).toBe(true)
    expect(wrong).toEqual([])
  })
})
