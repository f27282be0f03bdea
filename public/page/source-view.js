// @ts-check
/**
 * Where a figure was read: clicking or focusing a table cell shows the report's own text around it (the
 * line it stands on, or its cell of a PDF page), the figure marked — from the response's `provenance`
 * (SPEC §3) and the input the page sent. Report text reaches the page through textContent only (dom.js).
 */
import { byId, h } from './dom.js'

/** @typedef {import('../../src/schema/report.ts').ConvertedReport} Report */
/** @typedef {import('../../src/schema/provenance.ts').ProvenanceEntry} Entry */
/** @typedef {import('./convert-request.js').Source} Source */

/** How much of a long line is shown either side of the figure. */
const CONTEXT = 80

/**
 * The text the offsets are in: what was pasted, or a text or HTML file decoded as the server decoded it
 * (its encoding is in the answer). Null for a PDF or .docx (their provenance carries its own text).
 * @param {Source} source
 * @param {Report} report
 * @returns {Promise<string | null>}
 */
export async function inputTextOf(source, report) {
  if (source.kind === 'text') return source.text
  if (report.source.inputType !== 'html' && report.source.inputType !== 'text') return null
  try {
    return new TextDecoder(report.source.encoding).decode(await source.file.arrayBuffer())
  } catch {
    return null
  }
}

/**
 * The line around [start, end) of `text`, at most CONTEXT characters either side, with `…` where cut. A line
 * that holds the figure alone (a one-cell-per-line dump) brings the lines above it, which hold its label.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 */
export function around(text, start, end) {
  let lineStart = text.lastIndexOf('\n', start - 1) + 1
  const alone = text.slice(lineStart, start).trim() === ''
  for (let k = 0; alone && k < 2 && lineStart > 0 && start - lineStart < CONTEXT; k++) lineStart = text.lastIndexOf('\n', lineStart - 2) + 1
  const nl = text.indexOf('\n', end)
  const lineEnd = nl === -1 ? text.length : nl
  const from = Math.max(lineStart, start - CONTEXT)
  const to = Math.min(lineEnd, end + CONTEXT)
  return {
    before: (from > lineStart ? '…' : '') + text.slice(from, start),
    figure: text.slice(start, end),
    after: text.slice(end, to) + (to < lineEnd ? '…' : ''),
  }
}

/**
 * Fills the source panel for one cell.
 * @param {Report} report
 * @param {string} path
 * @param {string} label the cell's Chinese name
 * @param {string | null} input the input text, where the page has it
 */
export function showSource(report, path, label, input) {
  const panel = byId('source-view')
  const where = byId('source-where')
  const text = byId('source-text')
  const entry = report.provenance?.[path]
  panel.hidden = false
  panel.dataset.path = path
  text.replaceChildren()
  if (!entry) {
    where.textContent = `${label}：没有出处（空白、未能读取，或不是从报告中读出的数）`
    return
  }
  if ('start' in entry) {
    where.textContent = `${label}：输入第 ${entry.start + 1}–${entry.end} 个字符`
    const part = input !== null && input.slice(entry.start, entry.end) === entry.text ? around(input, entry.start, entry.end) : { before: '', figure: entry.text, after: '' }
    text.append(part.before, h('mark', {}, part.figure), part.after)
  } else if ('page' in entry) {
    where.textContent = `${label}：PDF 第 ${entry.page} 页，x ${Math.round(entry.x)}，y ${Math.round(entry.y)}`
    text.append(h('mark', {}, entry.text))
  } else {
    where.textContent = `${label}：Word 文档中的单元格`
    text.append(h('mark', {}, entry.text))
  }
}

/**
 * A failed check's links to its cells' sources: one link per cell that has one, which moves to the cell
 * (and so shows its source in the panel it points at).
 * @param {HTMLElement} tables
 * @param {Report} report
 * @param {Map<string, string>} labels
 * @param {import('../../src/schema/report.ts').Check} check
 */
export function sourceLinks(tables, report, labels, check) {
  return check.paths
    .filter((path) => report.provenance?.[path] && tables.querySelector(`td[data-path="${CSS.escape(path)}"]`))
    .map((path) => {
      const link = h('a', { href: '#source-view', class: 'source-link', 'data-path': path }, labels.get(path) ?? path)
      link.addEventListener('click', (event) => {
        event.preventDefault()
        const cell = /** @type {HTMLElement | null} */ (tables.querySelector(`td[data-path="${CSS.escape(path)}"]`))
        cell?.scrollIntoView({ block: 'center', inline: 'center' })
        cell?.focus({ preventScroll: true })
      })
      return link
    })
}

export function hideSource() {
  byId('source-view').hidden = true
}

/**
 * Cells with a source become focusable, and clicking or focusing any data cell shows where it was read.
 * @param {HTMLElement} tables
 * @param {Report} report
 * @param {Map<string, string>} labels
 * @param {Promise<string | null>} input
 */
export function wireSources(tables, report, labels, input) {
  /** @type {string | null} */
  let text = null
  void input.then((t) => {
    text = t
  })
  for (const cell of tables.querySelectorAll('td[data-path]')) {
    const path = cell.getAttribute('data-path') ?? ''
    if (report.provenance?.[path]) cell.setAttribute('tabindex', '0')
  }
  /** @param {Event} event */
  const show = (event) => {
    const cell = /** @type {Element | null} */ (event.target instanceof Element ? event.target.closest('td[data-path]') : null)
    if (!cell) return
    const path = cell.getAttribute('data-path') ?? ''
    showSource(report, path, labels.get(path) ?? path, text)
  }
  tables.addEventListener('click', show)
  tables.addEventListener('focusin', show)
}
