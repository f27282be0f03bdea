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

  // Unseen print 14889 in a viewer's reading order: `其他对外管理服务事项` / `0 −102 第二十条第（六）项` read −102
  // as a blank mark (`−`) and 102, the figure put in the cell after its own.
  it('keeps a minus sign of any form with its figure (`−102`, `－5`, `＋3`)', () => {
    for (const [text, run] of [
      ['0 −102 第二十条第（六）项', '0 −102'],
      ['本年增减－5件', '－5'],
      ['本年增减＋3', '＋3'],
    ] as const) {
      const pieces = cutRuns(text) ?? []
      expect(pieces.filter((p) => p.run).map((p) => text.slice(p.from, p.to))).toEqual([run])
    }
  })
})

