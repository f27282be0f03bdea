import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { mutation } from '../support/generator/mutate.ts'
import { fromGen } from '../support/generator/random.ts'
import { SHAPES } from '../support/generator/shapes.ts'
import { newShare, percent, score } from '../support/generator/read-share.ts'

/**
 * Property: the reports of shapes.property.test.ts after the changes real people make (test/support/generator/
 * mutate.ts) — typos and synonyms in headings and labels, wrapped and stacked labels, flat grids repeating spanned
 * labels, blanks of whitespace, titles only in `<title>`, over two lines or apart from their year, signs inside
 * glued rows — never give a number in another cell (a cell is as generated, or null with a warning naming it),
 * and each shape reads at least its floor of cells exactly. These are the acceptance tests of the engine that
 * finds tables by what they hold and reads rows by alignment. A fixed seed, as in shapes.property.test.ts.
 */
const SEED = 20261201
const RUNS = 150
const RUNS_BY_SHAPE: Record<string, number> = { 'text, cells glued together with no separator (crawler dump)': 60 }
const FLOOR = 99.5
const FLOOR_BY_SHAPE: Record<string, number> = {
  'text, one cell per line': 97,
  'text, cells separated by runs of spaces (PDF copy)': 96,
  'HTML, header spans that disagree, blanks as empty cells': 82,
  'text, cells glued together with no separator (crawler dump)': 77,
}

describe.each(SHAPES)('mutated: $name', (shape) => {
  it('never gives a number in another cell, and reads its share of cells', () => {
    const share = newShare()
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const rendered = shape.render(fromGen(g), { mutate: mutation(shape.carries), gluedSigns: true })
        const report = convertReport(rendered.input, { inputType: rendered.inputType })
        const diffs = score(rendered, report, share)
        if (diffs.length > 0) {
          const applied = rendered.generated.mutations ?? []
          throw new Error(`${diffs.length} difference(s):\n${diffs.slice(0, 12).join('\n')}\n--- mutations ---\n${applied.join('\n')}\n--- input (start) ---\n${rendered.input.slice(0, 3000)}`)
        }
      }),
      // As in shapes.property.test.ts: no shrinking, the first counterexample with its seed.
      { seed: SEED, numRuns: RUNS_BY_SHAPE[shape.name] ?? RUNS, endOnFailure: true },
    )
    expect(percent(share)).toBeGreaterThanOrEqual(FLOOR_BY_SHAPE[shape.name] ?? FLOOR)
  }, 300_000)
})
