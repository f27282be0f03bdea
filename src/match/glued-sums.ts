import type { RowConstraint } from './glued-constraints.ts'

/**
 * The readings of a glued run that keep the row's own arithmetic, for runs with too many readings to list
 * (seven counts glued into 28 digits have hundreds of thousands of cuts). The cells are cut from the run's end,
 * so a row's total is known before its parts; a cut whose parts already pass their total is not followed
 * (every cell is a count: a run with a sign is not read this way). It gives exactly the readings that listing
 * every cut and keeping those that hold would give, or null past its bounds.
 */

const POWERS = Array.from({ length: 40 }, (_, k) => 10 ** k)

/** Cells tried before giving up: the row stays ambiguous rather than slow. */
const MAX_TRIES = 100_000

export function readingsThatHold(pieces: readonly string[], want: number, local: readonly RowConstraint[], most: number): number[][] | null {
  // Counts only: a run with a sign or a decimal point is left to the listing.
  if (local.length === 0 || pieces.some((p) => !/^\d+$/.test(p))) return null
  const run = pieces.join('')
  // Where one piece ends and the next starts: a cell never spans it.
  const ends = new Uint8Array(run.length + 1)
  let at = 0
  for (const p of pieces) ends[(at += p.length)] = 1
  const reading = new Array<number>(want).fill(0)
  const assigned = new Uint8Array(want)
  const out: number[][] = []
  let tries = 0
  // Each constraint as Σ right − Σ left + value = 0 over the cells assigned so far; `columns` cells, 0…columns−1,
  // still to cut from the run's first `digits` characters. The constraints' cells laid out flat once per run (right
  // side, then left, as before): this is asked at every cell tried, and a run tries up to MAX_TRIES.
  const flat = compiled(local)
  const { cells, rightEnd, leftEnd, values } = flat
  const possible = (columns: number, digits: number) => {
    for (let n = 0, from = 0; n < values.length; n++) {
      let d = values[n] as number
      let up = 0
      let down = 0
      const middle = rightEnd[n] as number
      const to = leftEnd[n] as number
      for (let i = from; i < middle; i++) {
        const k = cells[i] as number
        if (assigned[k]) d += reading[k] as number
        else up++
      }
      for (let i = middle; i < to; i++) {
        const k = cells[i] as number
        if (assigned[k]) d -= reading[k] as number
        else down++
      }
      from = to
      if (up === 0 && down === 0) {
        if (Math.abs(d) > 1e-9) return false
        continue
      }
      if (up > 0 && down > 0) continue
      // Cells still to come only raise (right) or only lower (left) the difference: by what they must make up.
      const need = up > 0 ? -d : d
      if (need < -1e-9) return false
      // Where they are all the cells still to cut, the digits left bound their sum both ways.
      if (up + down === columns && (need < least(digits, columns) || need > largest(digits, columns))) return false
    }
    return true
  }
  // Column `k` ends at `end`; columns 0…k take run[0, end).
  const cut = (k: number, end: number): boolean => {
    if (k < 0) {
      if (end === 0) out.push([...reading])
      return out.length <= most
    }
    let value = 0
    let scale = 1
    for (let start = end - 1; start >= k; start--) {
      if (++tries > MAX_TRIES) return false
      // A cell never spans two pieces; the first cell of a piece starts where the piece does.
      // Nor goes past 15 digits, where a double no longer holds every count exactly.
      if ((start + 1 < end && ends[start + 1] === 1) || end - start > 15) break
      // The cell run[start, end), its value grown a digit to the left at a time; no leading zero.
      const digit = run.charCodeAt(start) - 48
      value += digit * scale
      scale *= 10
      // The first column ends a reading only where its cell starts the run: from a later start, digits before it are
      // left to no column (cut(-1, start) reads nothing, and asks nothing): the try is counted, nothing else done.
      if (k === 0 && start > 0) continue
      if (digit === 0 && start < end - 1) continue
      reading[k] = value
      assigned[k] = 1
      const ok = possible(k, start) ? cut(k - 1, start) : true
      assigned[k] = 0
      if (!ok) return false
    }
    return true
  }
  return cut(want - 1, run.length) ? out : null
}

/** The constraints' cells in one array: per constraint its right side, then its left, ending at rightEnd and leftEnd. */
function compiled(local: readonly RowConstraint[]): { cells: Int32Array; rightEnd: Int32Array; leftEnd: Int32Array; values: Float64Array } {
  let length = 0
  for (const c of local) length += c.right.length + c.left.length
  const cells = new Int32Array(length)
  const rightEnd = new Int32Array(local.length)
  const leftEnd = new Int32Array(local.length)
  const values = new Float64Array(local.length)
  let at = 0
  local.forEach((c, n) => {
    for (const k of c.right) cells[at++] = k
    rightEnd[n] = at
    for (const k of c.left) cells[at++] = k
    leftEnd[n] = at
    values[n] = c.value
  })
  return { cells, rightEnd, leftEnd, values }
}

/** The least sum of `columns` counts that take `digits` digits: the widest has ceil(digits / columns) of them. */
function least(digits: number, columns: number): number {
  const widest = Math.ceil(digits / columns)
  return widest >= 2 ? (POWERS[widest - 1] ?? Infinity) : 0
}

/** The largest: each has at most digits − columns + 1 of them. */
function largest(digits: number, columns: number): number {
  return columns * ((POWERS[digits - columns + 1] ?? Infinity) - 1)
}
