import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { fixture } from '../../test/support/fixtures.ts'
import { statedFacts } from '../locate/stated-facts.ts'
import { EQUATIONS } from '../model/equations.ts'
import { setPath, valueAt } from '../schema/paths.ts'
import { checkReport } from './index.ts'

const seed = () => convertReport(fixture('corpus/nansha-2020-mirror.txt'), { inputType: 'text' })
const facts = (report: ReturnType<typeof seed>) => statedFacts(report.narrative.overview)

describe('checks: the report’s own arithmetic', () => {
  it('declares the equations of SPEC §3.5 for both versions', () => {
    const ids = EQUATIONS['2021'].map((e) => e.id)
    expect(ids).toContain('applications.rowTotal.results.otherHandling.overdueFee')
    expect(ids).toContain('applications.resultsTotal.naturalPerson')
    expect(ids).toContain('applications.balance.total')
    expect(ids).toContain('reviewLitigation.total.litigationAfterReview')
    expect(EQUATIONS['2019'].map((e) => e.id)).toContain('applications.rowTotal.results.otherHandling')
    // 25 rows × row total, 7 columns × (results total + balance), 3 groups of table 四.
    expect(EQUATIONS['2021']).toHaveLength(25 + 14 + 3)
    expect(EQUATIONS['2019']).toHaveLength(23 + 14 + 3)
  })

  it('passes a consistent report, with both sides stated', () => {
    const report = seed()
    const checks = checkReport(report, facts(report))
    expect(checks.filter((c) => c.status !== 'pass')).toEqual([])
    expect(checks.find((c) => c.id === 'applications.balance.total')).toMatchObject({ left: 1810, right: 1810 })
  })

  it('fails the check whose numbers do not add up, and changes no number', () => {
    const report = seed()
    const path = 'applications.rows.results.disclosed.naturalPerson'
    setPath(report, path, 736)
    const checks = checkReport(report, facts(report))
    const failing = checks.filter((c) => c.status === 'fail').map((c) => c.id).sort()
    expect(failing).toEqual(['applications.resultsTotal.naturalPerson', 'applications.rowTotal.results.disclosed'])
    expect(valueAt(report, path)).toBe(736)
    expect(checks.find((c) => c.id === 'applications.rowTotal.results.disclosed')).toMatchObject({ left: 799, right: 800 })
  })

  it('skips a check whose cell is null', () => {
    const report = seed()
    setPath(report, 'reviewLitigation.administrativeReview.total', null)
    expect(checkReport(report, facts(report)).find((c) => c.id === 'reviewLitigation.total.administrativeReview')?.status).toBe('skipped')
  })

  it('reads figures the overview states plainly, and none it states twice differently', () => {
    expect(statedFacts('因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。')).toEqual([
      expect.objectContaining({ id: 'narrative.administrativeReview', value: 2 }),
      expect.objectContaining({ id: 'narrative.litigation', value: 7 }),
    ])
    expect(statedFacts('本年新收政府信息公开申请81件。另，本年新收政府信息公开申请82件。')).toEqual([])
  })
})
