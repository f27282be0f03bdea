import { Parser } from 'htmlparser2'
import { cellBudget, tooDeeplyNested } from '../bounds.ts'
import type { Limits } from '../../limits/options.ts'
import { cell, type Cell, type Grid } from '../grid.ts'

/**
 * `word/document.xml` → the grid, with htmlparser2 in XML mode (no DOM). Paragraphs outside tables are prose
 * rows; a table row (`w:tr`) is a grid row whose cells carry their grid column and spans: `w:gridSpan` is
 * a colspan, a `w:vMerge` run of cells is one cell with a rowspan, as HTML would give them. Deleted text
 * (tracked changes) and the fallback copies of text boxes are not read.
 */

/** Elements whose text is never read: deletions, and the fallback copy of content Word also gives as a choice. */
const SKIPPED = new Set(['w:del', 'w:delText', 'mc:Fallback', 'w:instrText'])
/** Same bound as the HTML reader's (src/extract/html.ts): no standard table is wider. */
const MAX_GRID_WIDTH = 200
const MAX_SPAN = 1000

interface OpenCell {
  lines: string[]
  current: string
  colspan: number
  /** `restart`, `continue` (merged into the cell above), or null. */
  vMerge: 'restart' | 'continue' | null
}

interface OpenTable {
  id: number
  rowIndex: number
  row: Cell[] | null
  x: number
  cell: OpenCell | null
  /** Per grid column: the cell that a vertical merge started there, still open. */
  merging: (Cell | undefined)[]
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1
}

export function readDocumentXml(xml: string, bounds: Pick<Limits, 'maxCells' | 'maxDepth'>): Grid {
  const grid: Grid = []
  const spend = cellBudget(bounds.maxCells)
  const tables: OpenTable[] = []
  let tableCount = 0
  let depth = 0
  let skip = 0
  let inText = false
  let prose = ''

  const top = () => tables.at(-1)
  const flushProse = () => {
    const text = prose.replace(/\s+/g, ' ').trim()
    if (text) {
      spend()
      grid.push({ cells: [cell(text)], table: false })
    }
    prose = ''
  }
  const write = (text: string) => {
    const c = top()?.cell
    if (c) c.current += text
    else prose += text
  }
  const endParagraph = () => {
    const c = top()?.cell
    if (c) {
      c.lines.push(c.current)
      c.current = ''
    } else flushProse()
  }
  const closeCell = (t: OpenTable) => {
    const c = t.cell
    if (!c) return
    t.cell = null
    const text = [...c.lines, c.current].map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n')
    const x = t.x
    t.x += c.colspan
    if (c.vMerge === 'continue') {
      const above = t.merging[x]
      if (above) {
        above.rowspan++
        if (text) above.text = above.text ? `${above.text}\n${text}` : text
        return
      }
    }
    spend()
    const made: Cell = { ...cell(text, c.colspan, 1), x }
    ;(t.row ??= []).push(made)
    if (x < MAX_GRID_WIDTH) t.merging[x] = c.vMerge === 'restart' ? made : undefined
  }
  const closeRow = (t: OpenTable) => {
    closeCell(t)
    if (t.row && t.row.length > 0) grid.push({ cells: t.row, table: true, tableId: t.id })
    if (t.row !== null) t.rowIndex++
    t.row = null
    t.x = 0
  }

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++depth > bounds.maxDepth) throw tooDeeplyNested(bounds.maxDepth)
        if (skip > 0 || SKIPPED.has(name)) {
          skip++
          return
        }
        const t = top()
        switch (name) {
          case 'w:tbl':
            if (!t?.cell) flushProse()
            else endParagraph()
            tables.push({ id: tableCount++, rowIndex: 0, row: null, x: 0, cell: null, merging: [] })
            return
          case 'w:tr':
            if (t) {
              closeRow(t)
              t.row = []
            }
            return
          case 'w:gridBefore':
            if (t && !t.cell) t.x += span(attrs['w:val'])
            return
          case 'w:tc':
            if (t) {
              closeCell(t)
              t.cell = { lines: [], current: '', colspan: 1, vMerge: null }
            }
            return
          case 'w:gridSpan':
            if (t?.cell) t.cell.colspan = span(attrs['w:val'])
            return
          case 'w:vMerge':
            if (t?.cell) t.cell.vMerge = attrs['w:val'] === 'restart' ? 'restart' : 'continue'
            return
          case 'w:t':
            inText = true
            return
          case 'w:tab':
            write(' ')
            return
          case 'w:br':
          case 'w:cr':
            endParagraph()
            return
        }
      },
      ontext(text) {
        if (skip === 0 && inText) write(text)
      },
      onclosetag(name) {
        depth--
        if (skip > 0) {
          skip--
          return
        }
        const t = top()
        switch (name) {
          case 'w:t':
            inText = false
            return
          case 'w:p':
            endParagraph()
            return
          case 'w:tc':
            if (t) closeCell(t)
            return
          case 'w:tr':
            if (t) closeRow(t)
            return
          case 'w:tbl':
            if (t) {
              closeRow(t)
              tables.pop()
            }
            return
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  )
  parser.write(xml)
  parser.end()
  while (tables.length > 0) {
    const t = tables.pop()
    if (t) closeRow(t)
  }
  flushProse()
  return grid
}
