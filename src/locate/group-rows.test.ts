import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'

/**
 * A 2021-format table 三 that prints （六）其他处理 as one row of seven figures, the 2019 way, without its three
 * rows — as the real hongze reports do (their PDFs' pdftotext -layout text is tested in
 * test/node/pdf-corpus-text.test.ts). The fixture is seed 9's -layout print with those rows' lines replaced by
 * that one line (their sums). （七）总计 wraps its last figure (`４５２` over `２８`).
 */
const texts = import.meta.glob<string>('../../test/fixtures/pdftotext/*.txt', { query: '?raw', import: 'default', eager: true })

describe('a group printed as one row', () => {
  const report = convertReport(texts['../../test/fixtures/pdftotext/layout-seed-9-group-row.txt'] ?? '', { inputType: 'text' })

  it("holds its own figures: the total row beside it is read, not left in doubt of a wrap's pieces", () => {
    expect(valueAt(report, 'applications.rows.results.total')).toEqual({
      naturalPerson: 21763,
      commercialEnterprise: 67,
      researchInstitution: 20562,
      socialWelfareOrganization: 2788,
      legalServiceAgency: 40,
      otherOrganization: 8,
      total: 45228,
    })
  })

  it('gives its figures to none of its rows, which it does not print', () => {
    for (const row of ['overdueCorrection', 'overdueFee', 'other']) {
      expect(Object.values(valueAt(report, `applications.rows.results.otherHandling.${row}`) as object).every((v) => v === null)).toBe(true)
    }
    expect(report.warnings.filter((w) => w.path?.startsWith('applications.rows.results.otherHandling.')).map((w) => w.code)).toEqual(['unreadable_row', 'unreadable_row', 'unreadable_row'])
  })
})
