import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.ts'
import { fold, halfWidth } from './fold.ts'
import { collapseSpaces, fromUnits, isSpace } from './units.ts'

/**
 * The one-pass rewrites give what the regular expressions they replace gave, on every BMP unit and on
 * random texts of white space, quotes, full-width forms, invisible characters and surrogates.
 */
const UNITS = [0x20, 0x09, 0x0a, 0x00, 0x1f, 0x0c, 0x7f, 0x3000, 0xa0, 0x2007, 0x200b, 0xfeff, 0xff11, 0xff02, 0x22, 0x201c, 0x300c, 0x4e00, 0xd800, 0xdc00, 0x61]
const text = fc.array(fc.oneof(fc.constantFrom(...UNITS), fc.integer({ min: 0, max: 0xffff })), { maxLength: 6000 }).map((units) => String.fromCharCode(...units))

const regexFold = (t: string) =>
  t.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').replace(/[\s"'“”‘’「」『』]/g, '')
const regexHalf = (t: string) => t.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const regexClean = (t: string) => t.replace(/[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')

describe('one-pass rewrites', () => {
  it('isSpace is /\\s/ on every BMP unit', () => {
    for (let u = 0; u < 0x10000; u++) if (isSpace(u) !== /\s/.test(String.fromCharCode(u))) throw new Error(`U+${u.toString(16)}`)
  })

  it('fold, halfWidth, collapseSpaces and the clean-up equal their regular expressions', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(fold(t)).toBe(regexFold(t))
        expect(halfWidth(t)).toBe(regexHalf(t))
        expect(collapseSpaces(t)).toBe(t.replace(/\s+/g, ' '))
        expect(cleanText(t).text).toBe(regexClean(t))
      }),
      { numRuns: 300 },
    )
  })

  it('return the text itself when nothing changes, and long texts whole (past the 4,096-unit chunks)', () => {
    const plain = '本年新收政府信息公开申请数量'
    expect(fold(plain)).toBe(plain)
    const long = `${'a '.repeat(50_000)}區`
    expect(fold(long)).toBe(`${'a'.repeat(50_000)}區`)
    expect(collapseSpaces(long.replace(/ /g, ' \t'))).toBe(long)
  })

  it('fromUnits gives the units as they are: lone surrogates, U+FFFD and a leading BOM kept, at every length', () => {
    const made = (units: number[]) => fromUnits(Uint16Array.from(units), units.length)
    const same = (units: number[]) => expect(made(units)).toBe(units.map((u) => String.fromCharCode(u)).join(''))
    for (const length of [0, 1, 63, 64, 65, 200, 4096, 4097, 9000]) {
      const units = Array.from({ length }, (_, k) => 0x4e00 + (k % 300))
      same(units)
      if (length === 0) continue
      for (const odd of [0xd800, 0xdc00, 0xfffd, 0xfeff]) {
        same([odd, ...units.slice(1)])
        same([...units.slice(0, -1), odd])
      }
      same(units.map((u, k) => (k % 2 === 0 ? 0xd83d : 0xde00)))
    }
  })
})
