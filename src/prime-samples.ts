import { MODELS, SECTIONS, type FormatVersion, type TableModel } from './model/index.ts'

/**
 * Whole reports written from the model itself, for warming the pipeline at start-up (src/prime.ts): every
 * heading, header and row label of the three tables, with figures, as a web page's `<table>` and as
 * tab-separated text. A tiny sample warms only the code it reaches; a user's first report then ran most of
 * the matcher cold, at several times its steady cost (`npm run bench:worker`).
 */

/** The value of the `k`-th cell: small counts that vary, so no two rows read alike. */
export const figure = (k: number): number => (k * 7) % 13

interface SampleRow {
  label: string
  cells: string[]
}

/** A table as rows of printed cells: its header, then its rows (table 四: one row of every outcome). */
function rowsOf(table: TableModel): SampleRow[] {
  let k = 0
  const header = { label: table.header[0] ?? '', cells: table.header.slice(1) }
  if (table.inline) return [header, { label: '', cells: table.rows.flatMap((row) => row.columns.map(() => String(figure(k++)))) }]
  return [header, ...table.rows.map((row) => ({ label: `${row.numbering}${row.label}`, cells: row.columns.map(() => String(figure(k++))) }))]
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

export function sampleHtml(version: FormatVersion): string {
  const cells = (row: SampleRow) => [row.label, ...row.cells].map((c) => `<td>${c}</td>`).join('')
  const body = sections(version).map((s) =>
    s.rows ? `<p>${s.heading}</p><table>${s.rows.map((r) => `<tr>${cells(r)}</tr>`).join('')}</table>` : `<p>${s.heading}</p><p>${OVERVIEW}</p>`,
  )
  return `<html><head><title>${title(version)}</title></head><body><h1>${title(version)}</h1>${body.join('')}</body></html>`
}
