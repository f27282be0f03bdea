// @ts-check
/**
 * The JSON beside the tables: its text, Copy, and Download as a file named after the organ and year.
 */

/** @typedef {import('../../src/schema/report.ts').ConvertedReport} Report */

/** Characters that no file system takes in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g
const MAX_NAME_LENGTH = 80

/**
 * `广州市南沙区人民政府-2020.json`; a report without an organ or year still gets a name.
 * @param {Report} report
 * @param {'json' | 'csv'} extension
 */
export function fileName(report, extension) {
  const organ = (report.report.organ ?? '').replace(UNSAFE_IN_FILE_NAME, '_').trim().slice(0, MAX_NAME_LENGTH) || '年度报告'
  const year = report.report.year ?? '年度不明'
  return `${organ}-${year}.${extension}`
}

/** The JSON as shown and saved: the API's response, indented for people. */
export function jsonText(/** @type {Report} */ report) {
  return `${JSON.stringify(report, null, 2)}\n`
}

/**
 * Saves text (or the bytes of a Blob) as a file through a temporary blob link.
 * @param {string | Blob} text
 * @param {string} name
 * @param {string} type
 */
export function saveFile(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The download has taken its copy once the click has run; give it a moment before freeing the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Copies text; falls back to selecting it in its box (and the old copy command) where the clipboard API
 * is refused (a page served over plain http from another host than localhost).
 * @param {string} text
 * @param {HTMLElement} box
 * @returns {Promise<boolean>}
 */
export async function copyText(text, box) {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const selection = window.getSelection()
    if (!selection) return false
    const range = document.createRange()
    range.selectNodeContents(box)
    selection.removeAllRanges()
    selection.addRange(range)
    return document.execCommand('copy')
  }
}
