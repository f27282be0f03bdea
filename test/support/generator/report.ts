import type { Block, Doc } from './doc.ts'
import { expectedChecks, type ExpectedCheck, type StatedFact } from './expected.ts'
import * as L from './labels.ts'
import type { Random } from './random.ts'
import { buildTables, type TableOptions } from './tables.ts'
import { generateNumbers, type Numbers } from './values.ts'

/**
 * A whole random report: title, date line, the six sections with narrative and the three tables, and
 * what the converter must answer for it.
 */

export interface Expected {
  report: { title: string; organ: string; year: number; publishedOn: string | null; formatVersion: L.Version }
  /** Every table cell by full path: its number, or null where the report leaves it blank. */
  cells: Map<string, number | string | null>
  /** The paths printed blank: each must come back null with a warning naming it. */
  blanks: string[]
  narrative: { overview: string; problems: string; other: string }
  checks: ExpectedCheck[]
  /** Warning codes that must be present (e.g. `format_year_mismatch`). */
  warnings: string[]
}

export interface GeneratedReport {
  doc: Doc
  expected: Expected
  numbers: Numbers
  /** The mutations applied to the document (mutate.ts), for a failure's message. */
  mutations?: string[]
}

export interface ReportOptions extends TableOptions {
  /** A date line may be printed; some shapes (a table copied alone) have none. */
  withDate?: boolean
  /** The year the title names, instead of one that fits (or now and then does not fit) the format. */
  year?: number
  /**
   * Extra paragraphs at the end of the last section, cycled through the filler without a random draw, so
   * the rest of the report stays the one the seed gives: the benchmark's larger inputs (scripts/bench.mjs).
   */
  padding?: number
  /** A glued dump keeps the sign of a signed figure (`行政强制15-312` for 15 | -3 | 12, or a `+`). */
  gluedSigns?: boolean
  /** Applied to the finished report before any shape writes it: changes to its document that keep its truth known. */
  mutate?: (r: Random, report: GeneratedReport) => GeneratedReport
}

const YEARS: Record<L.Version, number[]> = { '2019': [2019, 2020], '2021': [2021, 2022, 2023, 2024, 2025] }

function dateLine(r: Random, year: number): { text: string; iso: string } {
  const y = year + 1
  const m = r.int(1, 12)
  const d = r.int(1, 28)
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  const p2 = (n: number) => (r.bool() ? String(n).padStart(2, '0') : String(n))
  const text = r.pick([
    `发布日期：${iso}`,
    `发布时间：${y}年${p2(m)}月${p2(d)}日 ${r.int(8, 18)}:${String(r.int(0, 59)).padStart(2, '0')}`,
    `来源：本机关办公室 发布时间：${iso} 浏览次数：${r.int(10, 9999)}`,
    `时间：${iso}`,
    iso,
    `${y}年${m}月${d}日`,
    `• ${iso}`,
  ])
  return { text, iso }
}

/** The overview's sentence of figures (SPEC §3.5 narrative facts): stated right, wrong, or beside a blank cell. */
function factSentence(r: Random, numbers: Numbers): { text: string; facts: StatedFact[] } | null {
  const value = (path: string) => numbers.cells.get(path)?.value ?? null
  const facts: StatedFact[] = []
  const stated = (id: string, paths: string[]) => {
    const values = paths.map(value)
    const actual = values.some((v) => v === null) ? r.int(0, 50) : values.reduce<number>((s, v) => s + (v ?? 0), 0)
    const n = r.bool(0.8) ? actual : actual + r.int(1, 5)
    facts.push({ id, stated: n, paths })
    return n
  }
  const parts: string[] = []
  if (r.bool(0.7)) parts.push(`本年度共新收政府信息公开申请${stated('narrative.newlyReceived', ['applications.rows.newlyReceived.total'])}件`)
  if (r.bool(0.5)) parts.push(`上年结转政府信息公开申请${stated('narrative.carriedOver', ['applications.rows.carriedOver.total'])}件`)
  if (r.bool(0.5)) parts.push(`结转下年度继续办理${stated('narrative.carriedForward', ['applications.rows.carriedForward.total'])}件`)
  if (r.bool(0.5)) parts.push(`发生政府信息公开行政复议案件${stated('narrative.administrativeReview', ['reviewLitigation.administrativeReview.total'])}件`)
  if (r.bool(0.5)) {
    parts.push(`行政诉讼案件${stated('narrative.litigation', ['reviewLitigation.litigationWithoutReview.total', 'reviewLitigation.litigationAfterReview.total'])}件`)
  }
  return parts.length > 0 ? { text: `${parts.join('，')}。`, facts } : null
}

function paragraphs(r: Random, min: number, max: number): string[] {
  const out: string[] = []
  for (let n = r.int(min, max); n > 0; n--) out.push(r.pick(L.FILLER))
  return out
}

export function generateReport(r: Random, options: ReportOptions): GeneratedReport {
  const version: L.Version = r.pick(['2019', '2021'])
  // Now and then a report whose year does not fit its tables' format: a warning, never a different reading.
  const year = options.year ?? (r.bool(0.1) ? r.pick(YEARS[version === '2019' ? '2021' : '2019']) : r.pick(YEARS[version]))
  const organ = r.pick(L.ORGANS)
  const title = L.title(r, organ, year)
  const numbers = generateNumbers(r, version, options.glued)
  // A glued run cannot carry decimals or a unit apart from their cell: whole, unsigned figures only.
  if (options.glued) {
    for (const cell of numbers.cells.values()) {
      if (cell.value !== null) cell.value = options.gluedSigns && cell.kind === 'signed' ? Math.round(cell.value) : Math.abs(Math.round(cell.value))
    }
  }
  const { tables, units } = buildTables(r, version, numbers, options)
  const headings = L.sectionHeadings(r)
  const date = options.withDate !== false && r.bool(0.8) ? dateLine(r, year) : null

  const fact = factSentence(r, numbers)
  const overview = paragraphs(r, 1, 2)
  if (fact) overview.splice(r.int(0, overview.length), 0, fact.text)
  const problems = paragraphs(r, 1, 3)
  const other = paragraphs(r, 1, 2)
  for (let i = 0; i < (options.padding ?? 0); i++) other.push(L.FILLER[i % L.FILLER.length] ?? '')

  const blocks: Block[] = [{ kind: 'title', text: title }]
  if (date) blocks.push({ kind: 'date', text: date.text })
  const section = (k: number, paras: string[]) => {
    blocks.push({ kind: 'heading', text: headings[k] ?? '' })
    for (const text of paras) blocks.push({ kind: 'para', text })
  }
  section(0, overview)
  for (const [k, table] of tables.entries()) {
    blocks.push({ kind: 'heading', text: headings[k + 1] ?? '' })
    blocks.push({ kind: 'table', table })
  }
  section(4, problems)
  section(5, other)

  const cells = new Map<string, number | string | null>()
  const blanks: string[] = []
  for (const cell of numbers.cells.values()) {
    cells.set(cell.path, cell.value)
    if (cell.value === null) blanks.push(cell.path)
  }
  for (const [path, unit] of units) cells.set(path.replace(/\.amount$/, '.amountUnit'), unit)
  if (options.glued) for (const path of cells.keys()) if (path.endsWith('.amountUnit')) cells.delete(path)

  const fromYear = year >= 2021 ? '2021' : '2019'
  const report: GeneratedReport = {
    doc: { blocks },
    numbers,
    expected: {
      report: { title, organ, year, publishedOn: date?.iso ?? null, formatVersion: version },
      cells,
      blanks,
      narrative: { overview: overview.join('\n'), problems: problems.join('\n'), other: other.join('\n') },
      checks: expectedChecks(version, numbers, fact?.facts ?? []),
      warnings: fromYear === version ? [] : ['format_year_mismatch'],
    },
  }
  return options.mutate ? options.mutate(r, report) : report
}
