import type { Block, Doc, LCell, LRow } from './doc.ts'
import type { Random } from './random.ts'

/**
 * Text shapes users paste (SPEC §2): one cell per line (a mirror site or scraper dump), tab-separated
 * rows (a browser or Word copy), cells separated by runs of spaces (a PDF viewer), Markdown pipe tables.
 * Rows are the cells an official page's `<tr>` holds, as a copy of it gives them.
 */

export type TextVariant = 'lines' | 'tabs' | 'spaces' | 'markdown' | 'glued'

/** A cell's text on one line (a `<br>` inside a label is lost in a text copy). */
const flat = (text: string) => text.replace(/\n/g, '')

/** The variants that can print a cell over several lines: one cell per line, a browser's tabs, a PDF's spaces. */
const KEEPS_LINES = new Set<TextVariant>(['lines', 'tabs', 'spaces'])

/** A cell as the variant prints it: its lines kept where the cell says they survive in text (doc.ts `lines`). */
function cellText(c: LCell, variant: TextVariant): string {
  return c.lines && KEEPS_LINES.has(variant) ? c.text : flat(c.text)
}

/**
 * The lines after the first of a row whose cells run over several lines, as a PDF viewer gives them: each
 * line holds the next piece of every cell that has one (a wrapped label under its first line).
 */
function continuation(cells: readonly string[]): string[] {
  const parts = cells.map((c) => c.split('\n'))
  const out: string[] = []
  for (let k = 1; parts.some((p) => p.length > k); k++) out.push(`    ${parts.map((p) => p[k] ?? '').filter(Boolean).join('   ')}`)
  return out
}

function proseLine(r: Random, b: Block, variant: TextVariant): string {
  if (b.kind === 'table') return ''
  const text = b.kind === 'spam' ? b.pieces.join(r.pick(['|', ' | '])) : b.text
  if (variant === 'lines') return `${' '.repeat(r.int(0, 10))}${text}\n`
  if (variant === 'markdown' && b.kind === 'heading') {
    const mark = r.pick(['## ', '**', ''])
    return mark === '**' ? `**${text}**` : mark + text
  }
  return text
}

function rowLine(r: Random, row: LRow, variant: TextVariant): string {
  const cells = row.cells.map((c) => cellText(c, variant))
  switch (variant) {
    case 'lines':
      // A cell over several lines: one line each, or (a Word paragraph each) a blank line between them.
      return cells.map((c) => `${c.includes('\n') ? c.split('\n').map((l) => ' '.repeat(8) + l).join(r.bool() ? '\n\n' : '\n') : ' '.repeat(8) + c}\n`).join('\n')
    case 'tabs':
      return cells.join('\t')
    case 'glued':
      // A crawler's dump: the row's cells with nothing between them (`…申请数量801000081`).
      return cells.join('')
    case 'markdown':
      return `| ${cells.join(' | ')} |`
    case 'spaces': {
      // Value cells sometimes one space apart, as a PDF viewer copies a row of figures; sometimes a row's
      // label on one line and its figures on the next, as a PDF viewer wraps a wide row.
      const single = r.bool(0.3)
      const firstValue = row.cells.findIndex((c) => c.value)
      if (cells.some((c) => c.includes('\n'))) {
        const first = cells.map((c) => c.split('\n')[0] ?? '')
        return [first.join(' '.repeat(r.int(2, 6))), ...continuation(cells)].join('\n')
      }
      if (firstValue > 0 && row.cells.slice(firstValue).every((c) => c.value && c.text !== '') && r.bool(0.2)) {
        const labels = row.cells.slice(0, firstValue).map((c) => flat(c.text)).join(' '.repeat(r.int(2, 4)))
        return `${labels}\n${row.cells.slice(firstValue).map((c) => flat(c.text)).join(single ? ' ' : '   ')}`
      }
      let line = ''
      row.cells.forEach((c, k) => {
        if (k > 0) line += single && c.value && row.cells[k - 1]?.value ? ' ' : ' '.repeat(r.int(2, 6))
        line += flat(c.text)
      })
      return line
    }
  }
}

export function textReport(r: Random, doc: Doc, variant: TextVariant): string {
  const lines: string[] = []
  for (const b of doc.blocks) {
    if (b.kind !== 'table') {
      lines.push(proseLine(r, b, variant))
      continue
    }
    b.table.rows.forEach((row, y) => {
      lines.push(rowLine(r, row, variant))
      if (variant === 'markdown' && y === 0) lines.push(`|${row.cells.map(() => r.pick(['---', ':---:', '----'])).join('|')}|`)
    })
    if (variant === 'markdown') lines.push('')
  }
  return lines.join(r.pick(['\n', '\r\n']))
}
