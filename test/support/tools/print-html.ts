import type { Block, Doc, LTable, TableId } from '../generator/doc.ts'
import { esc } from '../generator/html-official.ts'
import type { Random } from '../generator/random.ts'

/**
 * A generated report as agencies publish it for reading and printing: an A4-wide article, tables at 100% width
 * with the label columns wider than the value columns, 10.5–12pt type. In a minority of pages the value columns
 * are narrow and long words break anywhere (`word-break: break-all`, common on Chinese sites), so a long figure
 * can wrap inside its cell: a reader of the printed text must then give null, never a wrong number.
 */

export interface PrintOptions {
  /** Narrow value columns with breaking words (drawn at random when absent: about one page in six). */
  narrow?: boolean
}

/** Grid columns of each standard table: label columns first, then value columns. */
const COLUMNS: Record<TableId, { labels: number; values: number }> = {
  activeDisclosure: { labels: 1, values: 3 },
  applications: { labels: 3, values: 7 },
  reviewLitigation: { labels: 0, values: 15 },
}

/** Percent widths of a table's grid columns: labels take `labelShare` of the width, split 1 : 2 : 5 in table 三. */
export function columnWidths(id: TableId, narrow: boolean): number[] {
  const { labels, values } = COLUMNS[id]
  if (labels === 0) return Array.from({ length: values }, () => 100 / values)
  const labelShare = narrow ? 70 : id === 'applications' ? 38 : 30
  const parts = labels === 3 ? [1, 2, 5] : [1]
  const total = parts.reduce((s, p) => s + p, 0)
  return [...parts.map((p) => (labelShare * p) / total), ...Array.from({ length: values }, () => (100 - labelShare) / values)]
}

function cellHtml(text: string, attrs: string): string {
  return `<td${attrs}>${text.split('\n').map(esc).join('<br>')}</td>`
}

export function tableHtml(table: LTable, narrow: boolean): string {
  const cols = columnWidths(table.id, narrow).map((w) => `<col style="width:${w.toFixed(2)}%">`).join('')
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((c) => {
      const attrs = `${c.colspan ? ` colspan="${c.colspan}"` : ''}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}${c.value ? ' class="v"' : ''}`
      return cellHtml(c.text, attrs)
    })
    return `<tr>${cells.join('')}</tr>`
  })
  return `<table><colgroup>${cols}</colgroup><tbody>\n${rows.join('\n')}\n</tbody></table>`
}

function blockHtml(b: Block, narrow: boolean): string {
  switch (b.kind) {
    case 'title':
      return `<h1>${esc(b.text).replace(/\n/g, '<br>')}</h1>`
    case 'date':
      return `<p class="date">${esc(b.text)}</p>`
    case 'heading':
      return `<h2>${esc(b.text)}</h2>`
    case 'para':
      return `<p>${esc(b.text)}</p>`
    case 'spam':
      return `<p>${b.pieces.map(esc).join(' | ')}</p>`
    case 'table':
      return tableHtml(b.table, narrow)
  }
}

export function printHtml(r: Random, doc: Doc, options: PrintOptions = {}): string {
  const narrow = options.narrow ?? r.bool(1 / 6)
  const size = r.pick(['10.5pt', '11pt', '12pt'])
  const title = doc.blocks.find((b) => b.kind === 'title')
  const headTitle = doc.headTitle ?? `${title && 'text' in title ? title.text.replace(/\n/g, '') : ''}_${r.pick(['门户网站', '政府网', '政务公开'])}`
  const style = [
    `body{font-family:"SimSun","Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:${size};line-height:1.5;max-width:17cm;margin:0 auto}`,
    'h1{font-size:16pt;text-align:center}',
    `h2{font-size:${size};font-weight:bold;margin:0.8em 0 0.4em}`,
    'p{text-indent:2em;margin:0.3em 0}',
    'p.date{text-align:center;text-indent:0}',
    'table{width:100%;border-collapse:collapse;table-layout:fixed;margin:0.5em 0}',
    `td{border:1px solid #000;padding:2px 3px;text-align:center;vertical-align:middle;${narrow ? 'word-break:break-all;' : ''}}`,
  ].join('\n')
  const body = doc.blocks.map((b) => blockHtml(b, narrow)).join('\n')
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(headTitle)}</title><style>\n${style}\n</style></head>\n<body>\n${body}\n</body></html>\n`
}
