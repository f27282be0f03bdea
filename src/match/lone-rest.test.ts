import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in its reading order from Chromium's PDF of a generated report (seed 15376;
 * beside it, the cells the generator printed): 执法案卷's 3368 wrapped as `３３６` / `８`, the `８` set on a line of its
 * own after the row's other cells, and the total printed blank with no mark.
 */
describe('a row whose figure read as its total may be a wrapped cell’s rest', () => {
  it('reads no row `３３６` / `0 0 0 0 3` / `８`: counted it is 336 … 3 with a total of 8 that breaks, joined it is 3368 with a blank total', () => {
    const { report, wrong } = readPrinted('default-seed-15376-lone-rest')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles.naturalPerson')).toBeNull()
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles.otherOrganization')).toBeNull()
    expect(report.warnings.find((w) => w.path === 'applications.rows.results.notDisclosed.lawEnforcementFiles')?.code).toBe('ambiguous_cells')
  })
})
