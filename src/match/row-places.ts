import type { Located } from '../locate/locate.ts'
import { rowPaths, TABLE_KEYS } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { pageOf } from '../tokens/lines.ts'
import type { CellValues } from './glued.ts'
import { setInColumns } from './unread-rows.ts'

/**
 * The located tables' rows as read from text set out in columns (pdftotext `-layout`), each cell's value with its
 * piece's token and span, and the page the row stands on: gathered once a conversion for the guards that weigh rows
 * by their places (moved-block.ts first, then page-places.ts for blank-places.ts and the guards after it).
 */

/** Cells a row has at least to be weighed (table 三's rows: seven; table 二's one to three have no blanks to move). */
export const MIN_CELLS = 4

/** A row of MIN_CELLS cells at least, every cell read or blank, one of them at least from a piece set out in columns. */
export interface RowOnPage {
  path: string
  paths: readonly string[]
  /** Each cell's value as read (null: blank or withheld). */
  cells: (number | string | null)[]
  /** Each cell's piece's columns on its line, where its token has them. */
  spans: ([number, number] | undefined)[]
  /** Each cell's token's index. */
  tokens: (number | undefined)[]
  /** The first line of the row's pieces set out in columns. */
  line: number
  page: number
}

/** The rows by located table (in the table's order), and the page of any line. */
export interface RowsOnPages {
  tables: RowOnPage[][]
  pageAt: (line: number) => number
}

/** The rows (RowOnPage) as the values and sources hold them now; undefined for text without columns. */
export function rowsOnPages(tokens: readonly Token[], located: Located, values: CellValues, sources: ReadonlyMap<string, number>): RowsOnPages | undefined {
  if (!setInColumns(tokens)) return undefined
  // The tokens' pages, worked out (a pass over them all) only once a row is placed.
  let page: ((line: number) => number) | undefined
  const pageAt = (line: number) => (page ??= pageOf(tokens, 2))(line)
  const tables: RowOnPage[][] = []
  for (const key of TABLE_KEYS) {
    const region = located.tables[key]
    if (!region) continue
    const rows: RowOnPage[] = []
    for (const row of region.table.rows) {
      const paths = rowPaths(row)
      if (paths.length < MIN_CELLS) continue
      const placed = rowOnPage(tokens, paths, values, sources)
      if (placed) rows.push({ path: row.path, paths, ...placed, page: pageAt(placed.line) })
    }
    tables.push(rows)
  }
  return { tables, pageAt }
}

/** The rows but those named (rows left unread: their cells are null, their tokens gone). */
export function rowsBut(rows: RowsOnPages, gone: ReadonlySet<string>): RowsOnPages {
  if (gone.size === 0) return rows
  return { tables: rows.tables.map((t) => (t.some((r) => gone.has(r.path)) ? t.filter((r) => !gone.has(r.path)) : t)), pageAt: rows.pageAt }
}

function rowOnPage(tokens: readonly Token[], paths: readonly string[], values: CellValues, sources: ReadonlyMap<string, number>): Omit<RowOnPage, 'path' | 'paths' | 'page'> | undefined {
  const spans: ([number, number] | undefined)[] = []
  const cells: (number | string | null)[] = []
  const ids: (number | undefined)[] = []
  let line: number | undefined
  for (const p of paths) {
    const v = values.get(p)
    if (v === undefined) return undefined
    const s = sources.get(p)
    const t = s === undefined ? undefined : tokens[s]
    ids.push(s)
    cells.push(v)
    spans.push(t?.col === undefined || t.colEnd === undefined ? undefined : [t.col, t.colEnd])
    if (t && t.col !== undefined && (line === undefined || t.line < line)) line = t.line
  }
  return line === undefined ? undefined : { cells, spans, tokens: ids, line }
}
