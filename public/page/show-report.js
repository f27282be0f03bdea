// @ts-check
import { cellAt, focusCheckCells, markFailedChecks, markUnreadCells } from './check-marks.js'
import { append, byId, clear } from './dom.js'
import { jsonText } from './json-panel.js'
import { renderChecks, renderFields, renderNarrative, renderWarnings } from './render-report.js'
import { renderTables } from './render-tables.js'
import { hideSource, sourceLinks, wireSources } from './source-view.js'

/** @typedef {import('../../src/schema/report.ts').ConvertedReport} Report */

/**
 * Fills the result section with one converted report: header, checks, warnings, the three tables with
 * their marks, the narrative and the JSON. Returns the line the status announces.
 * @param {Report} report
 * @param {Promise<string | null>} [input] the input text the provenance's offsets are in, where the page has it
 * @returns {string}
 */
export function showReport(report, input = Promise.resolve(null)) {
  const title = byId('report-title')
  title.textContent = report.report.title ?? '（未找到报告标题）'
  const fields = byId('report-fields')
  clear(fields)
  append(fields, renderFields(report))

  const tables = byId('tables')
  clear(tables)
  const { nodes, labels } = renderTables(report)
  append(tables, nodes)

  const failed = report.checks.filter((c) => c.status === 'fail').map((check, i) => ({ check, id: `check-${i + 1}` }))
  markFailedChecks(tables, failed)
  markUnreadCells(tables, report.warnings)
  const cellCount = (/** @type {import('../../src/schema/report.ts').Check} */ check) => check.paths.filter((p) => cellAt(tables, p)).length
  hideSource()
  wireSources(tables, report, labels, input)
  const { summary, items, skippedList } = renderChecks(report.checks, failed, cellCount, (check) => focusCheckCells(tables, check), (check) => sourceLinks(tables, report, labels, check))
  byId('checks-summary').textContent = summary
  const list = byId('checks-failed')
  clear(list)
  append(list, items)
  const skipped = byId('checks-skipped')
  clear(skipped)
  append(skipped, [skippedList])
  byId('checks').classList.toggle('has-failures', failed.length > 0)
  byId('checks').classList.toggle('none', report.checks.length === 0)

  const warnings = byId('warnings')
  const warningList = byId('warnings-list')
  clear(warningList)
  append(warningList, renderWarnings(report.warnings, labels))
  warnings.hidden = report.warnings.length === 0

  const narrative = byId('narrative')
  clear(narrative)
  append(narrative, renderNarrative(report))

  byId('json').textContent = jsonText(report)
  byId('result').hidden = false

  const checksSaid = report.checks.length === 0 ? '没有可核对的勾稽关系' : failed.length ? `${failed.length} 项勾稽关系不符` : '勾稽关系全部相符'
  return `转换完成：${checksSaid}，${report.warnings.length} 条提示。`
}

export function hideReport() {
  byId('result').hidden = true
}
