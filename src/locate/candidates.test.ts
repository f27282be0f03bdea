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

  it('gives a label nearly whole its last piece set two lines under it, its figures between (`…申请数` `12 4 0 ０ 0 0 16` `量`, LibreOffice’s PDF, -layout)', () => {
    const { report, wrong } = readPrinted('layout-office-seed-8-label-tail')
    expect(wrong).toEqual([])
    // With 一's `量` no label's piece, 一's wrapped figures (`２ 207 0 11 30`, `59` `9`) ran on to 二's label as
    // pieces that might be 二's, and one sum among them (2 + 9 = 11) left 二 unread.
    expect(valueAt(report, 'applications.rows.carriedOver')).toEqual({ naturalPerson: 12, commercialEnterprise: 4, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 16 })
  })

  it('joins a label’s pieces around a group’s label wrapped in its own column (`四、无 （2）没有现成信息需` over `法提供  另行制作`, -layout)', () => {
    const { report, wrong } = readPrinted('layout-seed-212')
    expect(wrong).toEqual([])
    // 法提供, the group's second line, stood between the label's pieces: the wrap stopped at it, the row had no label,
    // and the row above it (whose figures some alignment gave the unlabelled row) was not read either.
    expect(valueAt(report, 'applications.rows.results.unableToProvide.needsCreation')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 0 })
    expect(valueAt(report, 'applications.rows.results.unableToProvide.notHeld')).toEqual({ naturalPerson: 16695, commercialEnterprise: 0, researchInstitution: 11, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 16706 })
  })

  it('reads a row’s label after a group’s label one space apart on its line (`(六)其他处 1．申请人无正当理`, `（四）无法 （2）没有现成信息`, -layout)', () => {
    const { report, wrong } = readPrinted('layout-seed-1025')
    expect(wrong).toEqual([])
    // Read whole, the text was more like the group's label (（六）其他处理) than the row's: the row had no label.
    expect(valueAt(report, 'applications.rows.results.otherHandling.overdueCorrection')).toEqual({ naturalPerson: 3, commercialEnterprise: 27, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 30 })
    expect(valueAt(report, 'applications.rows.results.unableToProvide.needsCreation')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 17, socialWelfareOrganization: 0, legalServiceAgency: 0, otherOrganization: 0, total: 17 })
  })
})

