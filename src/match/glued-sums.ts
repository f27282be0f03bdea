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
  return searchFromEnd(pieces, want, local, most, MAX_TRIES, false)
}

/** The search from the run's end: null past `maxTries` or `most` readings, or where `exact` asks sums a double holds exactly and they may not be. */
export function searchFromEnd(pieces: readonly string[], want: number, local: readonly RowConstraint[], most: number, maxTries: number, exact: boolean): number[][] | null {
  const run = pieces.join('')
  // Where one piece ends and the next starts: a cell never spans it.
  const ends = new Uint8Array(run.length + 1)
  let at = 0
  for (const p of pieces) ends[(at += p.length)] = 1
  const reading = new Array<number>(want).fill(0)
  const out: number[][] = []
  let tries = 0
  // Each constraint as Σ right − Σ left + value = 0 over the cells assigned so far; `columns` cells, 0…columns−1,
  // still to cut from the run's first `digits` characters. The cells are assigned from the last down, so at cell k
  // those assigned are k…want−1: each constraint's difference is the one at k + 1 and cell k's terms (exactSums).
  const sums = exactSums(local, want, run.length, reading)
  if (exact && !sums) return null
  const possible = sums ?? summedPossible(local, reading)
  // The first column's cell, where it may be one, is the run's first `end` digits: their values read once per run.
  // From each end the tries run down to where a cell would span a piece's end (the last before `end`) or pass 15 digits.
  const firstValue: number[] = []
  for (let end = 1, value = 0; end <= Math.min(15, run.length); end++) firstValue.push((value = value * 10 + (run.charCodeAt(end - 1) - 48)))
  const pieceEndBefore = new Int32Array(run.length + 1)
  for (let end = 1, last = 0; end <= run.length; end++) {
    pieceEndBefore[end] = last
    if (ends[end] === 1) last = end
  }
  // Column `k` ends at `end`; columns 0…k take run[0, end).
  const cut = (k: number, end: number): boolean => {
    if (k < 0) {
      if (end === 0) out.push(reading.slice())
      return out.length <= most
    }
    if (k === 0) return cutFirst(end)
    let value = 0
    let scale = 1
    for (let start = end - 1; start >= k; start--) {
      if (++tries > maxTries) return false
      // A cell never spans two pieces; the first cell of a piece starts where the piece does.
      // Nor goes past 15 digits, where a double no longer holds every count exactly.
      if ((start + 1 < end && ends[start + 1] === 1) || end - start > 15) break
      // The cell run[start, end), its value grown a digit to the left at a time; no leading zero.
      const digit = run.charCodeAt(start) - 48
      value += digit * scale
      scale *= 10
      if (digit === 0 && start < end - 1) continue
      reading[k] = value
      if (!(possible(k, start) ? cut(k - 1, start) : true)) return false
    }
    return true
  }
  // The first column ends a reading only where its cell starts the run: each later start the loop above would try is
  // counted, nothing else done (cut(-1, start) reads nothing, and asks nothing) — counted at once, not one by one.
  const cutFirst = (end: number): boolean => {
    const stop = Math.max(end - 16, (pieceEndBefore[end] as number) - 1)
    tries += stop >= 0 ? end - stop : end
    if (tries > maxTries) return false
    if (stop >= 0 || (run.charCodeAt(0) === 48 && end > 1)) return true
    reading[0] = firstValue[end - 1] as number
    return possible(0, 0) ? cut(-1, 0) : true
  }
  return cut(want - 1, run.length) ? out : null
}

/**
 * possible(columns, digits): whether the cells assigned so far leave every constraint satisfiable — columns…want−1,
 * cut from the last down (so a cell is assigned where it is not below `columns`; the reading's others are stale).
 */
type Possible = (columns: number, digits: number) => boolean

/**
 * Each constraint summed anew over its cells at each cell tried, in its sides' order (right, then left): the way for
 * constraints whose sums may not be exact in a double, where the order of the additions is part of the answer.
 */
function summedPossible(local: readonly RowConstraint[], reading: readonly number[]): Possible {
  const { cells, rightEnd, leftEnd, values } = compiled(local)
  return (columns, digits) => {
    for (let n = 0, from = 0; n < values.length; n++) {
      let d = values[n] as number
      let up = 0
      let down = 0
      const middle = rightEnd[n] as number
      const to = leftEnd[n] as number
      for (let i = from; i < middle; i++) {
        const k = cells[i] as number
        if (k >= columns) d += reading[k] as number
        else up++
      }
      for (let i = middle; i < to; i++) {
        const k = cells[i] as number
        if (k >= columns) d -= reading[k] as number
        else down++
      }
      from = to
      if (!holdsSoFar(d, up, down, columns, digits)) return false
    }
    return true
  }
}

/** One constraint, its difference `d` so far with `up` (right) and `down` (left) cells still to cut: may it hold? */
function holdsSoFar(d: number, up: number, down: number, columns: number, digits: number): boolean {
  if (up === 0 && down === 0) return !(Math.abs(d) > 1e-9)
  if (up > 0 && down > 0) return true
  // Cells still to come only raise (right) or only lower (left) the difference: by what they must make up.
  const need = up > 0 ? -d : d
  if (need < -1e-9) return false
  // Where they are all the cells still to cut, the digits left bound their sum both ways.
  return !(up + down === columns && (need < least(digits, columns) || need > largest(digits, columns)))
}

/**
 * The constraints' differences kept per cell assigned, where every sum is a whole number a double holds exactly (so
 * the order of the additions changes nothing): at cell k each constraint's difference is the one at k + 1 plus cell
 * k's terms, and the cells still to cut on each side are counted once per run — not a walk of every constraint's
 * cells at each cell tried. Null where a sum may not be exact: summedPossible then.
 */
function exactSums(local: readonly RowConstraint[], want: number, length: number, reading: readonly number[]): Possible | null {
  // A cell is at most 15 digits of the run, and the cells' sum less than 10 ** length.
  const cell = 10 ** Math.min(15, length)
  for (const c of local) if (!Number.isSafeInteger(c.value) || Math.abs(c.value) + (c.left.length + c.right.length) * cell > Number.MAX_SAFE_INTEGER) return null
  const C = local.length
  // Per constraint: cell k's net count (right − left); the right and left cells below k (still to cut at k).
  const net = new Int32Array(C * want)
  const upBelow = new Int32Array(C * (want + 1))
  const downBelow = new Int32Array(C * (want + 1))
  local.forEach((c, n) => {
    for (const k of c.right) {
      net[n * want + k]!++
      for (let j = k + 1; j <= want; j++) upBelow[n * (want + 1) + j]!++
    }
    for (const k of c.left) {
      net[n * want + k]!--
      for (let j = k + 1; j <= want; j++) downBelow[n * (want + 1) + j]!++
    }
  })
  // The differences with cells k…want−1 assigned, at row k (row want: none, the constants).
  const diff = new Float64Array(C * (want + 1))
  local.forEach((c, n) => (diff[want * C + n] = c.value))
  return (columns, digits) => {
    const here = columns * C
    const value = reading[columns] as number
    for (let n = 0; n < C; n++) {
      const d = (diff[here + n] = diff[here + C + n]! + net[n * want + columns]! * value)
      if (!holdsSoFar(d, upBelow[n * (want + 1) + columns]!, downBelow[n * (want + 1) + columns]!, columns, digits)) return false
    }
    return true
  }
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

