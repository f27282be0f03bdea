// A one-line progress bar on standard error, for runs over many files at a terminal; silent otherwise, so
// that logs and pipes stay clean.

/** Below this many inputs a run is quick enough that a bar would only flicker. */
export const PROGRESS_MIN_INPUTS = 10
const WIDTH = 30

/**
 * @param {number} total
 * @param {{ enabled: boolean }} options
 */
export function progressBar(total, { enabled }) {
  const stream = process.stderr
  const on = enabled && total >= PROGRESS_MIN_INPUTS && stream.isTTY === true
  let last = -1
  return {
    /** @param {number} done @param {string} label */
    tick(done, label) {
      if (!on) return
      const filled = Math.round((done / total) * WIDTH)
      if (filled === last && done !== total) return
      last = filled
      const name = label.length > 40 ? `…${label.slice(-39)}` : label
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${name}\x1b[K`)
    },
    done() {
      if (on) stream.write('\r\x1b[K')
    },
  }
}
