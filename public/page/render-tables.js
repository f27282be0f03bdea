// @ts-check
import { h } from './dom.js'
import { ACTIVE_DISCLOSURE_2019, ACTIVE_DISCLOSURE_2021 } from './layout-active-disclosure.js'
import { APPLICATIONS_2019, APPLICATIONS_2021 } from './layout-applications.js'
import { REVIEW_LITIGATION } from './layout-review-litigation.js'
import { valueAt } from './paths.js'

/** @typedef {import('./layout-types.js').Cell} Cell */
/** @typedef {import('./layout-types.js').DataCell} DataCell */
/** @typedef {import('./layout-types.js').TableLayout} TableLayout */
/** @typedef {import('../../src/schema/report.ts').ConvertedReport} Report */

/**
 * The version a table was read in. The report says it (report.formatVersion); the shape of the table
 * settles it when it does not (2021's 规章 has `issued`; 2019's （六）其他处理 is one row).
 * @param {Report} report
 * @returns {'2019' | '2021'}
 */
function versionOf(report) {
  if (report.report.formatVersion) return report.report.formatVersion
  if (report.activeDisclosure) return valueAt(report, 'activeDisclosure.regulations.issued') !== undefined ? '2021' : '2019'
  return valueAt(report, 'applications.rows.results.otherHandling.naturalPerson') !== undefined ? '2019' : '2021'
}

/**
 * @param {Report} report
 * @returns {TableLayout[]}
 */
export function layoutsFor(report) {
  const version = versionOf(report)
  return version === '2021'
    ? [ACTIVE_DISCLOSURE_2021, APPLICATIONS_2021, REVIEW_LITIGATION]
    : [ACTIVE_DISCLOSURE_2019, APPLICATIONS_2019, REVIEW_LITIGATION]
}

/**
 * A number as the report prints it: whole counts as they are (no grouping: the report has none), a
 * change with its sign, an amount with the unit printed beside it.
 * @param {Report} report
 * @param {DataCell} cell
 * @param {number} value
 */
function formatValue(report, cell, value) {
  if (cell.format === 'signed' && value > 0) return `+${value}`
  if (cell.format === 'amount') {
    const unit = valueAt(report, cell.path.replace(/[^.]+$/, 'amountUnit'))
    return typeof unit === 'string' && unit ? `${value} ${unit}` : String(value)
  }
  return String(value)
}

/**
 * @param {Report} report
 * @param {Cell} cell
 * @param {Map<string, string>} labels
 */
function renderCell(report, cell, labels) {
  if ('th' in cell) {
    return h('th', { colspan: cell.colspan, rowspan: cell.rowspan, scope: cell.scope, class: cell.className }, cell.th)
  }
  labels.set(cell.path, cell.label)
  const value = valueAt(report, cell.path)
  if (typeof value !== 'number') {
    // Blank in the report (or unreadable): visibly blank, never 0. check-marks.js tells which.
    return h('td', { colspan: cell.colspan, 'data-path': cell.path, class: 'num blank', title: `${cell.label}：空白` })
  }
  return h('td', { colspan: cell.colspan, 'data-path': cell.path, class: 'num' }, formatValue(report, cell, value))
}

/**
 * One table in its official layout, or a note that the report does not hold it.
 * @param {Report} report
 * @param {TableLayout} layout
 * @param {Map<string, string>} labels every data cell's path → its Chinese name, for checks and warnings
 */
export function renderTable(report, layout, labels) {
  const id = `table-${layout.key}`
  const heading = h('h3', { id: `${id}-title` }, layout.caption)
  if (!report[layout.key]) {
    return h('section', { class: 'table-block', id, 'aria-labelledby': heading.id }, heading, h('p', { class: 'missing' }, '报告中未找到此表（见“提示”）。'))
  }
  const row = (/** @type {Cell[]} */ cells) => h('tr', {}, cells.map((cell) => renderCell(report, cell, labels)))
  const table = h(
    'table',
    { class: `report-table ${layout.key}` },
    layout.head.length ? h('thead', {}, layout.head.map(row)) : null,
    h('tbody', {}, layout.body.map(row)),
  )
  // The wrapper scrolls sideways at phone width; focusable so the keyboard can scroll it too.
  const scroller = h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': heading.id }, table)
  return h('section', { class: 'table-block', id, 'aria-labelledby': heading.id }, heading, scroller)
}

/**
 * @param {Report} report
 * @returns {{ nodes: HTMLElement[], labels: Map<string, string> }}
 */
export function renderTables(report) {
  /** @type {Map<string, string>} */
  const labels = new Map()
  const nodes = layoutsFor(report).map((layout) => renderTable(report, layout, labels))
  return { nodes, labels }
}
