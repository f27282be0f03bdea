import { describe, expect, it } from 'vitest'
import { EQUATIONS } from '../model/equations.ts'
import { APPLICATIONS_2021 } from '../model/applications.ts'
import { constraintsByPath, constraintsOf, holdsIn, inRow, touchingAny } from './glued-constraints.ts'
import { readingsThatHold } from './glued-sums.ts'
import { readings } from './glued-cuts.ts'
import { resolveGlued, type GluedRow } from './glued.ts'

const row = APPLICATIONS_2021.rows.find((r) => r.path === 'applications.rows.newlyReceived')
if (!row) throw new Error('no row newlyReceived')
const paths = row.columns.map((c) => `${row.path}.${c.key}`)
const local = touchingAny(constraintsByPath(constraintsOf(EQUATIONS['2021'], [])), paths).flatMap((c) => inRow(c, paths, new Map()) ?? [])

/** A row of seven counts whose last is the sum of the others, glued; a small generator seeded by `n`. */
function gluedRow(n: number): string {
  let s = n
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648)
  const cells = Array.from({ length: 6 }, () => (next() % 4 === 0 ? 0 : next() % 10 ** (1 + (next() % 3))))
  return [...cells, cells.reduce((a, b) => a + b, 0)].join('')
}

describe('readingsThatHold: the cuts that keep the row’s total, without listing the others', () => {
  it('gives exactly the listed cuts that hold, wherever the listing can be made', () => {
    let compared = 0
    for (let n = 1; n <= 300; n++) {
      const text = gluedRow(n)
      const listed = readings(text, 7)
      if (!listed) continue
      compared++
      const holding = listed.filter((r) => local.every((c) => holdsIn(c, r)))
      expect(readingsThatHold([text], 7, local, 2000)?.map(String).sort(), text).toEqual(holding.map(String).sort())
    }
    expect(compared).toBeGreaterThan(100)
  })

  it('cuts no cell across white space, and leaves runs with a sign or a point to the listing', () => {
    expect(readingsThatHold(['12', '3', '000015'], 7, local, 2000)).toEqual([[12, 3, 0, 0, 0, 0, 15]])
    // 22|0|0|0|0|0|22 and 2|20|0|0|0|0|22 both hold; a space after 22 leaves one.
    expect(readingsThatHold(['220000022'], 7, local, 2000)).toHaveLength(2)
    expect(readingsThatHold(['22', '0000022'], 7, local, 2000)).toEqual([[22, 0, 0, 0, 0, 0, 22]])
    expect(readingsThatHold(['1-2'], 7, local, 2000)).toBeNull()
    expect(readingsThatHold(['1.5'], 7, local, 2000)).toBeNull()
  })
})

describe('a glued row of large counts, too many cuts to list', () => {
  it('is read where one cut keeps its total (69377|14618|3243|44|304|1538|89124)', () => {
    const text = '6937714618324344304153889124'
    expect(readings(text, 7)).toBeNull()
    const result = resolveGlued([{ row, text, token: 0 } as GluedRow], new Map(), EQUATIONS['2021'], [])
    expect(paths.map((p) => result.values.get(p))).toEqual([69377, 14618, 3243, 44, 304, 1538, 89124])
    expect(result.warnings.map((w) => w.code)).toEqual(['glued_cells'])
  })
})
