import { describe, expect, it } from 'vitest'
import { bandBounds, INF, release, scratch } from './cost-tables.ts'

/** A table handed out after use, with the band the alignment touched written over. */
function used(size: number, width: number): { forward: Int32Array; backward: Int32Array; lo: Int32Array; hi: Int32Array; rows: number } {
  const events = size / width
  const forward = scratch(size)
  const backward = scratch(size)
  const lo = bandBounds(events, width)
  const hi = bandBounds(events, -1)
  for (let e = 0; e < events; e++) {
    lo[e] = Math.min(e, width - 1)
    hi[e] = Math.min(e + 2, width - 1)
    for (let j = lo[e]!; j <= hi[e]!; j++) forward[e * width + j] = backward[e * width + j] = e + j
  }
  return { forward, backward, lo, hi, rows: events }
}

describe('cost tables: a pool of tables kept all INF', () => {
  it('hands out only tables that are INF everywhere, after any use', () => {
    for (const [size, width] of [[400, 20], [40_000, 200], [900, 30], [40_000, 200], [400, 20]] as const) {
      const x = used(size, width)
      release(x, width)
    }
    for (const size of [400, 900, 40_000, 40_000, 400]) {
      const t = scratch(size)
      expect(t.length).toBeGreaterThanOrEqual(size)
      expect(t.every((v) => v === INF)).toBe(true)
    }
  })

  it('gives a small request the smallest table that fits, keeping the large one for the large request', () => {
    const width = 100
    const large = used(50_000, width)
    const small = used(1_000, width)
    release(large, width)
    release(small, width)
    // The small request must not take the large table: the next large one would have to make a new one.
    expect(scratch(1_000).length).toBeLessThan(50_000)
    expect([large.forward, large.backward]).toContain(scratch(50_000))
  })

  it('hands out bounds at least as long as asked, filled with the value asked over that length', () => {
    const width = 10
    release(used(200, width), width)
    for (const size of [3, 20, 50]) {
      const b = bandBounds(size, 7)
      expect(b.length).toBeGreaterThanOrEqual(size)
      expect(b.subarray(0, size).every((v) => v === 7)).toBe(true)
    }
  })
})
