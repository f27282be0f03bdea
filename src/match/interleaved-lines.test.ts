import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * LibreOffice's PDFs of generated reports' .docx through `pdftotext -raw`: rows whose wrapped cells share baselines,
 * so pdftotext gives their lines interleaved, not one cell after another. Each row splits one way only in order,
 * and that split broke the row's own total — it had been read as printed, the break taken for the report's slip.
 */
describe('a row split one way in drawn order, whose split breaks its arithmetic on a joined cell', () => {
  it('is not read where an interleaving of its cells’ lines keeps the arithmetic (seed 33, 七、总计)', () => {
    // `6199` `7 件` `3` `5，4` `50 44 0 ２１ 11` `9，1` `41` `５８` `２` `14` for 61,997 35,441 50 44 0 21,582 119,114:
    // in order it read 35,450, 44, 0, 21, 119,141 and 58,214. Left to the columns, they read it (column-reads.ts).
    const { report, wrong } = readPrinted('raw-office-seed-33-interleaved')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.total.commercialEnterprise')).toBe(35441)
    expect(report.warnings.find((w) => w.path === 'applications.rows.results.total')?.message).toMatch(/Read after all, as their columns/)
  })

  it('is not read where two cells’ lines alternate (seed 308, 24,241 twice a digit a line)', () => {
    // `… 0 2` `4` `2` `4` `2` `4` `2` `4` `1 1`: in order, 242,424,241 and 1.
    const { report, wrong } = readPrinted('raw-office-seed-308-alternating')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated.otherOrganization')).toBeNull()
  })

  it('leaves the rows whose split keeps their arithmetic read as before', () => {
    // 本年新收 of seed 33 wraps as 总计 does (`6199` / `7`), but its lines come in order and its total holds.
    const { report } = readPrinted('raw-office-seed-33-interleaved')
    expect(valueAt(report, 'applications.rows.newlyReceived')).toEqual({ naturalPerson: 61997, commercialEnterprise: 35443, researchInstitution: 44, socialWelfareOrganization: 47, legalServiceAgency: 0, otherOrganization: 21583, total: 119114 })
  })
})
