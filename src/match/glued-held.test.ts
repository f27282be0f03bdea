import { describe, expect, it } from 'vitest'
import { EQUATIONS } from '../model/equations.ts'
import { APPLICATIONS_2021 } from '../model/applications.ts'
import { constraintsByPath, constraintsOf, holdsIn, inRow, touchingAny, type RowConstraint } from './glued-constraints.ts'
import { listable, listReadings, piecesOf } from './glued-cuts.ts'
import { heldReadings } from './glued-held.ts'
import { readingsThatHold } from './glued-sums.ts'

const row = APPLICATIONS_2021.rows.find((r) => r.path === 'applications.rows.newlyReceived')
if (!row) throw new Error('no row newlyReceived')
const paths = row.columns.map((c) => `${row.path}.${c.key}`)
const local = touchingAny(constraintsByPath(constraintsOf(EQUATIONS['2021'], [])), paths).flatMap((c) => inRow(c, paths, new Map()) ?? [])

/** Seven counts, the last the sum of the others (or off by one), glued, some with white space; seeded by `n`. */
function gluedRow(n: number): string {
  let s = n
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648)
  const cells = Array.from({ length: 6 }, () => (next() % 3 === 0 ? 0 : next() % 10 ** (1 + (next() % 3))))
  const off = next() % 5 === 0 ? 1 : 0
  const all = [...cells, cells.reduce((a, b) => a + b, off)]
  // Most runs one piece; some split at a cell boundary or two (white space always cuts).
  return all.map((c, k) => (k > 0 && next() % 6 === 0 ? ' ' : '') + String(c)).join('')
}

/** Seven counts of up to four digits, the last the sum of the others, glued in one run (mulberry32 seeded by `n`). */
function longRow(n: number): string {
  let a = n >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return (t ^ (t >>> 14)) >>> 0
  }
  const cells = Array.from({ length: 6 }, () => (next() % 4 === 0 ? 0 : next() % 10 ** (1 + (next() % 4))))
  return [...cells, cells.reduce((x, y) => x + y, 0)].join('')
}

/** What resolveGlued did before heldReadings: every cut listed, those that hold kept, in the listing's order. */
function listedThatHold(text: string, want: number, constraints: readonly RowConstraint[]): number[][] | null {
  const pieces = piecesOf(text)
  if (!listable(pieces, want, () => false)) return null
  return listReadings(pieces, want, () => false)?.filter((r) => constraints.every((c) => holdsIn(c, r))) ?? null
}

describe('heldReadings: the listed cuts that keep the row’s arithmetic, in the listing’s order, without listing', () => {
  it('gives exactly what listing and keeping those that hold gives, order and all, wherever it answers', () => {
    let compared = 0
    let several = 0
    let pieced = 0
    for (let n = 1; n <= 3000; n++) {
      const text = gluedRow(n)
      const want = listedThatHold(text, 7, local)
      if (!want) continue
      const pieces = piecesOf(text)
      const held = heldReadings(pieces, 7, local, 1_000_000)
      if (!held) continue
      compared++
      if (held.length > 1) several++
      if (pieces.length > 1) pieced++
      expect(held, text).toEqual(want)
    }
    expect(compared).toBeGreaterThan(1000)
    expect(several).toBeGreaterThan(50)
    expect(pieced).toBeGreaterThan(200)
  })

  it('gives what readingsThatHold gives a run too long to list, where one reading holds', () => {
    let compared = 0
    for (let n = 1; n <= 3000; n++) {
      const text = longRow(n)
      const pieces = piecesOf(text)
      const held = heldReadings(pieces, 7, local, 1_000_000)
      if (listable(pieces, 7, () => false) || held?.length !== 1) continue
      compared++
      expect(readingsThatHold(pieces, 7, local, 2000), text).toEqual(held)
    }
    expect(compared).toBeGreaterThan(20)
  })

  it('orders readings as the listing does: a piece’s fewer cells first, then its shorter first cell', () => {
    // 2|0|3|65|20|0|90, 2|0|36|52|0|0|90 and 20|3|65|2|0|0|90 all hold; the search from the end finds them in another order.
    expect(heldReadings(['2036520090'], 7, local, 1_000_000)).toEqual([
      [2, 0, 3, 65, 20, 0, 90],
      [2, 0, 36, 52, 0, 0, 90],
      [20, 3, 65, 2, 0, 0, 90],
    ])
    expect(listedThatHold('2036520090', 7, local)).toEqual(heldReadings(['2036520090'], 7, local, 1_000_000))
  })

  it('leaves to the listing what it cannot be sure of: no arithmetic, a sign, a long cell, a search past its bound', () => {
    expect(heldReadings(['2036520090'], 7, [], 1_000_000)).toBeNull()
    expect(heldReadings(['2036', '-520090'], 7, local, 1_000_000)).toBeNull()
    // 10**15|0|0|0|0|0|10**15 holds, of two 16-digit cells, which the search does not cut: it must not answer none.
    const long = `1${'0'.repeat(15)}00000${'1'.padEnd(16, '0')}`
    expect(listedThatHold(long, 7, local)).toContainEqual([1e15, 0, 0, 0, 0, 0, 1e15])
    expect(heldReadings([long], 7, local, 1_000_000)).toBeNull()
    expect(heldReadings(['2036520090'], 7, local, 3)).toBeNull()
    // A run of few cuts is listed (and the listing kept for the rows printed alike).
    expect(heldReadings(['801000081'], 7, local, 1_000_000)).toBeNull()
  })
})
