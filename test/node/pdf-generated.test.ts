import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readGrid } from '../../src/convert.ts'
import type { Grid } from '../../src/extract/grid.ts'
import { extractPdfGrid } from '../../src/extract/pdf/index.ts'
import { UNPLACED } from '../../src/extract/pdf/table-rows.ts'
import { resolveLimits } from '../../src/limits/options.ts'
import { fold } from '../../src/normalize/fold.ts'
import { hasChromium, launchChromium } from '../support/chromium.ts'
import type { Doc } from '../support/generator/doc.ts'
import type { HtmlVariant } from '../support/generator/html-official.ts'
import { pageHtml } from '../support/generator/html-page.ts'
import { seeded } from '../support/generator/random.ts'
import { generateReport } from '../support/generator/report.ts'
import { valueAt } from '../support/oracle.ts'
import { officePdfs, printPdf } from '../support/pdf-print.ts'
import { reportDocx } from '../support/tools/docx.ts'
import { hasSoffice } from '../support/tools/soffice.ts'
import { documentProvenanceProblems } from '../support/provenance-check.ts'

/**
 * Generated reports as users turn them into PDF: the official page printed by Chromium (A4 across, with and
 * without Chromium's running head and foot), the page's other shapes printed upright, and the report saved as
 * .docx and exported by LibreOffice. The grid is checked against what was printed: every row of
 * figures found by its label, each of its cells either the printed text or left unread (empty, or marked as
 * not placed), never another cell's text. End to end, no cell gets another cell's number, and every cell is read.
 */
const REPORTS = Number(process.env.PDF_REPORTS ?? 12)
/** Reports printed without borders: 24, the first seeds that put numbers in other cells before table-rows.ts
 * read two readings of a row as neither (18, 21, 22). */
const BORDERLESS = Number(process.env.PDF_REPORTS ?? 24)

interface PrintedRow {
  label: string
  values: string[]
}

/** The rows of figures as printed: the last label cell of each row, and its value cells in order. */
function printedRows(doc: Doc): PrintedRow[] {
  const rows: PrintedRow[] = []
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue
    for (const row of block.table.rows) {
      const values = row.cells.filter((c) => c.value).map((c) => c.text.replace(/\s+/g, ''))
      const label = row.cells.filter((c) => !c.value).at(-1)?.text ?? ''
      if (values.length > 0 && label) rows.push({ label: fold(label), values })
    }
  }
  return rows
}

/** A grid row's cells after its label: its value cells (grid columns past the label's). */
function compareRow(grid: Grid, printed: PrintedRow): { found: boolean; same: number; unread: number; wrong: string[] } {
  // The row that holds the label with cells after it (a header cell may read as a row's label: `总计`).
  const candidates = grid.filter((r) => r.table && r.cells.some((c) => fold(c.text) === printed.label))
  const after = (r: Grid[number]) => r.cells.length - 1 - r.cells.findIndex((c) => fold(c.text) === printed.label)
  const rank = (r: Grid[number]) => (after(r) === printed.values.length ? 0 : 1)
  const row = candidates.sort((p, q) => rank(p) - rank(q) || after(q) - after(p))[0]
  if (!row) return { found: false, same: 0, unread: 0, wrong: [] }
  const at = row.cells.findIndex((c) => fold(c.text) === printed.label)
  const cells = row.cells.slice(at + 1).map((c) => c.text.replace(/\s+/g, ''))
  const filled = cells.filter((t) => t !== '' && t !== UNPLACED)
  const wrong: string[] = []
  let same = 0
  // Spanning cells (a 2019 table 二 row of two figures under three columns) leave empty columns between: the
  // filled cells, in order, must be the printed ones that were printed filled.
  const printedFilled = printed.values.filter((t) => t !== '')
  if (cells.length === printed.values.length) {
    cells.forEach((t, k) => {
      if (t === printed.values[k]) same++
      else if (t !== '' && t !== UNPLACED) wrong.push(`${printed.label}[${k}]: printed ${JSON.stringify(printed.values[k])}, grid ${JSON.stringify(t)}`)
    })
  } else if (filled.length === printedFilled.length && cells.every((t) => t === '' || t === UNPLACED || printedFilled.includes(t))) {
    filled.forEach((t, k) => (t === printedFilled[k] ? same++ : wrong.push(`${printed.label}: printed ${JSON.stringify(printedFilled)}, grid ${JSON.stringify(filled)}`)))
  } else if (filled.some((t) => !printed.values.includes(t))) {
    wrong.push(`${printed.label}: printed ${JSON.stringify(printed.values)}, grid ${JSON.stringify(cells)}`)
  }
  return { found: true, same, unread: printed.values.length - same, wrong }
}

interface Tally {
  rows: number
  found: number
  cells: number
  same: number
  wrong: string[]
  e2e: { cells: number; read: number; wrong: number }
}

type Print = { n: number; variant: HtmlVariant; landscape: boolean; separate?: boolean; borderless?: boolean } | { n: number; office: true }

/** Reports made into PDF as given, read back: the grid against what was printed, and the whole conversion. */
async function readPrinted(prints: Print[]): Promise<Tally> {
  const limits = resolveLimits()
  const t: Tally = { rows: 0, found: 0, cells: 0, same: 0, wrong: [], e2e: { cells: 0, read: 0, wrong: 0 } }
  const made = prints.map((p) => {
    const r = seeded(p.n * 7919)
    const report = generateReport(r, { allowEmpty: r.bool(), resultsLabel: r.pick(['span', 'own-line']) })
    return { p, r, report }
  })
  // LibreOffice converts all its files in one run: it takes seconds to start.
  const office = made.filter((m) => 'office' in m.p)
  const officeBytes = office.length > 0 ? await officePdfs(await Promise.all(office.map((m) => reportDocx(m.r, m.report.doc, m.r.bool())))) : []
  for (const { p, r, report } of made) {
    const seed = p.n * 7919
    const pdf = 'office' in p ? (officeBytes[office.findIndex((m) => m.p === p)] as Uint8Array) : await printPdf(browser, pageHtml(r, report.doc, p.variant), { headerFooter: p.n % 2 === 0, landscape: p.landscape, separate: p.separate, borderless: p.borderless })
    const what = 'office' in p ? 'LibreOffice' : p.variant
    const { grid, characters, warnings } = await extractPdfGrid(pdf, limits)
    for (const printed of printedRows(report.doc)) {
      const result = compareRow(grid, printed)
      t.rows++
      t.cells += printed.values.length
      if (result.found) t.found++
      t.same += result.same
      t.wrong.push(...result.wrong.map((w) => `${what} seed ${seed} ${w}`))
    }
    const got = readGrid({ grid, inputType: 'pdf', encoding: 'unicode', characters, annotationsRemoved: 0, warnings }, limits)
    expect(got.report.year).toBe(report.expected.report.year)
    expect(documentProvenanceProblems(got), `seed ${seed}`).toEqual([])
    for (const [path, want] of report.expected.cells) {
      const have = valueAt(got, path)
      t.e2e.cells++
      if (have === want) t.e2e.read++
      else if (have !== null && have !== undefined) {
        t.e2e.wrong++
        t.wrong.push(`${what} seed ${seed} end to end ${path}: want ${JSON.stringify(want)}, have ${JSON.stringify(have)}`)
      }
    }
  }
  return t
}

function record(what: string, t: Tally) {
  console.log(`${what}, grid: ${t.found}/${t.rows} rows found, ${t.same}/${t.cells} cells as printed, ${t.wrong.length} wrong`)
  console.log(`${what}, end to end: ${t.e2e.read}/${t.e2e.cells} cells (${((100 * t.e2e.read) / t.e2e.cells).toFixed(1)}%), ${t.e2e.wrong} wrong`)
}

/** The page's other shapes, printed on A4 upright (the browser's default): one report each, every other one
 * with each cell in a box of its own (borders not collapsed). */
const SHAPES: HtmlVariant[] = ['split', 'nested', 'navigation', 'flat', 'one-table', 'spacers']

let browser: Browser
beforeAll(async () => {
  if (hasChromium) browser = await launchChromium()
})
afterAll(async () => browser?.close())

/** Every row found, every cell as printed in the grid, and end to end every cell read and none in another's place. */
function expectEveryCell(t: Awaited<ReturnType<typeof readPrinted>>): void {
  expect(t.wrong).toEqual([])
  expect(t.found).toBe(t.rows)
  expect(t.same).toBe(t.cells)
  expect(t.e2e.wrong).toBe(0)
  expect(t.e2e.read).toBe(t.e2e.cells)
}

describe.skipIf(!hasChromium)('generated reports made into PDF by Chromium and by LibreOffice', () => {
  it(`rebuilds every row of figures with the printed cells, never another's (${REPORTS} reports)`, async () => {
    const t = await readPrinted(Array.from({ length: REPORTS }, (_, k) => ({ n: k + 1, variant: 'official' as const, landscape: true })))
    record('generated PDFs', t)
    // Every row found and every cell as printed: the tables are read by their borders (so are seeds 1–40, run
    // with PDF_REPORTS=40, and printed upright). End to end, every cell read, never a number in another cell.
    expectEveryCell(t)
  }, 600_000)

  it(`reads the page's other shapes from their PDFs (${SHAPES.join(', ')})`, async () => {
    const t = await readPrinted(SHAPES.map((variant, k) => ({ n: k + 1, variant, landscape: false, separate: k % 2 === 1 })))
    record('generated PDFs, other shapes', t)
    // Every cell, never another's. (On other seeds a row with blank spacer cells may stay null: the grid is the
    // one the HTML page gives, and the engine leaves it so there too.)
    expectEveryCell(t)
  }, 600_000)

  it(`never puts a number in another cell of a table printed without borders (${BORDERLESS} reports)`, async () => {
    const t = await readPrinted(Array.from({ length: BORDERLESS }, (_, k) => ({ n: k + 1, variant: 'official' as const, landscape: true, borderless: true })))
    record('generated PDFs without borders', t)
    // No ruling lines: the tables are read by where their text stands (regions.ts, table-rows.ts). The share
    // read is not asserted (about 73%); a number in another cell is. With PDF_REPORTS=60, 0 wrong end to end;
    // the grid shows two cells that are not as printed though their numbers are (a figure glued to header words
    // in its cell, a unit `件` wrapped apart).
    expect(t.wrong).toEqual([])
    expect(t.e2e.wrong).toBe(0)
  }, 600_000)

  it.skipIf(!hasSoffice)(`reads the reports saved as .docx and exported to PDF by LibreOffice (${REPORTS} reports)`, async () => {
    const t = await readPrinted(Array.from({ length: REPORTS }, (_, k) => ({ n: k + 1, office: true as const })))
    record('LibreOffice PDFs', t)
    // Never another cell's text nor number. LibreOffice breaks a figure between two digits in a narrow cell
    // (`2` over `8，5` over `33`) and rows over pages: such a figure is read where the report's arithmetic
    // confirms it (joined-figures.ts), else left unread — 99.9% of the cells of these 12 reports read, 99.2% of
    // 40 (97.7% and 96.7% before the arithmetic was asked).
    expect(t.wrong).toEqual([])
    expect(t.e2e.wrong).toBe(0)
    expect(t.e2e.read / t.e2e.cells).toBeGreaterThanOrEqual(0.99)
  }, 600_000)
})
