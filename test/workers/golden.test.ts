import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { CASES } from '../support/fixtures.ts'
import { compareWithOracle, inventedNumbers } from '../support/oracle.ts'
import { post } from '../support/worker.ts'

/**
 * Cases whose cells are glued together with no separator (crawler dumps). Reading them by the report's
 * arithmetic is the extraction engine's work; until then they must hold no invented number.
 */
const GLUED_PENDING = new Set(['corpus/02-pingtan-2019', 'corpus/06-pingtan-2023'])

describe.each(CASES)('$name', ({ name, input, inputType, expected }) => {
  const pending = GLUED_PENDING.has(name)

  it(pending ? 'invents no number (library)' : 'matches its oracle (library)', () => {
    const report = convertReport(input, { inputType })
    expect(inventedNumbers(expected, report)).toEqual([])
    if (!pending) expect(compareWithOracle(expected, report)).toEqual([])
  })

  it(pending ? 'invents no number (Worker)' : 'matches its oracle through the Worker', async () => {
    const res = await post('/v1/convert', input, inputType === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8')
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(inventedNumbers(expected, report)).toEqual([])
    if (!pending) expect(compareWithOracle(expected, report)).toEqual([])
  })
})
