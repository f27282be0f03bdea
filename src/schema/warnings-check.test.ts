import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { convertReport } from '../convert.ts'
import { fixture } from '../../test/support/fixtures.ts'
import { Warning } from './report.ts'
import { checkedWarnings } from './warnings-check.ts'

const Warnings = z.array(Warning)
/** What zod makes of it: its value where it passes, else null. */
const byZod = (w: unknown) => {
  const parsed = Warnings.safeParse(w)
  return parsed.success ? parsed.data : null
}

describe('checkedWarnings: what the schema says of warnings, without zod', () => {
  it('gives zod’s own value for a report’s warnings, key for key and in the same order', () => {
    for (const name of ['corpus/02-pingtan-2019.txt', 'corpus/06-pingtan-2023.txt']) {
      const warnings = convertReport(fixture(name)).warnings
      expect(warnings.length).toBeGreaterThan(5)
      const checked = checkedWarnings(warnings)
      expect(checked).not.toBeNull()
      expect(checked).toEqual(byZod(warnings))
      checked?.forEach((w, k) => expect(Object.keys(w)).toEqual(Object.keys(byZod(warnings)?.[k] ?? {})))
    }
  })

  it('passes only what zod passes, and copies each warning as zod does', () => {
    const shared = { code: 'c', message: 'm' }
    const cases: unknown[] = [
      [],
      [shared, shared],
      [{ message: 'm', code: 'c' }],
      [{ path: 'p', message: 'm', code: 'c' }],
      [{ code: 'c', message: 'm', path: undefined }],
      [{ code: 'c', message: 'm', path: 1 }],
      [{ code: 'c', message: 'm', extra: 1 }],
      [{ code: 'c' }],
      [{ code: 1, message: 'm' }],
      [{ code: 'c', message: null }],
      [null],
      // eslint-disable-next-line no-sparse-arrays
      [shared, , shared],
      [Object.assign(Object.create(null) as object, shared)],
      [[]],
      { 0: shared, length: 1 },
      'warnings',
      null,
    ]
    for (const c of cases) {
      const checked = checkedWarnings(c)
      if (checked === null) continue
      const zod = byZod(c)
      expect(zod).not.toBeNull()
      expect(checked).toEqual(zod)
      checked.forEach((w, k) => expect(Object.keys(w)).toEqual(Object.keys(zod?.[k] ?? {})))
    }
    expect(checkedWarnings([shared])?.[0]).not.toBe(shared)
    expect(checkedWarnings([{ path: 'p', message: 'm', code: 'c' }])?.[0]).toEqual({ code: 'c', message: 'm', path: 'p' })
    // A path left undefined, or a key zod would strip, is zod's to decide.
    expect(checkedWarnings([{ code: 'c', message: 'm', path: undefined }])).toBeNull()
    expect(checkedWarnings([{ code: 'c', message: 'm', extra: 1 }])).toBeNull()
  })
})
