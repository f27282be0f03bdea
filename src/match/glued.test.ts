import { describe, expect, it } from 'vitest'
import { EQUATIONS } from '../model/equations.ts'
import { APPLICATIONS_2021 } from '../model/applications.ts'
import { ACTIVE_DISCLOSURE_2021 } from '../model/active-disclosure.ts'
import { valueAt } from '../schema/paths.ts'
import { readings } from './glued-cuts.ts'
import { resolveGlued, type CellValues, type GluedRow } from './glued.ts'

describe('readings: every cut of a glued run into cells', () => {
  it('cuts without leading zeros', () => {
    expect(readings('801000081', 7)).toContainEqual([80, 1, 0, 0, 0, 0, 81])
    expect(readings('801000081', 7)?.every((r) => r.length === 7)).toBe(true)
    expect(readings('0000000', 7)).toEqual([[0, 0, 0, 0, 0, 0, 0]])
  })
  it('treats white space as a cut and keeps signs at a cell start', () => {
    expect(readings('23 0', 2)).toEqual([[23, 0]])
    expect(readings('230 000023', 7)?.some((r) => r[0] === 2300 || r[1] === 0 && r[0] === 2)).toBe(false)
    expect(readings('630-369162045', 3)).toContainEqual([630, -369, 162045])
    expect(readings('630-369162045', 3)?.every((r) => r.some((v) => v < 0))).toBe(true)
  })
  it('allows decimals only where the column takes them', () => {
    expect(readings('5949.088667', 1, () => true)).toEqual([[5949.088667]])
    expect(readings('12.5', 2, () => false)).toEqual([])
  })
})

const rows = (paths: string[]) => APPLICATIONS_2021.rows.filter((r) => paths.includes(r.path))

describe('resolveGlued: the report arithmetic decides, or nothing does', () => {
  it('reads a row whose total admits one cut', () => {
    const [row] = rows(['applications.rows.newlyReceived'])
    const result = resolveGlued([{ row, text: '801000081' } as GluedRow], new Map(), EQUATIONS['2021'], [])
    expect(result.values.get('applications.rows.newlyReceived.naturalPerson')).toBe(80)
    expect(result.values.get('applications.rows.newlyReceived.total')).toBe(81)
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['glued_cells', 'applications.rows.newlyReceived']])
  })

  it('leaves a row null with ambiguous_cells when two cuts fit its total', () => {
    // 220000022 = 22|0|0|0|0|0|22 or 2|20|0|0|0|0|22: both add up.
    const [row] = rows(['applications.rows.results.disclosed'])
    const result = resolveGlued([{ row, text: '220000022' } as GluedRow], new Map(), EQUATIONS['2021'], [])
    expect(result.values.get('applications.rows.results.disclosed.naturalPerson')).toBeNull()
    expect(result.values.get('applications.rows.results.disclosed.commercialEnterprise')).toBeNull()
    expect(result.values.get('applications.rows.results.disclosed.total')).toBe(22)
    expect(result.warnings.map((w) => w.code)).toEqual(['ambiguous_cells'])
  })

  it('uses the column totals of other rows to settle it', () => {
    const [row] = rows(['applications.rows.results.disclosed'])
    const known: CellValues = new Map()
    // Every other result row is zero and the results total is 22|0|…|22: only 22|0|0|0|0|0|22 fits.
    for (const r of APPLICATIONS_2021.rows) {
      if (!r.path.includes('.results.') || r.path === row?.path) continue
      for (const { key: c } of r.columns) known.set(`${r.path}.${c}`, r.path.endsWith('.total') ? (c === 'naturalPerson' || c === 'total' ? 22 : 0) : 0)
    }
    const result = resolveGlued([{ row, text: '220000022' } as GluedRow], known, EQUATIONS['2021'], [])
    expect(result.values.get('applications.rows.results.disclosed.naturalPerson')).toBe(22)
    expect(result.values.get('applications.rows.results.disclosed.commercialEnterprise')).toBe(0)
    expect(result.warnings.map((w) => w.code)).toEqual(['glued_cells'])
  })

  it('reads no cell of a row whose every cut breaks its own total, where the cuts agree on some cells', () => {
    // `25 0 23 8 0 0` with the total unprinted (a viewer's reading order): cut as seven cells, 2|5|0|23|8|0|0 and
    // 25|0|2|3|8|0|0 both put 8 in legalServiceAgency and 0 in the total, and neither adds up.
    const [row] = rows(['applications.rows.results.notDisclosed.prohibitedByLaw'])
    const result = resolveGlued([{ row, text: '25 0 23 8 0 0', token: 0 } as GluedRow], new Map(), EQUATIONS['2021'], [])
    const path = 'applications.rows.results.notDisclosed.prohibitedByLaw'
    expect(['naturalPerson', 'legalServiceAgency', 'otherOrganization', 'total'].map((c) => result.values.get(`${path}.${c}`))).toEqual([null, null, null, null])
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['ambiguous_cells', path]])
  })

  it('never picks between cuts that no arithmetic ties (table 二)', () => {
    const row = ACTIVE_DISCLOSURE_2021.rows.find((r) => r.path === 'activeDisclosure.normativeDocuments')
    if (!row) throw new Error('no such row')
    const result = resolveGlued([{ row, text: '77132470', token: 0 }], new Map(), EQUATIONS['2021'], [])
    expect(['issued', 'repealed', 'inForce'].map((c) => result.values.get(`activeDisclosure.normativeDocuments.${c}`))).toEqual([null, null, null])
    expect(result.warnings[0]?.code).toBe('ambiguous_cells')
  })
})

describe('a row with a cell missing is not glue', () => {
  it('leaves the row null rather than cutting a neighbouring cell in two', async () => {
    const { convertReport } = await import('../convert.ts')
    const { fixture } = await import('../../test/support/fixtures.ts')
    // The seed, one cell per line, with the line of （二）部分公开's commercialEnterprise (6) deleted: 78 0 0 0 0 84.
    // (Deleting only the digit would leave a line of spaces: a blank cell, which it then reads as.)
    const seed = fixture('corpus/nansha-2020-mirror.txt')
    const at = seed.indexOf('\n', seed.indexOf('78', seed.indexOf('部分公開')))
    const line = seed.indexOf('\n', seed.indexOf('6', at))
    const damaged = seed.slice(0, at) + seed.slice(line)
    const report = convertReport(damaged, { inputType: 'text' })
    expect(Object.values(valueAt(report, 'applications.rows.results.partiallyDisclosed') ?? {})).toEqual(Array(7).fill(null))
    expect(report.warnings.some((w) => w.path === 'applications.rows.results.partiallyDisclosed' && ['unreadable_row', 'ambiguous_cells'].includes(w.code))).toBe(true)
    expect(report.warnings.some((w) => w.code === 'glued_cells')).toBe(false)
  })
})
