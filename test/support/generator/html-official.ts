import type { Block, Doc, LCell, LRow, LTable } from './doc.ts'
import type { Random } from './random.ts'

/**
 * HTML shapes of a government page (SPEC §2): the official `<table>` with rowspan/colspan, a flat grid,
 * all three tables in one `<table>`, a table split in two with its header repeated, header spans that
 * disagree with the data beneath, tables nested in a layout table, and a site's navigation around it.
 */

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * A cell's text with its line breaks as `<br>` (`本年新<br>制作数量`), sometimes wrapped in a `<p>` or `<span>`.
 * A label that runs over lines in text too (doc.ts `lines`) is now and then a paragraph per line.
 */
function cellInner(r: Random, cell: LCell): string {
  const text = cell.text
  if (cell.lines && r.bool()) return text.split('\n').map((line) => `<p>${esc(line)}</p>`).join('')
  const inner = text.split('\n').map(esc).join(r.pick(['<br>', '<br/>', '<br />']))
  const wrap = r.int(0, 5)
  if (wrap === 0) return `<p style="text-align:center">${inner}</p>`
  if (wrap === 1) return `<span style="font-size:14px">${inner}</span>`
  if (wrap === 2) return `&nbsp;${inner}&nbsp;`
  return inner
}

function td(r: Random, cell: LCell, tag = 'td'): string {
  const attrs = `${cell.colspan ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan ? ` rowspan="${cell.rowspan}"` : ''}`
  return `<${tag}${attrs}${r.bool(0.3) ? ' style="border:1px solid #000;text-align:center"' : ''}>${cellInner(r, cell)}</${tag}>`
}

export function tableRows(r: Random, rows: readonly LRow[]): string {
  return rows.map((row) => `<tr>${row.cells.map((c) => td(r, c, row.header && r.bool(0.2) ? 'th' : 'td')).join('')}</tr>`).join('\n')
}

export function tableHtml(r: Random, table: LTable): string {
  return `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n${tableRows(r, table.rows)}\n</tbody>\n</table>`
}

/** The grid with every span written out: covered positions as empty cells, or a label repeated on each row. */
export function flatten(table: LTable, repeatLabels: boolean): LTable {
  const grid: (LCell | undefined)[][] = []
  table.rows.forEach((row, y) => {
    const line = (grid[y] ??= [])
    let x = 0
    for (const cell of row.cells) {
      while (line[x]) x++
      for (let dy = 0; dy < (cell.rowspan ?? 1); dy++) {
        for (let dx = 0; dx < (cell.colspan ?? 1); dx++) {
          const covered = dy === 0 && dx === 0
          const copy = covered ? { text: cell.text, value: cell.value } : { text: repeatLabels && !cell.value && dx === 0 && !row.header ? cell.text : '' }
          ;(grid[y + dy] ??= [])[x + dx] = copy
        }
      }
      x += cell.colspan ?? 1
    }
  })
  return { ...table, rows: table.rows.map((row, y) => ({ ...row, cells: (grid[y] ?? []).map((c) => c ?? { text: '' }) })) }
}

/** Header spans that disagree with the data: an empty spacer cell after a row's label or at its end. */
export function withSpacers(r: Random, table: LTable): LTable {
  return {
    ...table,
    rows: table.rows.map((row) => {
      if (row.header || !row.cells.some((c) => c.value) || !r.bool(0.4)) return row
      const cells = [...row.cells]
      const firstValue = cells.findIndex((c) => c.value)
      cells.splice(r.bool() ? firstValue : cells.length, 0, { text: '' })
      return { ...row, cells }
    }),
  }
}

export type HtmlVariant = 'official' | 'flat' | 'one-table' | 'split' | 'spacers' | 'nested' | 'navigation'

function prose(r: Random, block: Block): string {
  switch (block.kind) {
    case 'title': {
      // A title wrapped over two lines keeps its break (`<br>`).
      const text = esc(block.text).replace(/\n/g, '<br>')
      return r.pick([`<h1>${text}</h1>`, `<div class="article-title">${text}</div>`, `<p style="text-align:center"><strong>${text}</strong></p>`])
    }
    case 'date':
      return `<div class="info"><span>${esc(block.text)}</span></div>`
    case 'heading':
      return r.pick([`<p><strong>${esc(block.text)}</strong></p>`, `<h3>${esc(block.text)}</h3>`, `<p style="text-indent:2em">${esc(block.text)}</p>`])
    case 'para':
      return r.pick([`<p style="text-indent:2em">${esc(block.text)}</p>`, `<p>&nbsp;&nbsp;&nbsp;&nbsp;<span>${esc(block.text)}</span></p>`, `<div>${esc(block.text)}</div>`])
    case 'spam':
      return `<div class="links">${block.pieces.map((p) => `<a href="#">${esc(p)}</a>`).join('|')}</div>`
    case 'table':
      return ''
  }
}

/** The article body: prose blocks and tables, with the variant's treatment of the tables. */
export function articleHtml(r: Random, doc: Doc, variant: HtmlVariant): string {
  const out: string[] = []
  const blocks = doc.blocks
  if (variant === 'one-table') {
    // Every heading from 二 to 四 and the three tables' rows in one <table>.
    const first = blocks.findIndex((b) => b.kind === 'table') - 1
    const last = blocks.map((b) => b.kind).lastIndexOf('table')
    for (const b of blocks.slice(0, first)) out.push(prose(r, b))
    const rows: LRow[] = []
    for (const b of blocks.slice(first, last + 1)) {
      if (b.kind === 'heading') rows.push({ cells: [{ text: b.text, colspan: 15 }] })
      if (b.kind === 'table') rows.push(...b.table.rows)
    }
    out.push(`<table border="1">\n${tableRows(r, rows)}\n</table>`)
    for (const b of blocks.slice(last + 1)) out.push(prose(r, b))
    return out.join('\n')
  }
  for (const b of blocks) {
    if (b.kind !== 'table') {
      out.push(prose(r, b))
      continue
    }
    let table = b.table
    if (variant === 'flat') table = flatten(table, r.bool())
    if (variant === 'spacers') table = withSpacers(r, table)
    if (variant === 'split' && table.headerRows > 0 && table.id === 'applications') {
      const at = r.int(table.headerRows + 1, table.rows.length - 1)
      const head = table.rows.slice(0, table.headerRows)
      out.push(tableHtml(r, { ...table, rows: table.rows.slice(0, at) }))
      out.push(r.pick(['', '<p>（续表）</p>', '<p>&nbsp;</p>']))
      out.push(tableHtml(r, { ...table, rows: [...head, ...table.rows.slice(at)] }))
      continue
    }
    out.push(tableHtml(r, table))
  }
  return out.join('\n')
}
