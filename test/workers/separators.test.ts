import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { misplacedNumbers } from '../support/fuzz/generated.ts'
import { fromGen, seeded } from '../support/generator/random.ts'
import { SHAPES } from '../support/generator/shapes.ts'
import { verify } from '../support/generator/verify.ts'

/**
 * No text is joined with a character that input can contain (issue 11). A generated Traditional report —
 * HTML or tab-separated, so that its rows hold several cells — with a control character put into the
 * first cell of its first table reads exactly as generated: no number moves to a neighbour's cell.
 */
const MIRROR = SHAPES.find((s) => s.name.startsWith('Traditional mirror'))
const CONTROLS = ['\u001f', '\u001e', '\u0000', '\u0001']

/** The input with `control` at the start of the first table cell: after `<td…>`, or before the first tab row's text. */
function touch(input: string, inputType: 'html' | 'text', control: string): string {
  if (inputType === 'html') return input.replace(/<td[^>]*>/, (tag) => tag + control)
  return input.replace(/^([^\n\t]*)\t/m, (_, first: string) => `${control}${first}\t`)
}

describe('a control character inside a cell of a Traditional report', () => {
  it('moves no number: every cell as generated', () => {
    if (!MIRROR) throw new Error('the generator has no Traditional mirror shape')
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom(...CONTROLS), (g, control) => {
        const rendered = MIRROR.render(fromGen(g))
        const input = touch(rendered.input, rendered.inputType, control)
        // One-cell-per-line text has no neighbour in its row to take a number: only HTML and tab rows tell.
        fc.pre(input !== rendered.input)
        const report = convertReport(input, { inputType: rendered.inputType })
        // No number in another cell, ever; and every cell as generated unless the engine said a row has two
        // readings. It does so rightly where a row the generator made inconsistent adds up only in another
        // order (order-evidence.ts): fast-check seed 1368055913, path 46 — 予以公开 printed 6 3 0 0 0 0 with total
        // 3, which adds up as 3 + 3 = 6 — failed the exact check on every commit of 2026-12-01, from the first.
        expect(misplacedNumbers(rendered, report as never)).toEqual([])
        if (!report.warnings.some((w) => w.code === 'ambiguous_cells')) expect(verify(rendered, report as never)).toEqual([])
      }),
      // No shrinking: a shrunk `fc.gen` case is no simpler to read, and each step re-runs a conversion.
      { numRuns: 60, endOnFailure: true },
    )
  })
})

describe('a control character after a number in its cell', () => {
  // Found by the fuzzing of generated reports (test/workers/fuzz.test.ts): `0件` + U+001F is no number, and
  // the row's next number was read into the blank before it. The cell must be null, its neighbours their own.
  it.each(['official HTML (rowspan/colspan)', 'text, tab-separated rows'])('moves no number into a neighbour’s cell: %s', (name) => {
    const shape = SHAPES.find((s) => s.name === name)
    if (!shape) throw new Error(`no shape ${name}`)
    for (let seed = 1; seed <= 30; seed++) {
      const rendered = shape.render(seeded(seed))
      let count = 0
      // Every fifth value cell becomes `N件` and a U+001F.
      const touch = (all: string, before: string, digits: string) => (count++ % 5 === 2 ? `${before}${digits}件\u001f` : all)
      const input =
        rendered.inputType === 'html'
          ? rendered.input.replace(/(<td[^>]*>(?:<[^>]+>)*)(\d[\d,]*)(?=<)/g, touch)
          : rendered.input.replace(/(^|\t)(\d[\d,]*)(?=\t|$)/gm, touch)
      expect(input).not.toBe(rendered.input)
      const report = convertReport(input, { inputType: rendered.inputType }) as unknown as Record<string, unknown>
      expect(misplacedNumbers(rendered, report), `seed ${seed}`).toEqual([])
    }
  })
})

