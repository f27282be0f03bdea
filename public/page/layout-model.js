// @ts-check
/**
 * What the three layouts share: the generated model (model.js, written from src/model by `npm run types`) and
 * the cells every table prints the same way.
 */
export { MODELS } from './model.js'

/** @typedef {import('./layout-types.js').Cell} Cell */
/** @typedef {import('./layout-types.js').DataCell} DataCell */
/** @typedef {import('./model.js').PageRow} PageRow */
/** @typedef {import('./model.js').PageColumn} PageColumn */

/**
 * How a value is printed: a change with its sign, an amount with the unit the report printed beside it.
 * @param {PageColumn} column
 * @returns {DataCell['format']}
 */
export function formatOf(column) {
  if (column.kind === 'signed') return 'signed'
  return column.unitKey ? 'amount' : undefined
}

/**
 * The value cell of a row's column, named for messages (（三）不予公开 1.属于国家秘密 · 自然人).
 * @param {PageRow} row
 * @param {PageColumn} column
 * @param {number} [colspan]
 * @returns {DataCell}
 */
export function valueCell(row, column, colspan) {
  return { path: `${row.path}.${column.key}`, label: `${row.name} · ${column.label}`, colspan, format: formatOf(column) }
}

/**
 * The headers of the row groups that start at a row (三、本年度办理结果, （三）不予公开), each spanning its rows.
 * @param {PageRow} row
 * @returns {Cell[]}
 */
export function groupCells(row) {
  return row.opens.map((g) => ({ th: g.title, rowspan: g.rows, scope: /** @type {const} */ ('rowgroup') }))
}
