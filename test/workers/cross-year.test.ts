import { describe, expect, it } from 'vitest'
import { checkCrossYear } from '../../src/checks/cross-year.ts'
import { convertReport } from '../../src/convert.ts'
import { setPath } from '../../src/schema/paths.ts'
import type { ConvertedReport } from '../../src/schema/report.ts'
import { fixture } from '../support/fixtures.ts'

/** A real report, re-dated and with its carried rows set, to stand for another year of the same organ. */
function asYear(base: ConvertedReport, year: number, carriedOver: number | null, carriedForward: number | null): ConvertedReport {
  const copy = structuredClone(base)
  copy.report.year = year
  if (!copy.applications) throw new Error('the fixture has no table 三')
  setPath(copy, 'applications.rows.carriedOver.naturalPerson', carriedOver)
  setPath(copy, 'applications.rows.carriedForward.naturalPerson', carriedForward)
  return copy
}

describe('checkCrossYear (SPEC §3.5 across a batch)', () => {
  const base = convertReport(fixture('corpus/nansha-2020-mirror.txt'), { inputType: 'text' })

  it('passes, fails and skips per column, and pairs only consecutive years of one organ', () => {
    const checks = checkCrossYear([
      { id: 'a', report: asYear(base, 2020, 1, 5) },
      { id: 'b', report: asYear(base, 2021, 5, 7) },
      { id: 'c', report: asYear(base, 2022, 6, null) },
      { id: 'd', report: asYear(base, 2024, null, 1) },
    ])
    const natural = checks.filter((c) => c.id === 'crossYear.carriedForward.naturalPerson')
    expect(natural.map((c) => [c.documents, c.status, c.left, c.right])).toEqual([
      [['a', 'b'], 'pass', 5, 5],
      [['b', 'c'], 'fail', 6, 7],
    ])
    expect(checks).toHaveLength(14)
  })

  it('leaves different organs and reports without a year alone, and skips a side without table 三', () => {
    const other = structuredClone(base)
    other.report.organ = '广州市番禺区人民政府'
    other.report.year = 2021
    const noYear = structuredClone(base)
    noYear.report.year = null
    expect(checkCrossYear([{ id: 'a', report: base }, { id: 'b', report: other }, { id: 'c', report: noYear }])).toEqual([])
    const noTable = asYear(base, 2021, 1, 1)
    noTable.applications = null
    const skipped = checkCrossYear([{ id: 'a', report: base }, { id: 'b', report: noTable }])
    expect(skipped.map((c) => c.status)).toEqual(Array(7).fill('skipped'))
  })
})
