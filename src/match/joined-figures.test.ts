import { describe, expect, it } from 'vitest'
import type { StatedFact } from '../locate/stated-facts.ts'
import { EQUATIONS } from '../model/equations.ts'
import type { CellValues } from './glued.ts'
import { confirmJoined, type JoinedCandidate } from './joined-figures.ts'

/** Row 一 of table 三 (2021): its total and six applicant columns, every cell but one known. */
const ROW = 'applications.rows.newlyReceived'
const COLUMNS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceAgency', 'otherOrganization']
const equations = EQUATIONS['2021']

function row(figures: (number | null)[], total: number | null): CellValues {
  const values: CellValues = new Map()
  COLUMNS.forEach((c, k) => values.set(`${ROW}.${c}`, figures[k] ?? null))
  values.set(`${ROW}.total`, total)
  return values
}
const candidate = (column: string, value: number): JoinedCandidate => ({ path: `${ROW}.${column}`, token: 7, value, unitPath: null, unit: null })

describe('figures a PDF printed broken, read only where the arithmetic confirms them', () => {
  it('reads the figure when the row total holds with it, every other cell known', () => {
    const values = row([null, 301, 1643, 21, 18554, 30], 49082)
    const got = confirmJoined([candidate('naturalPerson', 28533)], values, equations, [])
    expect(got.confirmed.map((c) => c.path)).toEqual([`${ROW}.naturalPerson`])
    expect(values.get(`${ROW}.naturalPerson`)).toBe(28533)
    expect(got.warnings.map((w) => w.code)).toEqual(['joined_figure'])
  })

  it('leaves it null when the total does not hold with it (the pieces may be two figures)', () => {
    const values = row([null, 301, 1643, 21, 18554, 30], 49000)
    expect(confirmJoined([candidate('naturalPerson', 28533)], values, equations, []).confirmed).toEqual([])
    expect(values.get(`${ROW}.naturalPerson`)).toBeNull()
  })

  it('leaves it null when another cell of the equation is unknown: nothing confirms it', () => {
    const values = row([null, 301, null, 21, 18554, 30], 49082)
    expect(confirmJoined([candidate('naturalPerson', 28533)], values, equations, []).confirmed).toEqual([])
  })

  it('leaves it null when one equation holds and another that holds the cell fails', () => {
    const values = row([null, 301, 1643, 21, 18554, 30], 49082)
    // The overview states another figure for the same cell.
    const facts: StatedFact[] = [{ id: 'stated', rule: '', paths: [`${ROW}.naturalPerson`], value: 28000 }]
    expect(confirmJoined([candidate('naturalPerson', 28533)], values, equations, facts).confirmed).toEqual([])
  })

  it('confirms a second figure once the first completes its equation', () => {
    const values = row([null, 301, 1643, 21, 18554, 30], null)
    const got = confirmJoined([candidate('naturalPerson', 28533), { ...candidate('total', 49082), path: `${ROW}.total` }], values, equations, [{ id: 'stated', rule: '', paths: [`${ROW}.total`], value: 49082 }])
    // The stated figure confirms the total; the total then confirms the row's missing cell.
    expect(got.confirmed.map((c) => c.path)).toEqual([`${ROW}.total`, `${ROW}.naturalPerson`])
  })
})
