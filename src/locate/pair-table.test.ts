import { describe, expect, it } from 'vitest'
import { PairTable } from './pair-table.ts'

describe('PairTable', () => {
  it('gives the id a Map would, for keys of every size a pair takes (up to 0xffff × 65536 + 0xffff)', () => {
    const table = new PairTable()
    const map = new Map<number, number>()
    let seed = 7
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
    for (let n = 0; n < 5000; n++) {
      const k = (next() % 0x10000) * 65536 + (next() % 0x10000)
      if (!map.has(k)) {
        map.set(k, map.size)
        table.add(k, map.size - 1)
      }
    }
    for (const k of [0, 0xfffe * 65536 + 0x4e00, 0x9fff * 65536 + 0xffff, 0xffff * 65536 + 0xffff]) if (!map.has(k)) {
      map.set(k, map.size)
      table.add(k, map.size - 1)
    }
    expect(table.size).toBe(map.size)
    for (const [k, id] of map) expect(table.get(k)).toBe(id)
    for (let n = 0; n < 5000; n++) {
      const k = (next() % 0x10000) * 65536 + (next() % 0x10000)
      expect(table.get(k)).toBe(map.get(k) ?? -1)
    }
  })
})
