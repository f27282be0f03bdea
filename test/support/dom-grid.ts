import { parseHTML } from 'linkedom'

/**
 * The reference for src/extract/html.ts: the grid of every `<table>` built from a DOM (linkedom) by the HTML
 * standard's table model — a table's rows, each row's cells, `rowSpan`/`colSpan` parsed as the standard parses
 * them, and each cell's column `x` found by skipping the slots that rowspans from rows above in the same row
 * group still cover (an empty row counts as a row). linkedom has no `rows`, `cells` or spans of its own: these helpers stand for them.
 */

export interface DomCell {
  text: string
  colspan: number
  rowspan: number
  x: number
}

/** Rows of one table in tree order (thead, tbody, tfoot or bare), not those of a table nested inside it. */
function rowsOf(table: Element): Element[] {
  return [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table)
}

function cellsOf(tr: Element): Element[] {
  return [...tr.children].filter((c) => c.localName === 'td' || c.localName === 'th')
}

/** The standard's rules for parsing a non-negative integer: leading whitespace, digits, the rest ignored. */
function nonNegative(value: string | null): number | null {
  const m = /^[\t\n\f\r ]*(\d+)/.exec(value ?? '')
  return m ? Number(m[1]) : null
}

/** colSpan: 1 when missing, zero or invalid, at most 1000. */
export const colSpan = (c: Element) => Math.min(Math.max(nonNegative(c.getAttribute('colspan')) ?? 1, 1), 1000)
/** rowSpan: 1 when missing or invalid, at most 65534 (0, "to the end of the row group", is not generated). */
export const rowSpan = (c: Element) => Math.min(nonNegative(c.getAttribute('rowspan')) ?? 1, 65534) || 1

/** Elements that end a line of text: the extractor's list, which is the HTML block elements and `<br>`. */
const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'center', 'hr', 'form', 'fieldset', 'address',
  'figure', 'figcaption', 'caption',
])
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g

/** A cell's text: its lines (split at block elements), each with its whitespace collapsed, empty lines dropped. */
export function cellText(cell: Element): string {
  const lines: string[] = ['']
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      lines[lines.length - 1] += (node as Text).data
      return
    }
    if (node.nodeType !== 1) return
    const block = BLOCK.has((node as Element).localName)
    if (block) lines.push('')
    for (const child of node.childNodes) walk(child)
    if (block) lines.push('')
  }
  for (const child of cell.childNodes) walk(child)
  return lines
    .map((l) => l.replace(INVISIBLE, '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

export interface DomGrids {
  /** Per table in document order: each non-empty row's cells with their spans and grid columns. */
  grids: DomCell[][][]
  /** Cells whose spans overlap another's slots (the standard's "table model error"); each still gets its `x`. */
  overlaps: number
}

export function domGrids(html: string): DomGrids {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`)
  let overlaps = 0
  const grids = [...document.querySelectorAll('table')].map((table) => {
    // covered[x]: the last row index a rowspan from above reaches in column x.
    const covered: number[] = []
    const grid: DomCell[][] = []
    let group: Element | null = null
    rowsOf(table).forEach((tr, y) => {
      // A rowspan ends with its row group (thead, tbody, tfoot): the next group starts with no slot covered.
      const parent = tr.parentElement
      const own = parent && parent !== table ? parent : null
      if (own !== group) covered.length = 0
      group = own
      let x = 0
      const row: DomCell[] = []
      for (const c of cellsOf(tr)) {
        while ((covered[x] ?? -1) >= y) x++
        const cell = { text: cellText(c), colspan: colSpan(c), rowspan: rowSpan(c), x }
        for (let k = x; k < x + cell.colspan; k++) {
          if ((covered[k] ?? -1) >= y) overlaps++
          covered[k] = Math.max(covered[k] ?? -1, y + cell.rowspan - 1)
        }
        row.push(cell)
        x += cell.colspan
      }
      if (row.length > 0) grid.push(row)
    })
    return grid
  })
  return { grids, overlaps }
}
