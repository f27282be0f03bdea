import { ConvertError } from '../../input/errors.ts'
import { cellBudget } from '../bounds.ts'
import type { Limits } from '../../limits/options.ts'
import type { Warning } from '../../schema/report.ts'
import { cell, type Grid } from '../grid.ts'
import { pageLines, type Line } from './lines.ts'
import { readPdfText, type PdfText } from './open.ts'
import { lineText, paragraphs, type ProseLine } from './prose.ts'
import { findRegions } from './regions.ts'
import { ruledTables, takeRuled, type RuledTable } from './ruled-rows.ts'
import { dropRunningHeads } from './running.ts'
import { tableRows } from './table-rows.ts'

/**
 * A PDF → the grid every input becomes (src/extract/grid.ts): its text layer read with positions, running
 * heads and feet dropped, tables rebuilt from where their text stands, the rest joined into paragraphs, all
 * in reading order. Every cell carries its box on its page.
 */
export interface PdfGrid {
  grid: Grid
  characters: number
  warnings: Warning[]
}

export async function extractPdfGrid(bytes: Uint8Array, limits: Pick<Limits, 'maxPdfPages' | 'maxCells'>): Promise<PdfGrid> {
  return layoutPdf(await readPdfText(bytes, limits), limits)
}

/** The text layer's items → the grid: our layout on top of PDF.js, synchronous and linear in the items. */
export function layoutPdf({ pages, verticalItems }: PdfText, limits: Pick<Limits, 'maxCells'>): PdfGrid {
  // Tables drawn with borders are read by their borders; the rest of the text by where it stands.
  const ruled = pages.map(takeRuled)
  const { pages: kept } = dropRunningHeads(
    pages.map((p, k) => pageLines({ ...p, items: ruled[k]?.rest ?? p.items })),
    pages,
  )
  const lines: Line[] = kept.flat()
  const tables: RuledTable[] = ruledTables(ruled.flatMap((r) => r.parts), lines)
  const characters =
    lines.reduce((n, l) => n + l.segments.reduce((m, s) => m + s.text.length, 0), 0) +
    tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cells.reduce((k, c) => k + c.text.length, 0), 0), 0)
  if (characters === 0) {
    throw new ConvertError('no_text_layer', 'The PDF has no text to read: its pages are images (a scan). Send a PDF with a text layer, or the report as text or HTML.')
  }
  const spend = cellBudget(limits.maxCells)
  const inTable = new Map<number, number>()
  const regions = findRegions(lines)
  regions.forEach((r, id) => {
    for (const i of r.lines) inTable.set(i, id)
  })
  // Reading order: tables and paragraphs as they come, page by page, top to bottom.
  const grid: Grid = []
  const prose: ProseLine[] = []
  const flushProse = () => {
    for (const p of paragraphs(prose)) {
      spend()
      grid.push({ cells: [{ ...cell(p.text), box: p.box }], table: false })
    }
    prose.length = 0
  }
  // Ruled tables take the ids after the text's own; each is placed where its top stands in reading order.
  let nextTable = 0
  const placeTablesBefore = (page: number, top: number) => {
    while (nextTable < tables.length) {
      const t = tables[nextTable] as RuledTable
      if (t.page > page || (t.page === page && t.top > top)) return
      flushProse()
      for (const row of t.rows) {
        spend(row.cells.length)
        grid.push({ ...row, tableId: regions.length + nextTable })
      }
      nextTable++
    }
  }

  for (let i = 0; i < lines.length; i++) {
    placeTablesBefore((lines[i] as Line).page, (lines[i] as Line).top)
    const id = inTable.get(i)
    if (id === undefined) {
      prose.push({ line: lines[i] as Line, text: lineText(lines[i] as Line) })
      continue
    }
    const region = regions[id]
    if (!region || region.lines[0] !== i) continue
    flushProse()
    const rows = tableRows(region.lines.map((k) => lines[k] as Line), id)
    for (const row of rows) spend(row.cells.length)
    grid.push(...rows)
    i = (region.lines.at(-1) ?? i)
  }
  placeTablesBefore(Infinity, Infinity)
  flushProse()
  const warnings: Warning[] = []
  if (verticalItems > 0) {
    warnings.push({ code: 'vertical_text_skipped', message: `${verticalItems} piece(s) of text set vertically (a label down the side of a table) were left out: the PDF reader recovers only part of such text.` })
  }
  return { grid, characters, warnings }
}
