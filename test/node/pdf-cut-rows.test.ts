import { beforeAll, expect, it } from 'vitest'
import { convertDocument } from '../../src/convert-document.ts'
import { valueAt } from '../../src/schema/paths.ts'
import type { ConvertedReport } from '../../src/schema/report.ts'
import { officePdfs } from '../support/pdf-print.ts'
import { describeWithTools } from '../support/tools/acceptance.ts'
import { source, type Source } from '../support/tools/cases.ts'
import { hasSoffice, SOFFICE } from '../support/tools/soffice.ts'

/**
 * A table row cut by a page break inside its label: LibreOffice (as Word) breaks a row over pages, and in
 * these two generated reports the break falls between the lines of 3.危及"三安全一稳定" — `3．危及"三安全一`
 * with its figures at the foot of page 1, `稳定"` (and in seed 23 the `3` of 17393) at the head of page 2.
 * Before src/extract/pdf/ruled-rows.ts joined such a row, that row and both its neighbours were unread.
 */
const SEEDS = [23, 24]
const NOT_DISCLOSED = 'applications.rows.results.notDisclosed'

describeWithTools('a row cut by a page break inside its label (LibreOffice PDF of a .docx)', hasSoffice ? null : `${SOFFICE} is missing (apt-get install -y libreoffice-writer-nogui)`, () => {
  let printed: Source[] = []
  let reports: ConvertedReport[] = []

  beforeAll(async () => {
    printed = await Promise.all(SEEDS.map((s) => source(s, 'officePdf')))
    const pdfs = await officePdfs(printed.map((s) => s.docx ?? new Uint8Array()))
    reports = await Promise.all(pdfs.map((pdf) => convertDocument(pdf)))
  }, 240_000)

  it.each(SEEDS.map((seed, k) => [seed, k] as const))('seed %i: the cut row and its neighbours read as printed, no cell wrong', (_seed, k) => {
    const report = reports[k] as ConvertedReport
    const cells = [...(printed[k] as Source).generated.expected.cells]
    const wrong = cells.filter(([path, want]) => (valueAt(report, path) ?? null) !== null && valueAt(report, path) !== want)
    expect(wrong).toEqual([])
    for (const row of ['prohibitedByLaw', 'threeSecuritiesOneStability', 'thirdPartyRights']) {
      const rowCells = cells.filter(([path]) => path.startsWith(`${NOT_DISCLOSED}.${row}.`))
      const unread = rowCells.filter(([path]) => (valueAt(report, path) ?? null) === null).map(([path]) => path)
      // Only a figure cut by the break itself may stay unread (its pieces joined only where the arithmetic holds).
      expect(unread.length, `${row}: ${unread.join(', ')}`).toBeLessThanOrEqual(row === 'threeSecuritiesOneStability' ? 2 : 0)
      for (const path of unread) expect(report.warnings.some((w) => w.path === path && w.code === 'unreadable_cell')).toBe(true)
    }
    expect(report.warnings.filter((w) => w.code === 'unreadable_row')).toEqual([])
  })
})
