import fc from 'fast-check'

/**
 * The few random choices the generator makes, behind one small interface so that the model and the
 * renderers do not depend on fast-check's API. Built on `fc.gen()`: every choice is drawn from
 * fast-check's own source, so a failing case is replayed from its seed and shrunk choice by choice.
 */
export interface Random {
  int(min: number, max: number): number
  bool(probability?: number): boolean
  pick<T>(items: readonly T[]): T
}

type Gen = fc.GeneratorValue

export function fromGen(g: Gen): Random {
  return {
    int: (min, max) => g(fc.integer, { min, max }),
    // A probability in percent keeps the choice an integer, which fast-check shrinks towards 0 (false).
    bool: (probability = 0.5) => g(fc.integer, { min: 0, max: 999 }) < probability * 1000,
    pick: <T>(items: readonly T[]) => items[g(fc.integer, { min: 0, max: items.length - 1 })] as T,
  }
}

/** A deterministic source for unit tests and scripts (mulberry32). */
export function seeded(seed: number): Random {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    bool: (probability = 0.5) => next() < probability,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  }
}
