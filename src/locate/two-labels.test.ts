import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { MODELS } from '../model/index.ts'
import { fold } from '../normalize/fold.ts'
import { valueAt } from '../schema/paths.ts'
import { ITEM_MODELS } from './items.ts'
import type { Entry } from './likeness.ts'
import { twoLabels } from './two-labels.ts'

const html = import.meta.glob<string>('../../test/fixtures/corpus/09-pingtan-2024-article.html', { query: '?raw', import: 'default', eager: true })
const expected = import.meta.glob<{ applications: unknown }>('../../test/fixtures/corpus/09-pingtan-2024-article.expected.json', { import: 'default', eager: true })
const page = Object.values(html)[0] ?? ''
const truth = Object.values(expected)[0] as Record<string, unknown>

/** The real report with row `b` removed and its label written after row `a`'s, in `a`'s cell: two labels, one row of figures. */
function merged(a: string, b: string): string {
  const rows = [...page.matchAll(/<tr>(?:(?!<tr>)[\s\S])*?<\/tr>/g)]
  const gone = rows.find((m) => m[0].includes(b))
  if (!gone || gone.index === undefined) throw new Error(`no row ${b}`)
  const without = page.slice(0, gone.index) + page.slice(gone.index + gone[0].length)
  // Its group's cell spans one row fewer.
  return without.replace(a, a + b).replace('rowspan="8"', 'rowspan="7"')
}

describe('a cell holding two rows’ labels', () => {
  it.each([
    ['1.属于国家秘密', '2.其他法律行政法规禁止公开', 'stateSecret', 'prohibitedByLaw'],
    ['4.保护第三方合法权益', '5.属于三类内部事务信息', 'thirdPartyRights', 'internalAffairs'],
  ])('%s%s: its figures go to neither row', (a, b, first, second) => {
    const report = convertReport(merged(a, b))
    const base = 'applications.rows.results.notDisclosed'
    // Before, the longer label won: the first row's figures were given to the second (4 where the report says 0).
    for (const row of [first, second]) {
      expect(Object.values(valueAt(report, `${base}.${row}`) as object).every((v) => v === null)).toBe(true)
    }
    expect(report.warnings.filter((w) => w.code === 'unreadable_row').map((w) => w.path)).toEqual([`${base}.${first}`, `${base}.${second}`])
    // Every other row of the table as the report prints it.
    const rows = valueAt(truth, `${base}`) as Record<string, unknown>
    for (const [row, values] of Object.entries(rows)) if (row !== first && row !== second) expect(valueAt(report, `${base}.${row}`)).toEqual(values)
  })
})

describe('twoLabels', () => {
  it.each(['2019', '2021'] as const)('finds no two labels in any label the %s format prints, nor in its wordings', (version) => {
    const { index } = ITEM_MODELS[version]
    const texts = MODELS[version].tables.flatMap((t) => t.rows.flatMap((r) => [r.numbering + r.label, ...r.variants]))
    expect(texts.length).toBeGreaterThan(40)
    for (const text of texts) {
      const held: Entry[] = []
      const probe = index.probe(fold(text))
      index.match(probe, 0.6, held)
      expect(twoLabels(probe, held), text).toBeNull()
    }
  })

  it('finds them side by side, and not one inside the other', () => {
    const { index } = ITEM_MODELS['2021']
    const read = (text: string) => {
      const held: Entry[] = []
      const probe = index.probe(fold(text))
      index.match(probe, 0.6, held)
      return twoLabels(probe, held)?.map((e) => e.text) ?? null
    }
    expect(read('1.属于国家秘密2.其他法律行政法规禁止公开')).toEqual(['属于国家秘密', '其他法律行政法规禁止公开'])
    expect(read('2.其他法律行政法规禁止公开')).toBeNull()
  })
})
