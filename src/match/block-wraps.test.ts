import { describe, expect, it } from 'vitest'
import { isRestOnly, wrapSets } from './block-wraps.ts'

describe('sets of wrapped pairs among a page’s blocks', () => {
  it('lists every set of as many pairs as the figures over the cells, no figure in two pairs', () => {
    // Figures 1, 2, 3 in a row: `1` over `2` or `2` over `3`, never both (the `2` is one line's end or the next's start).
    expect(wrapSets([[1, 2], [2, 3], [5, 6]], 2)).toEqual([[[1, 2], [5, 6]], [[2, 3], [5, 6]]])
    expect(wrapSets([[1, 2], [2, 3]], 2)).toEqual([])
    expect(wrapSets([[1, 2], [4, 5]], 1)).toEqual([[[1, 2]], [[4, 5]]])
  })

  it('gives up past its bound: the readings are then not all known', () => {
    const pairs = Array.from({ length: 12 }, (_, i): [number, number] => [2 * i, 2 * i + 1])
    expect(wrapSets(pairs, 2)).toBeNull()
    expect(wrapSets(pairs.slice(0, 9), 2)?.length).toBe(36)
  })

  it('takes a zero-led piece only as a rest', () => {
    const token = (folded: string, kind: 'number' | 'run' = 'number') => ({ kind, folded }) as Parameters<typeof isRestOnly>[0]
    expect(isRestOnly(token('01', 'run'))).toBe(true)
    expect(isRestOnly(token('05件', 'run'))).toBe(true)
    expect(isRestOnly(token('0'))).toBe(false)
    expect(isRestOnly(token('105'))).toBe(false)
  })
})
