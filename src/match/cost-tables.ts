/**
 * The alignment's cost tables (events × cells). They are large, but only a band of each is touched: they are
 * taken from a pool that keeps them all INF, and only the touched band is reset after use — no table is
 * filled whole, and at most eight are kept between conversions. Each is at most ~1 MB: read-table.ts bounds
 * a table's events by its cells.
 */

/** A cost no alignment reaches. */
export const INF = 0x3fffffff

const POOL = 8
const pool: Int32Array[] = []

/** The smallest kept table that is large enough (a small table's request must not take the large one). */
export function scratch(size: number): Int32Array {
  let k = -1
  for (let i = 0; i < pool.length; i++) if (pool[i]!.length >= size && (k < 0 || pool[i]!.length < pool[k]!.length)) k = i
  if (k >= 0) return pool.splice(k, 1)[0] as Int32Array
  return new Int32Array(size).fill(INF)
}

/** Back into the pool; a full pool keeps the larger tables (each conversion asks for the same sizes again). */
function keep(table: Int32Array): void {
  if (pool.length < POOL) {
    pool.push(table)
    return
  }
  let k = 0
  for (let i = 1; i < pool.length; i++) if (pool[i]!.length < pool[k]!.length) k = i
  if (pool[k]!.length < table.length) pool[k] = table
}

export function release(x: { forward: Int32Array; backward: Int32Array; lo: Int32Array; hi: Int32Array }, width: number): void {
  for (const table of [x.forward, x.backward]) {
    // Writes reach one event ahead of a band (the next event's row) and a cell past it (unfilled cells).
    for (let e = 0; e < x.lo.length; e++) if (x.hi[e]! >= x.lo[e]!) reset(table, e * width + x.lo[e]!, e * width + Math.min(width, x.hi[e]! + 1))
    // The last event's row is written whole (the cost of leaving the remaining cells unfilled).
    table.fill(INF, (x.lo.length - 1) * width, x.lo.length * width)
    keep(table)
  }
}

/** table[from, to) set to INF: a band of a few cells (most) by a loop, not a call of fill per event. */
function reset(table: Int32Array, from: number, to: number): void {
  if (to - from > 32) table.fill(INF, from, to)
  else for (let k = from; k < to; k++) table[k] = INF
}
