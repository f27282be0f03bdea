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
/**
 * The band's bounds per event (lo, hi): kept as the tables are — a typed array past 64 bytes is made outside the heap,
 * which costs more than the band's fill (two per side solved, a few sides per table).
 */
const bounds: Int32Array[] = []

/** The smallest kept table that is large enough (a small table's request must not take the large one). */
export function scratch(size: number): Int32Array {
  let k = -1
  for (let i = 0; i < pool.length; i++) if (pool[i]!.length >= size && (k < 0 || pool[i]!.length < pool[k]!.length)) k = i
  if (k >= 0) return pool.splice(k, 1)[0] as Int32Array
  return new Int32Array(size).fill(INF)
}

/** A band's bounds for `size` events, each `value`: at least that long (entries past `size` are none of its own). */
export function bandBounds(size: number, value: number): Int32Array {
  let k = -1
  for (let i = 0; i < bounds.length; i++) if (bounds[i]!.length >= size && (k < 0 || bounds[i]!.length < bounds[k]!.length)) k = i
  const out = k >= 0 ? (bounds.splice(k, 1)[0] as Int32Array) : new Int32Array(size)
  return out.fill(value, 0, size)
}

/** Back into its pool; a full pool keeps the larger arrays (each conversion asks for the same sizes again). */
function keep(kept: Int32Array[], table: Int32Array): void {
  if (kept.length < POOL) {
    kept.push(table)
    return
  }
  let k = 0
  for (let i = 1; i < kept.length; i++) if (kept[i]!.length < kept[k]!.length) k = i
  if (kept[k]!.length < table.length) kept[k] = table
}

/** `rows`: the events' rows of the tables (events + 1), the bounds' own entries. */
export function release(x: { forward: Int32Array; backward: Int32Array; lo: Int32Array; hi: Int32Array; rows: number }, width: number): void {
  for (const table of [x.forward, x.backward]) {
    // Writes reach one event ahead of a band (the next event's row) and a cell past it (unfilled cells).
    for (let e = 0; e < x.rows; e++) if (x.hi[e]! >= x.lo[e]!) reset(table, e * width + x.lo[e]!, e * width + Math.min(width, x.hi[e]! + 1))
    // The last event's row is written whole (the cost of leaving the remaining cells unfilled).
    table.fill(INF, (x.rows - 1) * width, x.rows * width)
    keep(pool, table)
  }
  keep(bounds, x.lo)
  keep(bounds, x.hi)
}

/** table[from, to) set to INF: a band of a few cells (most) by a loop, not a call of fill per event. */
function reset(table: Int32Array, from: number, to: number): void {
  if (to - from > 32) table.fill(INF, from, to)
  else for (let k = from; k < to; k++) table[k] = INF
}
