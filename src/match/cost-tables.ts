/**
 * The alignment's cost tables (events × cells). They are large, but only a band of each is touched: they are
 * taken from a pool that keeps them all INF, and only the touched band is reset after use — no table is
 * filled whole, and at most eight are kept between conversions.
 */

/** A cost no alignment reaches. */
export const INF = 0x3fffffff

const pool: Int32Array[] = []

export function scratch(size: number): Int32Array {
  const k = pool.findIndex((b) => b.length >= size)
  if (k >= 0) return pool.splice(k, 1)[0] as Int32Array
  return new Int32Array(size).fill(INF)
}

export function release(x: { forward: Int32Array; backward: Int32Array; lo: Int32Array; hi: Int32Array }, width: number): void {
  for (const table of [x.forward, x.backward]) {
    // Writes reach one event ahead of a band (the next event's row) and a cell past it (unfilled cells).
    for (let e = 0; e < x.lo.length; e++) if (x.hi[e]! >= x.lo[e]!) table.fill(INF, e * width + x.lo[e]!, e * width + Math.min(width, x.hi[e]! + 1))
    // The last event's row is written whole (the cost of leaving the remaining cells unfilled).
    table.fill(INF, (x.lo.length - 1) * width, x.lo.length * width)
    if (pool.length < 8) pool.push(table)
  }
}
