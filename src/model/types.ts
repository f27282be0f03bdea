import type { FormatVersion } from './versions.ts'

/**
 * The national format stated as data, once: each table's keys, printed labels and their common variants,
 * the fixed order of rows, the columns, and the arithmetic the report itself states. Everything else —
 * the zod schema of the response, the locating of tables, the reading of rows, the checks, the CSV
 * columns and the page's table layouts — is derived from these declarations.
 */

/** How a cell is read: a whole count, a count that may carry a sign (本年增/减), or an amount with decimals. */
export type ColumnKind = 'count' | 'signed' | 'amount'

export interface ColumnModel {
  /** Key of the cell under its row (`naturalPerson`, `issued`, `amount`). */
  key: string
  /** The header the national format prints over the column. */
  label: string
  kind: ColumnKind
  /** A header printed above several columns (法人或其他组织 over 商业企业 … 其他). */
  group?: string
  /** The unit the header states (本年收费金额（单位：万元）): a cell printed in another unit is another scale. */
  headerUnit?: string
  /** The key under which the unit printed in the cell is kept (采购总金额 → `amountUnit`). */
  unitKey?: string
}

export interface RowModel {
  /** Dot path of the row in the response (`applications.rows.results.notDisclosed.stateSecret`). */
  path: string
  /** The numbering the format prints before the label (`1.`, `（一）`, `一、`); reports vary it freely. */
  numbering: string
  /** The label as the format prints it, without its numbering. */
  label: string
  /** Other wordings real reports use for the same row. */
  variants: readonly string[]
  /** The label printed beside a group of rows (（三）不予公开 beside its eight sub-rows). */
  group?: string
  /** Table 二: the provision a block of rows answers (第二十条第（一）项), printed above its own header. */
  provision?: string
  columns: readonly ColumnModel[]
}

export type TableKey = 'activeDisclosure' | 'applications' | 'reviewLitigation'

/**
 * The report's own arithmetic, declared per table: every row's `total` column is the sum of its other
 * columns; a total row is the sum of a block of rows; and 一 + 二 = 三(七) + 四 (the balance table 三 prints
 * under its header). Expanded into one equation per row or column in equations.ts.
 */
export type TableRule =
  | { kind: 'rowTotal'; id: string; rule: (row: RowModel) => string }
  | { kind: 'sumOfRows'; id: string; total: string; partsUnder: string; rule: (column: ColumnModel) => string }
  | { kind: 'balance'; id: string; left: readonly string[]; right: readonly string[]; rule: (column: ColumnModel) => string }

export interface TableModel {
  key: TableKey
  /** The section numeral and title the table stands under (二、主动公开政府信息情况). */
  section: string
  /** Header cells as printed, in reading order (the note on the balance included). */
  header: readonly string[]
  /** Texts printed inside the table that are neither header nor a row's label (group labels). */
  groups: readonly string[]
  rows: readonly RowModel[]
  /**
   * Table 四: its rows stand side by side in one printed row under the header, with no labels of their
   * own (行政复议 | 未经复议直接起诉 | 复议后起诉, five outcomes each).
   */
  inline?: boolean
  rules: readonly TableRule[]
}

/** The narrative sections (一, 五, 六) and the table sections, in the order the format prints them. */
export interface SectionModel {
  key: 'overview' | TableKey | 'problems' | 'other'
  numeral: string
  title: string
  variants: readonly string[]
}

export interface FormatModel {
  version: FormatVersion
  sections: readonly SectionModel[]
  tables: readonly TableModel[]
}
