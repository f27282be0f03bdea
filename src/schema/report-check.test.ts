import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { fixture } from '../../test/support/fixtures.ts'
import { checkParts } from './checked-parts.ts'
import { ConvertedReportOf, type ConvertedReport } from './report.ts'
import { checkedReport } from './report-check.ts'

/** A finished report as it stood before its checks were run: what readGrid hands to the check. */
const candidateOf = (report: ConvertedReport): Record<string, unknown> => ({ ...structuredClone(report), checks: [] })

type Version = keyof typeof ConvertedReportOf

/** What zod makes of it (the schema of the report's version, whatever the candidate now says): its value where it passes, else null. */
function byZod(version: Version, candidate: Record<string, unknown>): unknown {
  const parsed = ConvertedReportOf[version].safeParse(candidate)
  return parsed.success ? parsed.data : null
}

function byHand(version: Version, candidate: Record<string, unknown>): ConvertedReport | null {
  return checkedReport(candidate, checkParts(version, candidate as Parameters<typeof checkParts>[1]))
}

const versionOf = (report: ConvertedReport): Version => report.report.formatVersion ?? '2021'

describe('checkedReport: what the report’s schema says of the whole, without zod', () => {
  const reports = ['corpus/nansha-2020-mirror.txt', 'corpus/09-pingtan-2024-article.html', 'corpus/02-pingtan-2019.txt'].map((name) => convertReport(fixture(name)))

  it('gives zod’s own value for the corpus reports, key for key and in the same order', () => {
    for (const report of reports) {
      for (const candidate of [candidateOf(report), (({ provenance: _, ...rest }) => rest)(candidateOf(report))]) {
        const checked = byHand(versionOf(report), candidate)
        expect(checked).not.toBeNull()
        expect(JSON.stringify(checked)).toBe(JSON.stringify(byZod(versionOf(report), candidate)))
      }
    }
  })

  it('passes only what zod passes, and then gives what zod gives', () => {
    const odd: unknown[] = [undefined, null, '', 'x', 0, -1, 1.5, 2 ** 53, Number.NaN, true, {}, [], '2021-02-29', '2020-02-29', '2021-2-10', '2019', '2021', 'text', 'pdf', 'traditional']
    let passed = 0
    let refused = 0
    for (const report of reports) {
      const places: [string, string | null][] = [['schemaVersion', null], ['checks', null]]
      for (const part of ['report', 'narrative', 'source']) for (const key of Object.keys(report[part as 'report'])) places.push([part, key])
      for (const [part, key] of places) {
        for (const value of odd) {
          const candidate = candidateOf(report)
          if (key === null) candidate[part] = value
          else (candidate[part] as Record<string, unknown>)[key] = value
          const checked = byHand(versionOf(report), candidate)
          if (checked === null) {
            refused++
            continue
          }
          passed++
          expect(JSON.stringify(checked)).toBe(JSON.stringify(byZod(versionOf(report), candidate)))
        }
      }
      // Not plain objects, or a part left to zod: zod decides.
      expect(byHand(versionOf(report), { ...candidateOf(report), report: Object.assign(Object.create(null), report.report) })).toBeNull()
      expect(byHand(versionOf(report), { ...candidateOf(report), provenance: undefined })).toBeNull()
      expect(byHand(versionOf(report), { ...candidateOf(report), checks: [{ id: 'x' }] })).toBeNull()
    }
    expect(passed).toBeGreaterThan(50)
    expect(refused).toBeGreaterThan(100)
  })
})
