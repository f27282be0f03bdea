import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCell } from './numbers.ts'

/**
 * Plain digits are read without the patterns (the cell most reports print most): the same readings as the
 * patterns give — a count, or a run of glued cells where a leading zero or more than 15 digits says so.
 */
describe('readCell on plain digits', () => {
  it('reads counts, and leading zeros and long runs as digits', () => {
    expect(readCell('0')).toEqual({ kind: 'number', value: 0, unit: null })
    expect(readCell('735')).toEqual({ kind: 'number', value: 735, unit: null })
    expect(readCell('123456789012345')).toEqual({ kind: 'number', value: 123456789012345, unit: null })
    expect(readCell('1234567890123456')).toEqual({ kind: 'digits', digits: '1234567890123456' })
    expect(readCell('0512')).toEqual({ kind: 'digits', digits: '0512' })
    expect(readCell('00')).toEqual({ kind: 'digits', digits: '00' })
  })

  it('leaves what is not plain digits to the patterns', () => {
    expect(readCell('1,234')).toEqual({ kind: 'number', value: 1234, unit: null })
    expect(readCell('12件')).toEqual({ kind: 'number', value: 12, unit: '件' })
    expect(readCell('-3')).toEqual({ kind: 'number', value: -3, unit: null })
    expect(readCell('')).toEqual({ kind: 'blank' })
    expect(readCell('１２')).toEqual({ kind: 'text' })
  })

  it('gives a digit string the reading its digits give, at any length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,24}$/), (digits) => {
        const run = (digits.length > 1 && digits.startsWith('0')) || digits.length > 15
        expect(readCell(digits)).toEqual(run ? { kind: 'digits', digits } : { kind: 'number', value: Number(digits), unit: null })
      }),
    )
  })
})
