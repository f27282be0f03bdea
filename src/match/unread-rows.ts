import type { Located } from '../locate/locate.ts'
import { rowPaths, TABLE_KEYS, type RowModel } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'

/**
 * What the late doubts over rows read whole share (pieces-beside.ts, merged-split.ts, lone-rest.ts, rest-after.ts, moved-columns.ts):
 * a row's cells as read from their tokens, its parts against its total, and rows left unread with the one warning
 * that says why.
 */

/** A row to leave unread: its path, and its cells' paths. */
export interface RowPaths {
  path: string
  paths: readonly string[]
}

/**
 * The row's cells, each a whole number read from a number token, and the tokens' indexes; undefined where a cell is
 * not. `columns`: the tokens set out in columns (pdftotext -layout) or without (-raw, reading order) — each doubt
 * weighs what one kind of text may have done to a row.
 */
export function wholeRow(paths: readonly string[], tokens: readonly Token[], values: CellValues, sources: ReadonlyMap<string, number>, columns: boolean): { cells: number[]; at: number[] } | undefined {
  const cells: number[] = []
  const at: number[] = []
  for (const p of paths) {
    const v = values.get(p)
    const s = sources.get(p)
    const t = s === undefined ? undefined : tokens[s]
    if (typeof v !== 'number' || s === undefined || !t || (t.col !== undefined) !== columns || t.kind !== 'number' || !Number.isInteger(v) || v < 0) return undefined
    cells.push(v)
    at.push(s)
  }
  return { cells, at }
}

/**
 * Some token stands in columns (pdftotext -layout). The doubts of rows set out in columns (moved-block.ts,
 * moved-columns.ts, merged-split.ts) weigh only cells read from such tokens: in text without columns they find no
 * row, and need not look at any.
 */
export function setInColumns(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.col !== undefined) return true
  return false
}

/** The row's parts add up to its total (`totalAt`: the total's index among its cells; a part printed blank counts 0). */
export function keepsTotal(totalAt: number, cells: readonly (number | null)[]): boolean {
  let parts = 0
  cells.forEach((v, k) => {
    if (k !== totalAt && v !== null) parts += v
  })
  return parts === cells[totalAt]
}

/** A row read whole (wholeRow) whose parts do not make its total: its table's region, the row, its cells' paths and as read. */
export interface BrokenRow {
  region: NonNullable<Located['tables'][keyof Located['tables']]>
  row: RowModel
  paths: readonly string[]
  totalAt: number
  read: { cells: number[]; at: number[] }
}

/** Every row of the located tables with a total, read whole from tokens `columns` or not, that breaks it: the rows the late doubts weigh. */
export function* brokenRows(located: Located, tokens: readonly Token[], values: CellValues, sources: ReadonlyMap<string, number>, columns: boolean): Generator<BrokenRow> {
  for (const key of TABLE_KEYS) {
    const region = located.tables[key]
    if (!region) continue
    for (const row of region.table.rows) {
      const totalAt = row.columns.findIndex((c) => c.key === 'total')
      if (totalAt < 0) continue
      const paths = rowPaths(row)
      const read = wholeRow(paths, tokens, values, sources, columns)
      if (!read || keepsTotal(totalAt, read.cells)) continue
      yield { region, row, paths, totalAt, read }
    }
  }
}

/** The rows' cells nulled, and the warnings on them replaced by one `ambiguous_cells` a row saying why. */
export function unreadRows(rows: readonly RowPaths[], values: CellValues, sources: Map<string, number>, warnings: readonly Warning[], message: string): Warning[] {
  if (rows.length === 0) return [...warnings]
  const mine = new Set(rows.flatMap((r) => [r.path, ...r.paths]))
  for (const r of rows) {
    for (const p of r.paths) {
      values.set(p, null)
      sources.delete(p)
    }
  }
  return [...warnings.filter((w) => !(w.path !== undefined && mine.has(w.path))), ...rows.map((r) => ({ code: 'ambiguous_cells' as const, message, path: r.path }))]
}
