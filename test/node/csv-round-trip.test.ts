import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { CSV_COLUMNS } from '../../src/csv/columns.ts'
import { batchToCsv, reportsToCsv } from '../../src/csv/write.ts'
import type { ConvertedReport } from '../../src/schema/report.ts'
import { CASES } from '../support/fixtures.ts'
import { leaves } from '../support/oracle.ts'

const reports = CASES.map((c) => ({ name: c.name, report: convertReport(c.input, { inputType: c.inputType }) }))

/** Every value of the report that the CSV must carry: the report fields and every cell of the three tables. */
function cells(report: ConvertedReport): [string, unknown][] {
  return (['report', 'activeDisclosure', 'applications', 'reviewLitigation'] as const).flatMap((section) =>
    report[section] === null ? [] : leaves(report[section], section),
  )
}

/** A CSV field back to the JSON value it stands for, by the kind of value the JSON holds. */
function fromField(field: string, like: unknown): unknown {
  if (field === '') return null
  return typeof like === 'number' ? Number(field) : field
}

describe('CSV round trip (csv-parse reads what reportsToCsv writes)', () => {
  it('the corpus yields reports with numbers to carry', () => {
    expect(reports.length).toBeGreaterThanOrEqual(4)
    expect(reports.flatMap((r) => cells(r.report)).filter(([, v]) => typeof v === 'number').length).toBeGreaterThan(300)
  })

  it.each(reports.map((r) => [r.name, r.report] as const))('%s: every number and field comes back, every other column is empty', (_, report) => {
    const csv = reportsToCsv([report])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(1)
    const row = rows[0] ?? {}
    expect(Object.keys(row)).toEqual([...CSV_COLUMNS])
    const carried = cells(report)
    for (const [path, value] of carried) {
      expect(CSV_COLUMNS, path).toContain(path)
      expect([path, fromField(row[path] ?? '', value)]).toEqual([path, value ?? null])
    }
    const filled = new Set(carried.map(([p]) => p))
    for (const column of CSV_COLUMNS) if (!filled.has(column)) expect([column, row[column]]).toEqual([column, ''])
  })

  it('quotes per RFC 4180: commas, quotes and line breaks in a field survive', () => {
    const report = structuredClone(reports[0]?.report) as ConvertedReport
    report.report.title = '某区"政务公开",\r\n2023年度报告'
    const rows = parse(batchToCsv([{ id: 'a,"b"', ok: true, report }]), { bom: true, columns: true }) as Record<string, string>[]
    expect(rows[0]?.id).toBe('a,"b"')
    expect(rows[0]?.['report.title']).toBe('某区"政务公开",\r\n2023年度报告')
  })

  it('the columns cover both format versions: each version fills its own, and 2019 and 2021 reports share the rest', () => {
    const versions = new Set(reports.map((r) => r.report.report.formatVersion))
    expect(versions).toEqual(new Set(['2019', '2021']))
    expect(CSV_COLUMNS.slice(0, 5)).toEqual(['report.title', 'report.organ', 'report.year', 'report.publishedOn', 'report.formatVersion'])
    expect(CSV_COLUMNS).toContain('applications.rows.results.otherHandling.overdueFee.total')
    expect(CSV_COLUMNS).toContain('applications.rows.results.otherHandling.total')
    expect(CSV_COLUMNS).toContain('activeDisclosure.centralizedProcurement.amountUnit')
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length)
  })
})
