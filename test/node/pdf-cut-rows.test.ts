import { beforeAll, expect, it } from 'vitest'
import { convertDocument } from '../../src/convert-document.ts'
import { valueAt } from '../../src/schema/paths.ts'
import type { ConvertedReport } from '../../src/schema/report.ts'
import { officePdfs } from '../support/pdf-print.ts'
import { describeWithTools } from '../support/tools/acceptance.ts'
import { source, type Source } from '../support/tools/cases.ts'
import { hasSoffice, SOFFICE } from '../support/tools/soffice.ts'

/**
 * Table rows cut by a page break: LibreOffice (as Word) breaks a row over pages. In seeds 23 and 24 the break
 * falls between the lines of 3.危及"三安全一稳定" — `3．危及"三安全一` with its figures at the foot of page 1,
 * `稳定"` (and in seed 23 the `3` of 17393) at the head of page 2; in seed 161 between `(二)部分公开（区分处理`
 * (centred, its line a glyph short: `的，` may not be parted) and `的，只计这一情形，不计其他情形）`; in seed 60
 * table 四's row of figures alone, its 行政复议 total `１` / `２`. Before src/extract/pdf/ruled-rows.ts joined
 * such rows, the cut row and its neighbours (all of table 四) were unread.
 */
const SEEDS = [23, 24, 161, 60]
const CUT: Record<number, { rows: string[]; cut: number }> = {
  23: { rows: ['prohibitedByLaw', 'threeSecuritiesOneStability', 'thirdPartyRights'].map((r) => `applications.rows.results.notDisclosed.${r}`), cut: 2 },
  24: { rows: ['prohibitedByLaw', 'threeSecuritiesOneStability', 'thirdPartyRights'].map((r) => `applications.rows.results.notDisclosed.${r}`), cut: 2 },
  161: { rows: ['disclosed', 'partiallyDisclosed', 'notDisclosed.stateSecret'].map((r) => `applications.rows.results.${r}`), cut: 0 },
  60: { rows: ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview'].map((r) => `reviewLitigation.${r}`), cut: 0 },
}

describeWithTools('a row cut by a page break inside its label (LibreOffice PDF of a .docx)', hasSoffice ? null : `${SOFFICE} is missing (apt-get install -y libreoffice-writer-nogui)`, () => {
  let printed: Source[] = []
  let reports: ConvertedReport[] = []

  beforeAll(async () => {
    printed = await Promise.all(SEEDS.map((s) => source(s, 'officePdf')))
    const pdfs = await officePdfs(printed.map((s) => s.docx ?? new Uint8Array()))
    reports = await Promise.all(pdfs.map((pdf) => convertDocument(pdf)))
  }, 240_000)

  it.each(SEEDS.map((seed, k) => [seed, k] as const))('seed %i: the cut row and its neighbours read as printed, no cell wrong', (seed, k) => {
    const report = reports[k] as ConvertedReport
    const cells = [...(printed[k] as Source).generated.expected.cells]
    const wrong = cells.filter(([path, want]) => (valueAt(report, path) ?? null) !== null && valueAt(report, path) !== want)
    expect(wrong).toEqual([])
    const { rows, cut } = CUT[seed] as { rows: string[]; cut: number }
    for (const row of rows) {
      const rowCells = cells.filter(([path]) => path.startsWith(`${row}.`))
      expect(rowCells.length).toBeGreaterThan(3)
      const unread = rowCells.filter(([path]) => (valueAt(report, path) ?? null) === null).map(([path]) => path)
      // Only a figure cut by the break itself may stay unread: its pieces are read as one only where the
      // report's arithmetic holds with it (these generated reports' columns do not always add up).
      expect(unread.length, `${row}: ${unread.join(', ')}`).toBeLessThanOrEqual(row === rows[1] ? cut : 0)
      for (const path of unread) expect(report.warnings.some((w) => w.path === path && w.code === 'unreadable_cell')).toBe(true)
    }
    expect(report.warnings.filter((w) => w.code === 'unreadable_row')).toEqual([])
  })
})
