import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (seed 14495; beside it, the
 * cells the generator printed): 重复申请's total 1221 wrapped as `12` / `21`, and pdftotext set the `21` with the `0`
 * beside it as one word, `1,221 210 12`.
 */
describe('a row whose total breaks where a figure cut in two adds up', () => {
  it('reads no row `0 0 ０ 0 1,221 210 12`: `210` cut as `21` | `0`, `21` the rest of `12`, adds up (1221 = 1221)', () => {
    const { report, wrong } = readPrinted('layout-seed-14495')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.total')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.otherOrganization')).toBeNull()
  })
})
