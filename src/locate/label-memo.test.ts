import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/support/fixtures.ts'
import { convertReport } from '../convert.ts'
import { fold } from '../normalize/fold.ts'
import { memoOf } from './candidates.ts'
import { ITEM_MODELS } from './items.ts'
import { LabelMemo, MAX_KEPT } from './label-memo.ts'
import { keptCues } from './version.ts'
import { core } from '../normalize/numbering.ts'
import { LabelIndex, type Probe } from './likeness.ts'

const labels = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '予以公开', '部分公开', '其他处理']

function index(): LabelIndex {
  const out = new LabelIndex()
  labels.forEach((label, k) => out.add(k, label))
  return out
}

const best = (ix: LabelIndex, probe: Probe) => ix.match(probe, 0.6).map((m) => `${m.entry.owner}:${m.score.toFixed(6)}`)

describe('label memo: what the template’s own texts read as, kept between conversions', () => {
  it('gives what the index computes afresh, and keeps only the template’s own texts', () => {
    const ix = index()
    const memo = new LabelMemo(ix, best)
    const texts = ['本年新收政府信息公开申请数量', '（一）予以公开', '本年新收政府信息', '部分 公开', '其他']
    for (const text of texts) {
      const probe = memo.probe(fold(text), new Map())
      expect(memo.reading(probe, new Map())).toEqual(best(ix, ix.probe(fold(text))))
      // Asked again in another conversion (other local maps): the template's text is the same probe, a document's is not.
      expect(memo.probe(fold(text), new Map()) === probe).toBe(labels.includes(core(fold(text))))
    }
    // Spaces inside a label fold away: `部分 公开` is the template's 部分公开.
    expect(memo.keptTexts().sort()).toEqual(['本年新收政府信息公开申请数量', '（一）予以公开', '部分 公开'].map(fold).sort())
  })

  it('keeps a numbering alone between conversions: it reads as nothing, whatever its numeral', () => {
    const ix = index()
    const memo = new LabelMemo(ix, best)
    for (const text of ['（3）', '1.', '二、']) {
      const probe = memo.probe(fold(text), new Map())
      expect(memo.reading(probe, new Map())).toEqual([])
      expect(memo.probe(fold(text), new Map())).toBe(probe)
    }
    expect(memo.keptTexts().sort()).toEqual(['（3）', '1.', '二、'].map(fold).sort())
  })

  it('keeps at most MAX_KEPT entries, and reads right after forgetting', () => {
    const ix = index()
    const memo = new LabelMemo(ix, best)
    for (let i = 0; i < 3 * MAX_KEPT; i++) {
      // Numberings vary without end: each is a text of its own, all of them the template's label.
      memo.reading(memo.probe(`${i}.予以公开`, new Map()), new Map())
      expect(memo.size).toBeLessThanOrEqual(MAX_KEPT)
    }
    expect(memo.size).toBeGreaterThan(0)
    expect(memo.reading(memo.probe(fold('予以公开'), new Map()), new Map())).toEqual(best(ix, ix.probe(fold('予以公开'))))
  })

  it('keeps nothing of a document, and leaves its answer the same after other reports', () => {
    const seed = fixture('corpus/nansha-2020-mirror.txt')
    const first = JSON.stringify(convertReport(seed, { inputType: 'text' }))
    convertReport(fixture('corpus/02-pingtan-2019.txt'), { inputType: 'text' })
    const noise = Array.from({ length: 2 * MAX_KEPT }, (_, i) => `第${i}项说明`).join('\n')
    convertReport(`${seed}\n${noise}`, { inputType: 'text' })
    expect(JSON.stringify(convertReport(seed, { inputType: 'text' }))).toBe(first)
    let kept = 0
    for (const model of Object.values(ITEM_MODELS)) {
      const texts = memoOf(model.index).keptTexts()
      kept += texts.length
      for (const text of texts) expect(model.index.holds(model.index.probe(text))).toBe(true)
    }
    expect(kept).toBeGreaterThan(10)
    // The version's cues likewise: the template's texts, alone or a line of them, never the report's own words.
    const cues = keptCues()
    expect(cues).toContain(fold('自然人'))
    for (const words of ['广州市南沙区', '南沙', '2020年', '政府信息公开工作年度报告']) expect(cues.filter((t) => t.includes(words))).toEqual([])
  })

  it('keeps the join of two template texts between conversions, and a document text\'s join only in its own', () => {
    const ix = index()
    const memo = new LabelMemo(ix, best)
    const probe = (text: string) => memo.probe(fold(text), new Map())
    const [a, b, own] = [probe('予以公开'), probe('部分公开'), probe('南沙区')]
    const seam = ix.seam(a, b)
    const joined = memo.joined(a, a, b, new Map())
    // The same as the index joins afresh, and the same object in the next conversion (other local maps).
    expect(joined.text).toBe(ix.join(a, b, seam).text)
    expect(memo.reading(joined, new Map())).toEqual(best(ix, ix.join(a, b, seam)))
    expect(memo.joined(a, a, b, new Map())).toBe(joined)
    // A document's own piece: joined anew in each conversion, kept in that conversion's map only.
    const local = new Map()
    const mine = memo.joined(a, a, own, local)
    expect(memo.joined(a, a, own, local)).toBe(mine)
    expect(memo.joined(a, a, own, new Map())).not.toBe(mine)
  })
})
