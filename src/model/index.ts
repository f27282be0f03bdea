import { ACTIVE_DISCLOSURE_2019, ACTIVE_DISCLOSURE_2021 } from './active-disclosure.ts'
import { APPLICATIONS_2019, APPLICATIONS_2021 } from './applications.ts'
import { REVIEW_LITIGATION } from './review-litigation.ts'
import { SECTIONS } from './sections.ts'
import type { FormatModel, RowModel, TableKey, TableModel } from './types.ts'
import type { FormatVersion } from './versions.ts'

export * from './types.ts'
export * from './versions.ts'
export { SECTIONS } from './sections.ts'
export { APPLICANT_COLUMNS } from './applications.ts'
export { OUTCOME_COLUMNS } from './review-litigation.ts'

/** The three standard tables of each format version, in the order a report prints them. */
export const MODELS: Record<FormatVersion, FormatModel> = {
  '2019': { version: '2019', sections: SECTIONS, tables: [ACTIVE_DISCLOSURE_2019, APPLICATIONS_2019, REVIEW_LITIGATION] },
  '2021': { version: '2021', sections: SECTIONS, tables: [ACTIVE_DISCLOSURE_2021, APPLICATIONS_2021, REVIEW_LITIGATION] },
}

export const TABLE_KEYS: readonly TableKey[] = ['activeDisclosure', 'applications', 'reviewLitigation']

/** One cell of a table: its full path, its row and column, in the table's reading order. */
export interface CellModel {
  path: string
  /** Where the unit printed with this cell is kept, if its column keeps one. */
  unitPath: string | null
  row: RowModel
  column: RowModel['columns'][number]
}

const CELLS = new Map<TableModel, readonly CellModel[]>()

/** The cells of a table in reading order (row by row, column by column), computed once per table. */
export function cellsOf(table: TableModel): readonly CellModel[] {
  let cells = CELLS.get(table)
  if (!cells) {
    cells = table.rows.flatMap((row) =>
      row.columns.map((column) => ({ path: `${row.path}.${column.key}`, unitPath: column.unitKey ? `${row.path}.${column.unitKey}` : null, row, column })),
    )
    CELLS.set(table, cells)
  }
  return cells
}

/** Weak: a row made per conversion (an inline table's printed row) must not be kept. */
const ROW_INDEX = new WeakMap<TableModel, ReadonlyMap<RowModel, number>>()

/** Each row of a table by its index in the table, made once per table (readers ask per cell). */
export function rowIndexOf(table: TableModel): ReadonlyMap<RowModel, number> {
  let index = ROW_INDEX.get(table)
  if (!index) ROW_INDEX.set(table, (index = new Map(table.rows.map((row, r) => [row, r]))))
  return index
}

const ROW_PATHS = new WeakMap<RowModel, readonly string[]>()

/**
 * A row's cell paths in column order, made once per isolate: a path built per conversion by a template is a fresh
 * concatenation, hashed again at each lookup; a kept flat string keeps its hash.
 */
export function rowPaths(row: RowModel): readonly string[] {
  let paths = ROW_PATHS.get(row)
  if (!paths) {
    paths = row.columns.map((c) => [row.path, c.key].join('.'))
    ROW_PATHS.set(row, paths)
  }
  return paths
}

/** Every path a report of `version` may hold under its tables (cells and kept units), in reading order. */
export function leafPaths(table: TableModel): string[] {
  return table.rows.flatMap((row) => row.columns.flatMap((c) => [`${row.path}.${c.key}`, ...(c.unitKey ? [`${row.path}.${c.unitKey}`] : [])]))
}
