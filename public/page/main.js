// @ts-check
/**
 * The page's script (GET /). Plain ES modules served as static assets (public/page): no framework, no
 * build step, nothing from a CDN, and the Content-Security-Policy allows only these files. Typed with
 * JSDoc against the API's own zod types and checked by `tsc` with the rest of the project.
 *
 * Input: a textarea, a file picker, drag-and-drop of a .html/.htm/.txt/.pdf/.docx file; Convert or Ctrl+Enter.
 */
import { acceptedFile, convert } from './convert-request.js'
import { CSV_AVAILABLE, fetchCsv } from './csv-download.js'
import { byId } from './dom.js'
import { describeError } from './error-messages.js'
import { copyText, fileName, jsonText, saveFile } from './json-panel.js'
import { hideReport, showReport } from './show-report.js'
import { inputTextOf } from './source-view.js'

/** @typedef {import('./convert-request.js').Source} Source */
/** @typedef {import('./error-messages.js').PageError} PageError */
/** @typedef {import('../../src/schema/report.ts').ConvertedReport} Report */

const form = /** @type {HTMLFormElement} */ (byId('convert-form'))
const textarea = /** @type {HTMLTextAreaElement} */ (byId('content'))
const fileInput = /** @type {HTMLInputElement} */ (byId('file'))
const convertButton = /** @type {HTMLButtonElement} */ (byId('convert'))
const status = byId('status')
const errorBox = byId('error')

/** The file chosen or dropped; typing in the textarea drops it (the newest input wins). */
/** @type {File | null} */
let chosenFile = null
/** @type {AbortController | null} */
let running = null
/** @type {{ report: Report, source: Source } | null} */
let last = null

/** @param {number} bytes */
function size(bytes) {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** @param {File | null} file */
function setFile(file) {
  chosenFile = file
  byId('file-chip').hidden = !file
  byId('file-name').textContent = file ? `${file.name}（${size(file.size)}）` : ''
  if (!file) fileInput.value = ''
}

/** @param {PageError} error */
function showError(error) {
  const { title, detail } = describeError(error)
  errorBox.replaceChildren()
  const strong = document.createElement('p')
  strong.className = 'error-title'
  strong.textContent = title
  errorBox.append(strong)
  if (detail) {
    const small = document.createElement('p')
    small.className = 'error-detail'
    small.textContent = detail
    errorBox.append(small)
  }
  errorBox.dataset.code = error.code
  errorBox.hidden = false
}

function hideError() {
  errorBox.hidden = true
  errorBox.replaceChildren()
  delete errorBox.dataset.code
}

/** @param {boolean} busy */
function setBusy(busy) {
  convertButton.disabled = busy
  convertButton.textContent = busy ? '转换中…' : '转换'
  form.setAttribute('aria-busy', String(busy))
  form.classList.toggle('busy', busy)
  if (busy) status.textContent = '正在转换…'
}

async function run() {
  /** @type {Source} */
  const source = chosenFile ? { kind: 'file', file: chosenFile } : { kind: 'text', text: textarea.value }
  if (source.kind === 'text' && source.text.trim() === '') {
    showError({ code: 'nothing_to_convert' })
    textarea.focus()
    return
  }
  running?.abort()
  const controller = new AbortController()
  running = controller
  hideError()
  setBusy(true)
  /** @type {import('./convert-request.js').Outcome} */
  let outcome
  try {
    outcome = await convert(source, controller.signal)
  } catch (err) {
    if (controller.signal.aborted) return // a newer conversion owns the page now
    outcome = { ok: false, error: { code: 'page_error', message: String(err) } }
  } finally {
    if (running === controller) {
      running = null
      setBusy(false)
    }
  }
  if (!outcome.ok) {
    last = null
    hideReport()
    status.textContent = '转换失败。'
    showError(outcome.error)
    return
  }
  try {
    status.textContent = showReport(outcome.report, inputTextOf(source, outcome.report))
  } catch (err) {
    last = null
    hideReport()
    status.textContent = '转换失败。'
    showError({ code: 'page_error', message: String(err) })
    return
  }
  last = { report: outcome.report, source }
  const heading = byId('report-title')
  heading.focus({ preventScroll: true })
  heading.scrollIntoView({ block: 'start' })
}

/** @param {File} file */
function chooseFile(file) {
  if (!acceptedFile(file.name, fileInput.accept)) {
    setFile(null)
    showError({ code: 'wrong_file_type', fileName: file.name })
    return
  }
  setFile(file)
  void run()
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  void run()
})

// Ctrl+Enter (⌘+Enter on a Mac) converts from anywhere on the page.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault()
    void run()
  }
})

textarea.addEventListener('input', () => {
  if (chosenFile) setFile(null)
})

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) chooseFile(file)
})

byId('file-clear').addEventListener('click', () => {
  setFile(null)
  textarea.focus()
})

/** @param {DragEvent} event */
const carriesFiles = (event) => Boolean(event.dataTransfer && [...event.dataTransfer.types].includes('Files'))

// A file dropped anywhere on the page is taken (not opened by the browser in place of the page); the
// form lights up while one is dragged over the window. Dragged text falls into the textarea as usual.
for (const type of ['dragenter', 'dragover']) {
  document.addEventListener(type, (event) => {
    const drag = /** @type {DragEvent} */ (event)
    if (!carriesFiles(drag)) return
    drag.preventDefault()
    form.classList.add('dragging')
  })
}
document.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) form.classList.remove('dragging')
})
document.addEventListener('drop', (event) => {
  form.classList.remove('dragging')
  const file = event.dataTransfer?.files[0]
  if (!file) return
  event.preventDefault()
  chooseFile(file)
})

byId('copy-json').addEventListener('click', () => {
  if (!last) return
  void copyText(jsonText(last.report), byId('json')).then((copied) => {
    status.textContent = copied ? '已复制 JSON。' : '复制未成功：请在 JSON 框中全选后复制。'
  })
})

byId('download-json').addEventListener('click', () => {
  if (!last) return
  saveFile(jsonText(last.report), fileName(last.report, 'json'), 'application/json')
  status.textContent = `已下载 ${fileName(last.report, 'json')}。`
})

if (CSV_AVAILABLE) {
  const csvButton = byId('download-csv')
  csvButton.hidden = false
  csvButton.addEventListener('click', () => {
    if (!last) return
    const { report, source } = last
    fetchCsv(source).then(
      (csv) => saveFile(csv, fileName(report, 'csv'), 'text/csv'),
      () => showError({ code: 'network' }),
    )
  })
}

document.documentElement.classList.add('js')
