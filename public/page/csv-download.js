// @ts-check
/**
 * The CSV download, kept apart on purpose. SPEC §5 gives the convert routes a `?format=csv` output; the
 * page does not make CSV itself: 下载 CSV posts the same report again with `?format=csv` and saves the
 * answer as ORGAN-YEAR.csv, byte for byte (its byte-order mark is what lets Excel read the Chinese).
 */
import { CONVERT_URL, requestInit } from './convert-request.js'

/** Whether the API serves `?format=csv` (SPEC §5). */
export const CSV_AVAILABLE = true

/** @typedef {import('./convert-request.js').Source} Source */

/**
 * The CSV of a source, as the API makes it (a Blob, so that the byte-order mark survives).
 * @param {Source} source
 * @returns {Promise<Blob>}
 */
export async function fetchCsv(source) {
  const response = await fetch(`${CONVERT_URL}?format=csv`, requestInit(source))
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.blob()
}
