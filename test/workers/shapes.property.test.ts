import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { ConvertError } from '../../src/input/errors.ts'
import { fromGen } from '../support/generator/random.ts'
import { SHAPES } from '../support/generator/shapes.ts'
import { verify } from '../support/generator/verify.ts'

/**
 * Property: for a random valid report of either format version, written in any shape users paste, the
 * converter returns exactly the generated numbers — null with a warning exactly where a cell is blank —
 * the report fields, the narrative, and every check with the status the numbers call for.
 *
 * Runs per shape: thousands in every run, tuned so that the whole suite stays within a few minutes on
 * two cores (docs/engine.md gives the measurement).
 */
const RUNS = 1000
/** The glued shape's reading searches many cuts per row (~35 ms a report): fewer runs keep the suite's time. */
const RUNS_BY_SHAPE: Record<string, number> = { 'text, cells glued together with no separator (crawler dump)': 400 }

describe.each(SHAPES)('$name', (shape) => {
  it('returns exactly the generated report', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const rendered = shape.render(fromGen(g))
        const report = convertReport(rendered.input, { inputType: rendered.inputType })
        const diffs = verify(rendered, report as never, shape.mode)
        if (diffs.length > 0) throw new Error(`${diffs.length} difference(s):\n${diffs.slice(0, 12).join('\n')}\n--- input (start) ---\n${rendered.input.slice(0, 3000)}`)
      }),
      // No shrinking: each step re-runs a conversion, and a shrunk `fc.gen` case is no simpler to read than
      // the first one. The first counterexample is reported at once, with its seed to replay it.
      { numRuns: RUNS_BY_SHAPE[shape.name] ?? RUNS, endOnFailure: true },
    )
  }, 120_000)
})

describe('a report before 2019 (free-form tables)', () => {
  it('answers unsupported_format with its year, whatever its shape', () => {
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom(...SHAPES), fc.integer({ min: 2008, max: 2018 }), (g, shape, year) => {
        const rendered = shape.render(fromGen(g), { year })
        let error: unknown
        try {
          convertReport(rendered.input, { inputType: rendered.inputType })
        } catch (e) {
          error = e
        }
        expect(error).toBeInstanceOf(ConvertError)
        expect(error).toMatchObject({ code: 'unsupported_format', details: { year } })
      }),
      { numRuns: 200 },
    )
  })
})
