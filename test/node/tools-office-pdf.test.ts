import { beforeAll, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { officePdfs } from '../support/pdf-print.ts'
import { describeWithTools, expectShape, seedsOfRun } from '../support/tools/acceptance.ts'
import { officePdfCases, source, TOOL_SHAPES, type ToolCase } from '../support/tools/cases.ts'
import { hasPdftotext, PDFTOTEXT } from '../support/tools/pdftotext.ts'
import { hasSoffice, SOFFICE } from '../support/tools/soffice.ts'

/**
 * Generated reports saved as .docx and exported to PDF by LibreOffice — as most offices publish theirs, from
 * Word — then read by pdftotext -layout, -raw and in reading order: what a user copies out of a viewer. The
 * .docx's tables are narrow, so figures wrap a character or two a line, a cell two lines high straddles its
 * row's line, and reading order regroups nearly everything: no wrong cell, and at least the floor of cells
 * read in each order (test/support/tools/acceptance.ts). The file itself reads whole on the PDF face
 * (test/node/pdf-generated.test.ts; `npm run score:tools`).
 */
const CASES = 8
const seeds = seedsOfRun(CASES)

const missing = !hasSoffice ? `${SOFFICE} is missing (apt-get install -y libreoffice-writer-nogui)` : !hasPdftotext ? `${PDFTOTEXT} is missing (apt-get install -y poppler-utils)` : null

describeWithTools(`LibreOffice's PDF of a .docx through pdftotext, generated reports (seeds ${seeds[0]}…)`, missing, () => {
  let cases: ToolCase[] = []

  beforeAll(async () => {
    const printed = await Promise.all(seeds.map((s) => source(s, 'officePdf')))
    cases = officePdfCases(printed, await officePdfs(printed.map((s) => s.docx ?? new Uint8Array())))
  }, 240_000)

  it.each(TOOL_SHAPES.officePdf)('%s: no wrong cell, its floor of cells read', (shape) => {
    expectShape(cases, shape, convertReport)
  })
})
