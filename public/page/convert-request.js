// @ts-check
/**
 * The call to the Worker's own POST /v1/convert. Pasted text goes as JSON `{content}` without a
 * contentType, so the server sniffs it: text copied from a page and HTML source pasted from a file both
 * work. A file goes as multipart `file`, as bytes: the server decodes GBK / Big5 pages by their declared
 * charset, which reading the file as text here (always UTF-8) would garble, and reads a PDF or .docx by its bytes.
 */

/** @typedef {import('../../src/schema/report.ts').ConvertedReport} Report */
/** @typedef {import('./error-messages.js').PageError} PageError */
/** @typedef {{ kind: 'text', text: string } | { kind: 'file', file: File }} Source */
/** @typedef {{ ok: true, report: Report } | { ok: false, error: PageError }} Outcome */

export const CONVERT_URL = '/v1/convert'

/**
 * Whether the API reads a file, by its name: the extensions the file picker's `accept` lists (the page's
 * markup writes them from the server's own table, src/input/media-types.ts).
 * @param {string} name
 * @param {string} accept
 */
export function acceptedFile(name, accept) {
  const lower = name.toLowerCase()
  return accept.split(',').some((a) => a.startsWith('.') && lower.endsWith(a.trim().toLowerCase()))
}

/**
 * The request for a source; `query` adds e.g. `?format=csv`.
 * @param {Source} source
 * @param {AbortSignal} [signal]
 * @returns {RequestInit}
 */
export function requestInit(source, signal) {
  if (source.kind === 'file') {
    const form = new FormData()
    form.append('file', source.file, source.file.name)
    return { method: 'POST', body: form, signal }
  }
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ content: source.text }),
    signal,
  }
}

/**
 * @param {Source} source
 * @param {AbortSignal} signal
 * @returns {Promise<Outcome>}
 */
export async function convert(source, signal) {
  /** @type {Response} */
  let response
  try {
    response = await fetch(CONVERT_URL, requestInit(source, signal))
  } catch (err) {
    if (signal.aborted) throw err
    return { ok: false, error: { code: 'network' } }
  }
  /** @type {any} */
  let body
  try {
    body = await response.json()
  } catch (err) {
    if (signal.aborted) throw err
    return { ok: false, error: { code: 'bad_response', status: response.status } }
  }
  if (response.ok) return { ok: true, report: body }
  const error = body && typeof body === 'object' ? body.error : null
  if (!error || typeof error.code !== 'string') return { ok: false, error: { code: 'bad_response', status: response.status } }
  return {
    ok: false,
    error: {
      code: error.code,
      status: response.status,
      message: typeof error.message === 'string' ? error.message : undefined,
      requestId: typeof error.requestId === 'string' ? error.requestId : undefined,
      year: typeof error.year === 'number' ? error.year : undefined,
    },
  }
}
