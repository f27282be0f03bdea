import { describe, expect, it } from 'vitest'
import { CHARACTER_WEIGHT, ceiling, characterLikeness, countCharacters, likeness, SHORT_LABEL, VARIANT_WEIGHT, type Entry, type Probe } from './likeness-score.ts'

/** A seeded generator (mulberry32): the same cases every run. */
function random(seed: number): (n: number) => number {
  let a = seed
  return (n) => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
}

const NUMERALS = ['', '', '一', '二', '1']

function probeOf(r: (n: number) => number, text: string): Probe {
  const plain = r(12)
  const furniture = r(6)
  return { ids: [], counts: [], unknownKeys: [], unknown: r(12), plain, furniture, size: 0, numeral: NUMERALS[r(5)] as string, text }
}

function entryOf(r: (n: number) => number, text: string, size: number): Entry {
  return { id: 0, owner: 0, text, weight: r(2) === 0 ? 1 : VARIANT_WEIGHT, numeral: NUMERALS[r(5)] as string, size }
}

const word = (r: (n: number) => number, length: number) => Array.from({ length }, () => '政府信息公开申请'.charAt(r(8))).join('')

describe('ceiling: the most any label could score against a probe', () => {
  it('is at least the pairs’ likeness of every label, whatever pairs it shares', () => {
    const r = random(7)
    for (let n = 0; n < 200_000; n++) {
      const probe = probeOf(r, word(r, r(20)))
      const known = probe.plain + probe.furniture
      if (known === 0) continue
      // Shared pairs, of them furniture, and a label's size holding them (each at most what the probe and label hold).
      const common = 1 + r(known)
      const furniture = Math.min(r(common + 1), probe.furniture)
      if (common - furniture > probe.plain) continue
      const entry = entryOf(r, '', common + r(10))
      const score = likeness(probe, entry, common, probe.unknown + probe.plain - (common - furniture))
      expect(score).toBeLessThanOrEqual(ceiling(probe, 0) + 1e-12)
    }
  })

  it('is at least the characters’ likeness of every short label, counting the probe’s characters short labels hold', () => {
    const r = random(11)
    for (let n = 0; n < 100_000; n++) {
      const probe = probeOf(r, word(r, 1 + r(2 * SHORT_LABEL)))
      probe.plain = 0
      probe.furniture = 0
      const entry = entryOf(r, word(r, 1 + r(SHORT_LABEL)), 1)
      // The probe's characters this one short label holds: what the index's count is at least.
      let held = 0
      for (const c of probe.text) if (entry.text.includes(c)) held++
      countCharacters(probe.text, 1)
      // As LabelIndex.match weighs it.
      const score = CHARACTER_WEIGHT * characterLikeness(probe, entry)
      countCharacters(probe.text, -1)
      expect(score).toBeLessThanOrEqual(ceiling(probe, held) + 1e-12)
    }
  })
})
