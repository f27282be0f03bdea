import { MODELS, SECTIONS, type FormatVersion, type TableModel } from './model/index.ts'

/**
 * Whole reports written from the model itself, for warming the pipeline at start-up (src/prime.ts): every
 * heading, header and row label of the three tables, with figures, as a web page's `<table>` and as
 * tab-separated text. A tiny sample warms only the code it reaches; a user's first report then ran most of
 * the matcher cold, at several times its steady cost (`npm run bench:worker`).
 */

/** The value of the `k`-th cell: small counts that vary, so no two rows read alike. */
export const figure = (k: number): number => (k * 7) % 13

/**
 * The `k`-th figure as reports print it: mostly plain, some in full-width digits or with the unit 件, as real
 * reports mix them (each form takes its own code in the reading of a number; the value is the same).
 */
export function printed(k: number): string {
  const n = String(figure(k))
  if (k % 5 === 2) return n.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
  return k % 7 === 4 ? `${n}件` : n
}

interface SampleRow {
  label: string
  cells: string[]
}

/** A table as rows of printed cells: its header, then its rows (table 四: one row of every outcome). */
function rowsOf(table: TableModel): SampleRow[] {
  let k = 0
  const header = { label: table.header[0] ?? '', cells: table.header.slice(1) }
  if (table.inline) return [header, { label: '', cells: table.rows.flatMap((row) => row.columns.map(() => printed(k++))) }]
  return [header, ...table.rows.map((row) => ({ label: `${row.numbering}${row.label}`, cells: row.columns.map(() => printed(k++)) }))]
}

function title(version: FormatVersion): string {
  return `某县人民政府${version === '2021' ? 2022 : 2020}年政府信息公开工作年度报告`
}

/** Sections in order: the narrative's one line, or the table's rows. */
function sections(version: FormatVersion): { heading: string; rows: SampleRow[] | null }[] {
  return SECTIONS.map((section) => {
    const table = MODELS[version].tables.find((t) => t.key === section.key)
    return { heading: `${section.numeral}、${section.title}`, rows: table ? rowsOf(table) : null }
  })
}

const OVERVIEW = '本年度共新收政府信息公开申请13件，办理完毕12件。'

export function sampleText(version: FormatVersion): string {
  const lines = [title(version)]
  for (const s of sections(version)) {
    lines.push(s.heading)
    if (!s.rows) lines.push(OVERVIEW)
    else for (const row of s.rows) lines.push([row.label, ...row.cells].join('\t'))
  }
  return lines.join('\n')
}

/** `text` padded with spaces to `width` columns, a Han character counted as two (as a print lays it out). */
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(2, width - [...text].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)))

/**
 * The report as pdftotext -layout gives a printed page: columns aligned by runs of spaces, the browser's
 * header and a page number on each page, a page break (form feed) inside the tables. A print's text takes
 * code that tab-separated text does not (page furniture, rows across a page break, columns found from spaces).
 */
export function sampleLayout(version: FormatVersion): string {
  const lines = [`1/1/25, 9:00 AM${' '.repeat(20)}${title(version)}`, '', `    ${title(version)}`]
  let page = 1
  for (const s of sections(version)) {
    lines.push(`  ${s.heading}`)
    if (!s.rows) lines.push(`    ${OVERVIEW}`)
    else s.rows.forEach((row, i) => {
      lines.push(`    ${pad(row.label, 36)}${row.cells.map((c) => pad(c, 12)).join('')}`.trimEnd())
      // A page break after the second row of each table: a page number, the next page's header.
      if (i === 1) lines.push('', `${' '.repeat(60)}${page++}/9`, `\f1/1/25, 9:00 AM${' '.repeat(20)}${title(version)}`, '')
    })
  }
  return lines.join('\n')
}

/** A label cut after `at` characters, as a narrow print's cell wraps it (the rest on the next line). */
const wrap = (label: string, at: number): string[] => ([...label].length > at ? [[...label].slice(0, at).join(''), [...label].slice(at).join('')] : [label])

/**
 * The report as pdftotext gives a print in reading order (no -layout): a row's figures after its label, one
 * space apart, long labels and header cells wrapped before their figures, the browser's footer inside a table.
 */
export function sampleRaw(version: FormatVersion): string {
  const lines = [title(version), '时间：2021-01-15']
  for (const s of sections(version)) {
    lines.push(s.heading)
    if (!s.rows) lines.push(OVERVIEW)
    else s.rows.forEach((row, i) => {
      const label = wrap(row.label, 12)
      lines.push(...label.slice(0, -1), [label.at(-1), ...row.cells].join(' ').trim())
      if (i === 2) lines.push(`1/1/25, 9:00 AM ${title(version)}`, 'file:///tmp/report.html 1/3')
    })
  }
  return lines.join('\n')
}

/**
 * The report as a print of a LibreOffice export reads without -layout: each cell on a line of its own, a
 * table's header cells first, then each row's label and its figures.
 */
export function sampleCells(version: FormatVersion): string {
  const lines = [title(version)]
  for (const s of sections(version)) {
    lines.push(s.heading)
    if (!s.rows) lines.push(OVERVIEW, '')
    else for (const row of s.rows) lines.push(...wrap(row.label, 16), ...row.cells)
  }
  return lines.join('\n')
}

export function sampleHtml(version: FormatVersion): string {
  const cells = (row: SampleRow) => [row.label, ...row.cells].map((c) => `<td>${c}</td>`).join('')
  const body = sections(version).map((s) =>
    s.rows ? `<p>${s.heading}</p><table>${s.rows.map((r) => `<tr>${cells(r)}</tr>`).join('')}</table>` : `<p>${s.heading}</p><p>${OVERVIEW}</p>`,
  )
  return `<html><head><title>${title(version)}</title></head><body><h1>${title(version)}</h1>${body.join('')}</body></html>`
}
