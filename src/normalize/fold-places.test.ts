import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fold } from './fold.ts'
import { foldWithPlaces } from './fold-places.ts'

/** Units fold changes, drops or keeps, surrogates among them: a piece's fold is the whole fold's slice at its places. */
const UNITS = [0x20, 0x09, 0x3000, 0xa0, 0xff11, 0xff0c, 0xff08, 0x22, 0x27, 0x201c, 0x2019, 0x300c, 0x300f, 0x4e00, 0x9fff, 0xd800, 0xdc00, 0xfffd, 0xfeff, 0x31, 0x2c]
const text = fc.array(fc.oneof(fc.constantFrom(...UNITS), fc.integer({ min: 0, max: 0xffff })), { maxLength: 300 }).map((units) => String.fromCharCode(...units))

describe('foldWithPlaces', () => {
  it('folds as fold does, and every slice of the text folds to the slice at its places', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, x, y) => {
        const { folded, places } = foldWithPlaces(t)
        expect(folded).toBe(fold(t))
        const a = t.length === 0 ? 0 : x % (t.length + 1)
        const b = t.length === 0 ? 0 : a + (y % (t.length + 1 - a))
        expect(folded.slice(places[a], places[b])).toBe(fold(t.slice(a, b)))
      }),
      { numRuns: 3000 },
    )
  })

  it('gives a text fold leaves alone back as it is', () => {
    const t = '本年新收政府信息公开申请数量801000081'
    expect(foldWithPlaces(t).folded).toBe(t)
    expect(foldWithPlaces('（一）予以 “公开”').folded).toBe('(一)予以公开')
  })
})
