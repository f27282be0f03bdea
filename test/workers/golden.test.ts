import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { CASES } from '../support/fixtures.ts'
import { compareWithOracleAllowingAmbiguity, inventedNumbers } from '../support/oracle.ts'
import { post } from '../support/worker.ts'

describe.each(CASES)('$name', ({ name, input, inputType, expected }) => {
  it('matches its oracle and invents no number (library)', () => {
    const report = convertReport(input, { inputType })
    expect(inventedNumbers(expected, report)).toEqual([])
    expect(compareWithOracleAllowingAmbiguity(name, expected, report)).toEqual([])
  })

  it('matches its oracle through the Worker', async () => {
    const res = await post('/v1/convert', input, inputType === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8')
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(inventedNumbers(expected, report)).toEqual([])
    expect(compareWithOracleAllowingAmbiguity(name, expected, report)).toEqual([])
  })
})
