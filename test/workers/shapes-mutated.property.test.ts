import fc from 'fast-check'
import { describe, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { mutation } from '../support/generator/mutate.ts'
import { fromGen } from '../support/generator/random.ts'
import { SHAPES } from '../support/generator/shapes.ts'
import { verify } from '../support/generator/verify.ts'

/**
 * Property: the reports of shapes.property.test.ts after the changes real people make (test/support/generator/
 * mutate.ts) — typos and synonyms in headings and labels, wrapped and stacked labels, flat grids repeating spanned
 * labels, blanks of whitespace, titles only in `<title>`, over two lines or apart from their year, signs inside
 * glued rows — still read exactly as generated: every number, every blank null with its warning, the report
 * fields, the narrative and the checks. These are the acceptance tests of the engine that finds tables by what
 * they hold and reads rows by alignment.
 */
const RUNS = 150
const RUNS_BY_SHAPE: Record<string, number> = { 'text, cells glued together with no separator (crawler dump)': 60 }

describe.each(SHAPES)('mutated: $name', (shape) => {
  it('returns exactly the generated report', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const rendered = shape.render(fromGen(g), { mutate: mutation(shape.carries), gluedSigns: true })
        const report = convertReport(rendered.input, { inputType: rendered.inputType })
        const diffs = verify(rendered, report as never, shape.mode)
        if (diffs.length > 0) {
          const applied = rendered.generated.mutations ?? []
          throw new Error(`${diffs.length} difference(s):\n${diffs.slice(0, 12).join('\n')}\n--- mutations ---\n${applied.join('\n')}\n--- input (start) ---\n${rendered.input.slice(0, 3000)}`)
        }
      }),
      // As in shapes.property.test.ts: no shrinking, the first counterexample with its seed.
      { numRuns: RUNS_BY_SHAPE[shape.name] ?? RUNS, endOnFailure: true },
    )
  }, 120_000)
})
