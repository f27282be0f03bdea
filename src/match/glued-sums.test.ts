import { describe, expect, it } from 'vitest'
import { EQUATIONS } from '../model/equations.ts'
import { APPLICATIONS_2021 } from '../model/applications.ts'
import { constraintsByPath, constraintsOf, holdsIn, inRow, touchingAny, type RowConstraint } from './glued-constraints.ts'
import { readingsThatHold, searchFromEnd } from './glued-sums.ts'
import { readings } from './glued-cuts.ts'
import { resolveGlued, type GluedRow } from './glued.ts'

const row = APPLICATIONS_2021.rows.find((r) => r.path === 'applications.rows.newlyReceived')
if (!row) throw new Error('no row newlyReceived')
const paths = row.columns.map((c) => `${row.path}.${c.key}`)
const local = touchingAny(constraintsByPath(constraintsOf(EQUATIONS['2021'], [])), paths).flatMap((c) => inRow(c, paths, new Map()) ?? [])

/** A row of seven counts whose last is the sum of the others; a small generator seeded by `n` (cells of up to `digits`). */
function rowCells(n: number, digits = 3): number[] {
  let s = n
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648)
  const cells = Array.from({ length: 6 }, () => (next() % 4 === 0 ? 0 : next() % 10 ** (1 + (next() % digits))))
  return [...cells, cells.reduce((a, b) => a + b, 0)]
}

/** The row glued. */
function gluedRow(n: number, digits = 3): string {
  return rowCells(n, digits).join('')
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

/**
 * The search from the run's end as first written: every start tried one by one (the first column's too), each
 * constraint summed anew over the cells assigned. Its readings and its count of tries are what searchFromEnd must give
 * (the tries bound the search: a run that needs more is left ambiguous).
 */
function searchOneByOne(run: string, pieceEnds: number[], want: number, local: readonly RowConstraint[]): { out: number[][]; tries: number } {
  const reading = new Array<number>(want).fill(0)
  const assigned = new Array<boolean>(want).fill(false)
  const out: number[][] = []
  let tries = 0
  const possible = (columns: number, digits: number) =>
    local.every((c) => {
      let d = c.value
      let up = 0
      let down = 0
      for (const k of c.right) if (assigned[k]) d += reading[k] as number; else up++
      for (const k of c.left) if (assigned[k]) d -= reading[k] as number; else down++
      if (up === 0 && down === 0) return !(Math.abs(d) > 1e-9)
      if (up > 0 && down > 0) return true
      const need = up > 0 ? -d : d
      if (need < -1e-9) return false
      const widest = Math.ceil(digits / columns)
      const least = widest >= 2 ? 10 ** (widest - 1) : 0
      const largest = columns * (10 ** (digits - columns + 1) - 1)
      return !(up + down === columns && (need < least || need > largest))
    })
  const cut = (k: number, end: number): void => {
    if (k < 0) {
      if (end === 0) out.push(reading.slice())
      return
    }
    let value = 0
    let scale = 1
    for (let start = end - 1; start >= k; start--) {
      tries++
      if ((start + 1 < end && pieceEnds.includes(start + 1)) || end - start > 15) break
      const digit = run.charCodeAt(start) - 48
      value += digit * scale
      scale *= 10
      if (k === 0 && start > 0) continue
      if (digit === 0 && start < end - 1) continue
      reading[k] = value
      assigned[k] = true
      if (possible(k, start)) cut(k - 1, start)
      assigned[k] = false
    }
  }
  cut(want - 1, run.length)
  return { out, tries }
}

describe('searchFromEnd: the same readings and the same count of tries as trying each start', () => {
  it('gives up at the very try the search one start at a time would, and not before', () => {
    let compared = 0
    for (let n = 1; n <= 400; n++) {
      // Runs past 16 digits too: some of a first cell of 16–19 digits, the others' sum stated (every cut of them that
      // keeps it leaves a first cell that would pass 15 digits before it reaches the run's start).
      const cells = rowCells(n, n % 2 === 0 ? 5 : 3)
      const long = n % 4 === 0 ? `${'1234567890123456789'.slice(0, 16 + (n % 16) / 4)}` : ''
      let text = long + (long ? cells.slice(1) : cells).join('')
      // Some runs split in pieces (a cell never spans one's end).
      const split = n % 3 === 0 ? [Math.floor(text.length / 3), Math.floor((2 * text.length) / 3)] : n % 3 === 1 ? [] : [2]
      const pieces: string[] = []
      let from = 0
      for (const at of [...split, text.length]) {
        if (at > from) pieces.push(text.slice(from, at))
        from = Math.max(from, at)
      }
      text = pieces.join('')
      // Some with a constant no whole cells make up; some leaving the first cell free (every end of it is tried).
      const others = cells.slice(1).reduce((a, b) => a + b, 0)
      const constraints = long
        ? [{ left: [1, 2, 3, 4, 5, 6], right: [], value: others }]
        : n % 7 === 0 ? local.map((c) => ({ ...c, value: c.value + 0.5 })) : n % 5 === 0 ? local.map((c) => ({ ...c, right: c.right.filter((k) => k !== 0), left: c.left.filter((k) => k !== 0) })) : local
      const pieceEnds: number[] = []
      for (let at = 0, i = 0; i < pieces.length; i++) pieceEnds.push((at += (pieces[i] as string).length))
      const want = searchOneByOne(text, pieceEnds, 7, constraints)
      if (want.out.length > 2000) continue
      compared++
      expect(searchFromEnd(pieces, 7, constraints, 2000, want.tries, false), text).toEqual(want.out)
      expect(searchFromEnd(pieces, 7, constraints, 2000, want.tries - 1, false), text).toBeNull()
    }
    expect(compared).toBeGreaterThan(300)
  })

  it('reads a first cell with a leading zero as no cell', () => {
    const last = (value: number) => [{ left: [1], right: [], value }]
    expect(searchFromEnd(['0123'], 2, last(123), 2000, 100, false)).toEqual([[0, 123]])
    expect(searchFromEnd(['0123'], 2, last(23), 2000, 100, false)).toEqual([])
  })
})
