import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

const ROW = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceAgency', 'otherOrganization', 'total'] as const
const row = (values: readonly (number | null)[]) => Object.fromEntries(ROW.map((k, j) => [k, values[j]]))

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDFs of generated reports, its labels out of
 * place among the figures (the alignment trusts no order there): a row is read where its own text closes it in.
 */
describe('a row out of order, closed in by its own text', () => {
  it('is read: `4.无正当理由大量反复申请` / `0 762 0 0 0 0 762` / `（5）要求…已获取 0 0 0 0 0 0 0` / `信息` / `（六）其他处理` (seed 12249)', () => {
    const { report, wrong } = readPrinted('default-seed-12249-isolated')
    expect(wrong).toEqual([])
    // The row above is one line of exactly its cells: no piece of the row stands behind its label.
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest')).toEqual(row([0, 0, 0, 0, 0, 0, 0]))
  })

  it("is not read where pieces follow its label's rest: `7．属于行政执法案 0 ０ ９３６ 0 0 0 ９３６` / `卷` / `１` / `１` (seed 12185)", () => {
    // 9361 twice: the `１`s after the label's rest `卷` are the row's own, the last digits of its wrapped cells.
    const { report, wrong } = readPrinted('default-seed-12185-label-rest')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.lawEnforcementFiles.total')).toBeNull()
  })
})
