import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertDocument } from '../../src/convert-document.ts'
import { writeDocx } from '../support/docx-write.ts'
import { fromGen } from '../support/generator/random.ts'
import { generateReport } from '../support/generator/report.ts'
import { verify } from '../support/generator/verify.ts'
import { documentProvenanceProblems, numbersWithoutSource } from '../support/provenance-check.ts'

/**
 * Property: a random report of either format, saved as a .docx by a Word-writing library (merged cells as
 * w:gridSpan and w:vMerge, blanks as empty cells), converts to exactly the generated report: every number,
 * null with a warning exactly where a cell is blank, the report fields, the narrative and every check.
 */
const RUNS = 200

describe('generated reports saved as .docx', () => {
  it('return exactly the generated report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const r = fromGen(g)
        const report = generateReport(r, { allowEmpty: true, resultsLabel: r.pick(['span', 'own-line']) })
        const bytes = await writeDocx(report.doc)
        const got = await convertDocument(bytes)
        expect(got.source.inputType).toBe('docx')
        const rendered = { input: '', inputType: 'html' as const, generated: report, source: { script: 'simplified' as const, annotationsRemoved: 0, noiseRemoved: false } }
        const diffs = [...verify(rendered, got as never), ...documentProvenanceProblems(got), ...numbersWithoutSource(got).map((p) => `${p}: no source`)]
        if (diffs.length > 0) throw new Error(`${diffs.length} difference(s):\n${diffs.slice(0, 12).join('\n')}`)
      }),
      { numRuns: RUNS, endOnFailure: true },
    )
  }, 300_000)
})
