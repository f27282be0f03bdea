import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pageModel } from '../../scripts/lib/page-model.ts'
import { FORMAT_VERSIONS, MODELS, cellsOf } from '../../src/model/index.ts'

/** The page's layouts are the model printed: public/page/model.js is what `npm run types` writes now. */
it('public/page/model.js is the model written out (npm run types)', () => {
  const file = readFileSync(new URL('../../public/page/model.js', import.meta.url), 'utf8')
  expect(file).toBe(pageModel())
  expect(file).toContain('"th":"申请人情况"')
})

type Cell = { th: string; colspan?: number; rowspan?: number } | { path: string; label: string; colspan?: number }
type Layout = { key: string; caption: string; head: Cell[][]; body: Cell[][] }

/** The page's modules are plain JS for the browser (type-checked apart, public/tsconfig.json): loaded by URL. */
const page = (name: string) => import(new URL(`../../public/page/${name}`, import.meta.url).href) as Promise<Record<string, Layout>>
const { ACTIVE_DISCLOSURE_2019, ACTIVE_DISCLOSURE_2021 } = await page('layout-active-disclosure.js')
const { APPLICATIONS_2019, APPLICATIONS_2021 } = await page('layout-applications.js')
const { REVIEW_LITIGATION } = await page('layout-review-litigation.js')

const LAYOUTS = {
  '2019': [ACTIVE_DISCLOSURE_2019, APPLICATIONS_2019, REVIEW_LITIGATION],
  '2021': [ACTIVE_DISCLOSURE_2021, APPLICATIONS_2021, REVIEW_LITIGATION],
} as Record<(typeof FORMAT_VERSIONS)[number], Layout[]>

/** The width of each printed row, counting the cells that rows above span down into it. */
function widths(rows: Cell[][]): number[] {
  const below: number[] = []
  return rows.map((row, r) => {
    const width = row.reduce((n, c) => n + (c.colspan ?? 1), 0) + (below[r] ?? 0)
    for (const c of row) for (let k = 1; k < ('th' in c ? (c.rowspan ?? 1) : 1); k++) below[r + k] = (below[r + k] ?? 0) + (c.colspan ?? 1)
    return width
  })
}

describe.each(FORMAT_VERSIONS)('the page prints the model of format %s', (version) => {
  it.each(MODELS[version].tables.map((t, i) => [t.key, t, LAYOUTS[version][i] as Layout] as const))('%s', (_key, table, layout) => {
    expect(layout.key).toBe(table.key)
    expect(layout.caption).toBe(table.section)
    // Every cell of the model, once, in the model's reading order.
    const cells = [...layout.head, ...layout.body].flat().flatMap((c) => ('path' in c ? [c.path] : []))
    expect(cells).toEqual(cellsOf(table).map((c) => c.path))
    // Every printed text is the model's: row labels, group titles, provisions, column labels and groups, header.
    const texts = new Set([
      ...table.header,
      ...table.groups,
      ...table.rows.flatMap((r) => [`${r.numbering}${r.label}`, ...r.columns.flatMap((c) => [c.label, ...(c.group ? [c.group] : [])])]),
    ])
    const printed = [...layout.head, ...layout.body].flat().flatMap((c) => ('th' in c ? [c.th] : []))
    expect(printed.filter((th) => !texts.has(th))).toEqual([])
    for (const group of table.groups) expect(printed, group).toContain(group)
    // A rectangle: every printed row as wide as the first.
    const all = widths([...layout.head, ...layout.body])
    expect(new Set(all).size, all.join(' ')).toBe(1)
  })
})

it('names a cell by its row, after the row\'s group where the numbering restarts in it', () => {
  const names = new Map([...(APPLICATIONS_2021 as Layout).body, ...(REVIEW_LITIGATION as Layout).body].flat().flatMap((c) => ('path' in c ? [[c.path, c.label]] : [])))
  expect(names.get('applications.rows.results.notDisclosed.stateSecret.naturalPerson')).toBe('（三）不予公开 1.属于国家秘密 · 自然人')
  expect(names.get('applications.rows.results.otherHandling.other.total')).toBe('（六）其他处理 3.其他 · 总计')
  expect(names.get('applications.rows.results.disclosed.total')).toBe('（一）予以公开 · 总计')
  expect(names.get('reviewLitigation.litigationAfterReview.pending')).toBe('行政诉讼 复议后起诉 · 尚未审结')
  expect(names.get('reviewLitigation.administrativeReview.upheld')).toBe('行政复议 · 结果维持')
})
