import { beforeAll, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { describeWithTools, expectShape, seedsOfRun } from '../support/tools/acceptance.ts'
import { officeCases, source, TOOL_SHAPES, type ToolCase } from '../support/tools/cases.ts'
import { hasSoffice, SOFFICE } from '../support/tools/soffice.ts'

/**
 * Generated reports written as .docx (merged cells as gridSpan and vMerge) and as a page, each saved as text by
 * LibreOffice: the converter must give no wrong cell and read at least 99.5% of them.
 */
const CASES = 12
const seeds = seedsOfRun(CASES)

describeWithTools(`LibreOffice's text of generated .docx and pages (seeds ${seeds[0]}…)`, hasSoffice ? null : `${SOFFICE} is missing (apt-get install -y libreoffice-writer-nogui)`, () => {
  let cases: ToolCase[] = []

  beforeAll(async () => {
    cases = await officeCases(await Promise.all(seeds.map((s) => source(s, 'office'))))
  }, 240_000)

  it('keeps each .docx beside its text: a zip holding word/document.xml, whose tables LibreOffice read', () => {
    const docx = cases.filter((c) => c.shape === 'LibreOffice text of a .docx')
    expect(docx).toHaveLength(CASES)
    for (const c of docx) {
      expect(c.docx?.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]))
      expect(Buffer.from(c.docx ?? []).includes('word/document.xml')).toBe(true)
      // Table 四's header cells, which stand only in a table: the text holds the tables, not only the prose.
      expect(c.input).toContain('结果维持')
    }
  })

  it.each(TOOL_SHAPES.office)('%s: no wrong cell, ≥ 99.5% read', (shape) => {
    expectShape(cases, shape, convertReport)
  })
})
