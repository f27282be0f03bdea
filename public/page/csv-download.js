// @ts-check
/**
 * The CSV hook, kept apart on purpose. SPEC §5 gives the convert routes a `?format=csv` output; the
 * page does not make CSV itself. Once the API answers `POST /v1/convert?format=csv`, set CSV_AVAILABLE to
 * true: the page then shows 下载 CSV, which posts the same report again with `?format=csv` and saves the
 * answer as ORGAN-YEAR.csv. Nothing else in the page needs to change.
 */
import { CONVERT_URL, requestInit } from './convert-request.js'

/** Whether the API serves `?format=csv` (SPEC §5). */
export const CSV_AVAILABLE = false

/** @typedef {import('./convert-request.js').Source} Source */

/**
 * The CSV of a source, as the API makes it.
 * @param {Source} source
 * @returns {Promise<string>}
 */
export async function fetchCsv(source) {
  const response = await fetch(`${CONVERT_URL}?format=csv`, requestInit(source))
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.text()
}
