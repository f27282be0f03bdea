import { describe, expect, it } from 'vitest'
import { countReadings } from './glued-count.ts'
import { readings } from './glued-cuts.ts'

/** Small runs of digits, zeros, signs, points and spaces, drawn from a fixed seed. */
function runs(n: number): string[] {
  let a = 975711252
  const next = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24
  const alphabet = '0001234567890.- '
  return Array.from({ length: n }, () => Array.from({ length: 2 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''))
}

const pieces = (text: string) => text.trim().split(/\s+/).filter(Boolean).flatMap((s) => s.split(/(?=[+-])/))

describe('countReadings: as many readings as readings() lists', () => {
  it('agrees with the listing on 2,000 small runs, with and without decimal columns', () => {
    let compared = 0
    for (const text of runs(2000)) {
      for (const want of [1, 2, 3, 5]) {
        for (const decimal of [() => false, (k: number) => k % 2 === 0]) {
          const listed = readings(text, want, decimal)
          expect(listed).not.toBeNull()
          expect(countReadings(pieces(text), want, decimal, 2000)).toBe(listed?.length)
          compared++
        }
      }
    }
    expect(compared).toBe(16_000)
  })
  it('stops counting past the bound, and readings() then lists nothing', () => {
    const run = '3504220229902220617646465759059'
    expect(countReadings([run], 7, () => false, 2000)).toBe(2001)
    expect(readings(run, 7)).toBeNull()
    expect(countReadings(['801000081'], 7, () => false, 2000)).toBe(readings('801000081', 7)?.length)
  })
})
