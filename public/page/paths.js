// @ts-check
/**
 * The value at a dot path of the response (`applications.rows.results.total.total`), as checks and
 * warnings name cells (SPEC §3.5).
 * @param {unknown} root
 * @param {string} path
 * @returns {unknown}
 */
export function valueAt(root, path) {
  let node = root
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = /** @type {Record<string, unknown>} */ (node)[key]
  }
  return node
}
