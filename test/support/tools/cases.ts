import { seeded } from '../generator/random.ts'
import { generateReport, type GeneratedReport, type ReportOptions } from '../generator/report.ts'
import type { Rendered } from '../generator/shapes.ts'
import type { BrowserTools } from './browser.ts'
import { reportDocx } from './docx.ts'
import { pdftotext, type PdfOrder } from './pdftotext.ts'
import { printHtml } from './print-html.ts'
import { officeText } from './soffice.ts'

/**
 * Generated reports put through the tools users really have: Chromium (copy and paste, innerText, print to PDF),
 * poppler's pdftotext in its three reading orders, and LibreOffice saving a .docx or the page as text. Each case
 * is one seed: the report, its printed page and what the tool made of it, with the generated truth beside it.
 */

export type ToolShape =
  | 'Chromium copy and paste'
  | 'Chromium innerText'
  | 'Chromium PDF, pdftotext -layout'
  | 'Chromium PDF, pdftotext -raw'
  | 'Chromium PDF, pdftotext (reading order)'
  | 'LibreOffice text of a .docx'
  | 'LibreOffice text of the page'
  | "LibreOffice's PDF of a .docx, pdftotext -layout"
  | "LibreOffice's PDF of a .docx, pdftotext -raw"
  | "LibreOffice's PDF of a .docx, pdftotext (reading order)"

export type ToolFamily = 'browser' | 'pdf' | 'office' | 'officePdf'

export const TOOL_SHAPES: Record<ToolFamily, ToolShape[]> = {
  browser: ['Chromium copy and paste', 'Chromium innerText'],
  pdf: ['Chromium PDF, pdftotext -layout', 'Chromium PDF, pdftotext -raw', 'Chromium PDF, pdftotext (reading order)'],
  office: ['LibreOffice text of a .docx', 'LibreOffice text of the page'],
  officePdf: ["LibreOffice's PDF of a .docx, pdftotext -layout", "LibreOffice's PDF of a .docx, pdftotext -raw", "LibreOffice's PDF of a .docx, pdftotext (reading order)"],
}

const PDF_ORDERS: Record<string, PdfOrder> = {
  'Chromium PDF, pdftotext -layout': 'layout',
  'Chromium PDF, pdftotext -raw': 'raw',
  'Chromium PDF, pdftotext (reading order)': 'default',
  "LibreOffice's PDF of a .docx, pdftotext -layout": 'layout',
  "LibreOffice's PDF of a .docx, pdftotext -raw": 'raw',
  "LibreOffice's PDF of a .docx, pdftotext (reading order)": 'default',
}

export interface ToolCase extends Rendered {
  shape: ToolShape
  seed: number
  /** The page or document had value columns too narrow for long figures (they may wrap). */
  narrow: boolean
  /** The .docx the text was saved from (LibreOffice text of a .docx only). */
  docx?: Uint8Array
  /** The PDF the text was read from (Chromium PDF only). */
  pdf?: Uint8Array
}

/** A report and its printed forms, drawn from one seed so that a failure replays from the seed alone. */
export interface Source {
  seed: number
  generated: GeneratedReport
  html: string
  narrow: boolean
  docx?: Uint8Array
}

/**
 * Blank cells: empty where a table keeps its cells apart (a page, a Word table); in print, where an empty cell
 * leaves no trace in a PDF's text, a mark (`—`, `/`, `无`) as most printed reports have it.
 */
const allowEmpty = (family: ToolFamily) => family !== 'pdf' && family !== 'officePdf'

/** The report of a seed, printed for a family of tools; `extra` on top (e.g. `mutate`, to print a mutated report). */
export async function source(seed: number, family: ToolFamily, extra: Partial<ReportOptions> = {}): Promise<Source> {
  const r = seeded(seed)
  const generated = generateReport(r, { allowEmpty: allowEmpty(family), resultsLabel: r.pick(['span', 'span', 'own-line']), ...extra })
  const narrow = r.bool(1 / 6)
  const html = printHtml(r, generated.doc, { narrow })
  const docx = family === 'office' || family === 'officePdf' ? await reportDocx(r, generated.doc, narrow) : undefined
  return { seed, generated, html, narrow, ...(docx ? { docx } : {}) }
}

const simplified = { script: 'simplified' as const, annotationsRemoved: 0, noiseRemoved: false }

function toolCase(s: Source, shape: ToolShape, input: string, extra: Partial<ToolCase> = {}): ToolCase {
  return { input, inputType: 'text', generated: s.generated, source: simplified, shape, seed: s.seed, narrow: s.narrow, ...extra }
}

/** Copy and paste, and innerText, of each page. */
export async function browserCases(browser: BrowserTools, sources: readonly Source[]): Promise<ToolCase[]> {
  const out: ToolCase[] = []
  for (const s of sources) {
    out.push(toolCase(s, 'Chromium copy and paste', await browser.copy(s.html)))
    out.push(toolCase(s, 'Chromium innerText', await browser.innerText(s.html)))
  }
  return out
}

/** Each page printed to PDF once, then read by pdftotext in its three orders. */
export async function pdfCases(browser: BrowserTools, sources: readonly Source[]): Promise<ToolCase[]> {
  const out: ToolCase[] = []
  for (const s of sources) {
    const pdf = await browser.pdf(s.html)
    for (const shape of TOOL_SHAPES.pdf) out.push(toolCase(s, shape, pdftotext(pdf, PDF_ORDERS[shape] ?? 'default'), { pdf }))
  }
  return out
}

/**
 * Each .docx exported to PDF by LibreOffice, as an office publishes a report (`pdfs`, one per source, from
 * officePdfs in test/support/pdf-print.ts), then read by pdftotext in its three orders.
 */
export function officePdfCases(sources: readonly Source[], pdfs: readonly Uint8Array[]): ToolCase[] {
  return sources.flatMap((s, k) => {
    const pdf = pdfs[k]
    return pdf ? TOOL_SHAPES.officePdf.map((shape) => toolCase(s, shape, pdftotext(pdf, PDF_ORDERS[shape] ?? 'default'), { pdf })) : []
  })
}

/** Every .docx and page saved as text by one LibreOffice run. */
export async function officeCases(sources: readonly Source[]): Promise<ToolCase[]> {
  const files = sources.flatMap((s) => [
    { name: `report-${s.seed}.docx`, bytes: s.docx ?? new Uint8Array() },
    { name: `report-${s.seed}.html`, bytes: s.html },
  ])
  const texts = await officeText(files)
  return sources.flatMap((s, k) => [
    toolCase(s, 'LibreOffice text of a .docx', texts[2 * k] ?? '', s.docx ? { docx: s.docx } : {}),
    toolCase(s, 'LibreOffice text of the page', texts[2 * k + 1] ?? ''),
  ])
}
