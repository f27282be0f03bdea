import { describe, expect, it } from 'vitest'
import { cutRuns } from './unglue.ts'

/** Cells as crawlers glue them (a row's label and figures, a header line, prose with a date), and a hostile one. */
const CELLS = [
  '本年新收政府信息公开申请数量801000081',
  '（一）予以公开  735 58 0 0 0 6 799二、上年结转政府信息公开申请数量00000002.其他',
  '2021年3月5日发布，共收到申请12件，（3）其他 4',
  '   ',
  `字1${'1)'.repeat(40)}`,
]

describe('cutRuns: the pieces of a glued cell, counted as they are cut', () => {
  it('gives every piece while they are at most `max`, and null past it', () => {
    for (const text of CELLS) {
      const all = cutRuns(text)
      expect(all).not.toBeNull()
      const n = all?.length ?? 0
      expect(cutRuns(text, n)).toEqual(all)
      expect(cutRuns(text, n + 5)).toEqual(all)
      if (n > 1) expect(cutRuns(text, n - 1)).toBeNull()
    }
  })

  it('cuts words from the runs of figures, in order', () => {
    const pieces = cutRuns('行政许可 12 34') ?? []
    expect(pieces.map((p) => [p.from, p.to, p.run])).toEqual([
      [0, 5, false],
      [5, 10, true],
    ])
    expect(cutRuns(`字1${'1)'.repeat(40)}`)?.length).toBe(81)
  })
})
