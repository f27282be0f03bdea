import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Labels wrapped over lines in real pdftotext -raw text (Chromium's print of a generated report, the seed in the
 * file's name): two rows' labels both end in 数量, each on a line of its own.
 */
describe('wrapped labels', () => {
  it('gives a wrapped label’s last piece to the label before it, not to the next one (`…申请` `数量 69377 …` `二、上年结转…申请` `数量 3 …`)', () => {
    const { report, wrong } = readPrinted('raw-seed-13')
    expect(wrong).toEqual([])
    // 数量, 二、上年结转…申请, 数量 was taken for 二's label: 一 was left with no figures, and not found.
    expect(valueAt(report, 'applications.rows.newlyReceived')).toEqual({ naturalPerson: 69377, commercialEnterprise: 14618, researchInstitution: 3243, socialWelfareOrganization: 44, legalServiceAgency: 304, otherOrganization: 1538, total: 89124 })
    expect(report.warnings.filter((w) => w.path === 'applications.rows.newlyReceived')).toEqual([])
  })
})
