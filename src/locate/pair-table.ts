/**
 * Pair key → id, for the label index's character pairs. A pair's key (first unit × 65536 + second) passes 2^30
 * for every pair of CJK characters, so a Map boxed each key as a heap number to look it up: probing a text did so
 * for every pair it holds. Here the keys stand in a Uint32Array (every key is below 2^32), open addressing.
 */
export class PairTable {
  private keys = new Uint32Array(64)
  /** id + 1 per slot; 0 is an empty slot. */
  private ids = new Int32Array(64)
  private count = 0

  get size(): number {
    return this.count
  }

  /** The id of key `k`, or -1. */
  get(k: number): number {
    const mask = this.keys.length - 1
    const key = k >>> 0
    for (let at = slotOf(key, mask); ; at = (at + 1) & mask) {
      const id = this.ids[at] as number
      if (id === 0) return -1
      if (this.keys[at] === key) return id - 1
    }
  }

  /** Adds key `k` (not yet held) with id `id`. */
  add(k: number, id: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow()
    this.place(k >>> 0, id)
    this.count++
  }

  private place(key: number, id: number): void {
    const mask = this.keys.length - 1
    let at = slotOf(key, mask)
    while (this.ids[at] !== 0) at = (at + 1) & mask
    this.keys[at] = key
    this.ids[at] = id + 1
  }

  private grow(): void {
    const { keys, ids } = this
    this.keys = new Uint32Array(keys.length * 2)
    this.ids = new Int32Array(ids.length * 2)
    for (let at = 0; at < keys.length; at++) if (ids[at] !== 0) this.place(keys[at] as number, (ids[at] as number) - 1)
  }
}

/** A multiplicative hash of a 32-bit key, to the table's slots. */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key ^ (key >>> 16), 0x45d9f3b) >>> 0) & mask
}
