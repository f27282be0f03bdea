import { describe, expect, it } from 'vitest'
import { mutation } from '../../test/support/generator/mutate.ts'
import { seeded } from '../../test/support/generator/random.ts'
import { SHAPES } from '../../test/support/generator/shapes.ts'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'

/**
 * A flat grid written one cell a line repeats each spanned label on lines of its own: table 四's column groups
 * `行政复议` ×5, `未经复议直接诉讼` ×5, `复议后诉讼` ×5. Each copy is as good a place for its label as the next, and
 * the copies had been taken for rival texts: the table was not found. A run of copies, nothing between them, is
 * one label written out over its columns. Seeds 13 and 19 of the generator's one-cell-a-line shape, flattened.
 */
const shape = SHAPES.find((s) => s.name === 'text, one cell per line')

describe.each([13, 19])('table 四 as a flat grid, one cell a line (seed %i)', (seed) => {
  it('is found and read whole', () => {
    if (!shape) throw new Error('no one-cell-per-line shape')
    const rendered = shape.render(seeded(seed), { mutate: mutation(shape.carries, ['flat']) })
    expect(rendered.input).toMatch(/行政复议\s+行政复议\s+行政复议/)
    const report = convertReport(rendered.input, { inputType: rendered.inputType })
    const cells = [...rendered.generated.expected.cells].filter(([path]) => path.startsWith('reviewLitigation.'))
    expect(cells).toHaveLength(15)
    for (const [path, want] of cells) expect([path, valueAt(report, path)]).toEqual([path, want])
  })
})
