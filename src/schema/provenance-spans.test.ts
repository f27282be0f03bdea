import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { fixture } from '../../test/support/fixtures.ts'
import { Provenance } from './provenance.ts'
import { cleanText } from '../normalize/clean-text.ts'
import { extractText } from '../extract/text.ts'
import { resolveLimits } from '../limits/options.ts'
import { locate } from '../locate/locate.ts'
import { matchTables } from '../match/match.ts'
import { buildProvenance } from '../provenance/build.ts'
import { makeTokens } from '../tokens/make-tokens.ts'
import { checkedSpans } from './provenance-spans.ts'

/** What zod makes of it: its value where it passes, else null. */
const byZod = (p: unknown) => {
  const parsed = Provenance.safeParse(p)
  return parsed.success ? parsed.data : null
}

describe('checkedSpans: what the schema says of spans, without zod', () => {
  it('gives zod’s own value for a report’s provenance, key for key and in the same order', () => {
    for (const name of ['corpus/nansha-2020-mirror.txt', 'corpus/09-pingtan-2024-article.html']) {
      const provenance = convertReport(fixture(name), { provenance: true }).provenance ?? {}
      const checked = checkedSpans(provenance)
      expect(checked).not.toBeNull()
      expect(JSON.stringify(checked)).toBe(JSON.stringify(byZod(provenance)))
      expect(Object.keys(provenance).length).toBeGreaterThan(50)
    }
  })

  it('passes only what zod passes, and copies each entry as zod does', () => {
    const shared = { start: 1, end: 2, text: 'x' }
    const cases: unknown[] = [
      {},
      { a: shared, b: shared },
      { a: { text: 'x', end: 2, start: 1 } },
      { a: { start: -0, end: 0, text: '' } },
      { a: { start: -1, end: 2, text: 'x' } },
      { a: { start: 1.5, end: 2, text: 'x' } },
      { a: { start: Number.NaN, end: 2, text: 'x' } },
      { a: { start: 1, end: Number.POSITIVE_INFINITY, text: 'x' } },
      { a: { start: 2 ** 53, end: 2 ** 53, text: 'x' } },
      { a: { start: '1', end: 2, text: 'x' } },
      { a: { start: 1, end: 2 } },
      { a: { start: 1, end: 2, text: 3 } },
      { a: { start: 1, end: 2, text: 'x', extra: undefined } },
      { a: { start: 1, end: 2, text: undefined } },
      { a: null },
      { a: [1, 2] },
      { a: { page: 1, x: 0, y: 0, w: 1, h: 1, text: 'x' } },
      { a: { text: 'x' } },
      { a: shared, [Symbol('s')]: shared },
      Object.assign(Object.create(null) as object, { a: shared }),
    ]
    for (const c of cases) {
      const checked = checkedSpans(c as Provenance)
      if (checked === null) continue
      const zod = byZod(c)
      expect(zod).not.toBeNull()
      expect(checked).toEqual(zod)
      expect(Object.keys(checked)).toEqual(Object.keys(zod ?? {}))
      for (const key of Object.keys(checked)) expect(Object.keys(checked[key] ?? {})).toEqual(Object.keys(zod?.[key] ?? {}))
    }
    // Spans pass; the other forms are left to zod.
    expect(checkedSpans({ a: shared, b: shared })?.a).not.toBe(shared)
    expect(checkedSpans({ a: { text: 'x' } })).toBeNull()
    expect(checkedSpans({ a: { start: 1.5, end: 2, text: 'x' } })).toBeNull()
  })

  it('passes a record of its own on as it is, where its spans have their keys in zod’s order', () => {
    const own: Provenance = { a: { start: 1, end: 2, text: 'x' }, b: { start: 0, end: 0, text: '' } }
    expect(checkedSpans(own, true)).toBe(own)
    expect(JSON.stringify(checkedSpans(own, true))).toBe(JSON.stringify(byZod(own)))
    // Keys in another order: zod's copy would reorder them, so the record is left to zod.
    expect(checkedSpans({ a: { text: 'x', end: 2, start: 1 } }, true)).toBeNull()
    expect(checkedSpans({ a: { start: 1, end: 2, text: 'x', extra: 1 } } as Provenance, true)).toBeNull()
    // Its entries given as the list they were put from: checked from the list, with the same answers.
    expect(checkedSpans(own, Object.values(own))).toBe(own)
    const reordered = { a: { text: 'x', end: 2, start: 1 } }
    expect(checkedSpans(reordered, Object.values(reordered))).toBeNull()
    const broken = { a: { start: -1, end: 2, text: 'x' } }
    expect(checkedSpans(broken, Object.values(broken))).toBeNull()
  })

  it('is given by buildProvenance the list of all its record holds: every key a path, and no symbol a list would not name', () => {
    // checkedSpans takes the list for the whole record (no key of it listed): what holds only if the record is the list.
    const limits = resolveLimits()
    for (const name of ['corpus/nansha-2020-mirror.txt', 'corpus/02-pingtan-2019.txt']) {
      const input = fixture(name)
      const clean = cleanText(input)
      const grid = extractText(clean.text, limits)
      const { tokens } = makeTokens(grid, { glueable: true, limits })
      const located = locate(tokens, null)
      const matched = matchTables(tokens, located, true, clean.text)
      const built = buildProvenance(tokens, { inputType: 'text', source: { input, clean } }, matched.values, matched.sources, located.fields, located.fieldTokens)
      const keys = Reflect.ownKeys(built.record)
      expect(keys.every((k) => typeof k === 'string')).toBe(true)
      // The very entries, in the order they were put: the record holds the list and nothing else.
      expect(keys.length).toBe(built.entries.length)
      keys.forEach((k, i) => expect(built.record[k as string]).toBe(built.entries[i]))
      expect(keys.length).toBeGreaterThan(50)
    }
  })
})
