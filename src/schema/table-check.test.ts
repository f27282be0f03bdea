import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { fixture } from '../../test/support/fixtures.ts'
import { ActiveDisclosure2019, ActiveDisclosure2021, Applications2019, Applications2021, ReviewLitigation } from './tables.ts'
import { copyTable, type CheckedTableKey } from './table-check.ts'

const SCHEMAS = {
  '2019': { activeDisclosure: ActiveDisclosure2019, applications: Applications2019, reviewLitigation: ReviewLitigation },
  '2021': { activeDisclosure: ActiveDisclosure2021, applications: Applications2021, reviewLitigation: ReviewLitigation },
} as const
const KEYS: CheckedTableKey[] = ['activeDisclosure', 'applications', 'reviewLitigation']

/** Every object path of a table down to its leaves. */
function leaves(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [path]
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
}

function withAt(table: unknown, path: string[], value: unknown, remove = false): unknown {
  const copy = structuredClone(table) as Record<string, unknown>
  let node = copy
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>
  const last = path.at(-1) as string
  if (remove) delete node[last]
  else node[last] = value
  return copy
}

describe('copyTable: what the tables’ zod schemas say, without zod', () => {
  const reports = ['corpus/nansha-2020-mirror.txt', 'corpus/09-pingtan-2024-article.html', 'corpus/02-pingtan-2019.txt'].map((name) => convertReport(fixture(name)))

  it('gives zod’s own value for the corpus reports’ tables, key for key and in the same order', () => {
    let tables = 0
    for (const report of reports) {
      const version = report.report.formatVersion ?? '2021'
      for (const key of KEYS) {
        if (report[key] === null) continue
        tables++
        const copied = copyTable(version, key, report[key])
        expect(copied).not.toBeNull()
        expect(JSON.stringify(copied)).toBe(JSON.stringify(SCHEMAS[version][key].parse(report[key])))
        // A table of its own that is just what the copy would be is passed on as it is.
        expect(copyTable(version, key, report[key], true)).toBe(report[key])
      }
    }
    expect(tables).toBeGreaterThanOrEqual(6)
  })

  it('passes only what zod passes, and then gives what zod gives', () => {
    const odd: unknown[] = [1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '3', '', true, {}, [], null, 7, '元']
    let passed = 0
    let refused = 0
    for (const report of reports) {
      const version = report.report.formatVersion ?? '2021'
      for (const key of KEYS) {
        const table = report[key]
        if (table === null) continue
        const paths = leaves(table)
        const variants: unknown[] = [withAt(table, ['extra'], 1), withAt(table, [...(paths[0] ?? []).slice(0, -1), 'extra'], 'x'), { ...(table as object), __proto__: { x: 1 } }]
        for (let i = 0; i < paths.length; i += 7) {
          const path = paths[i] as string[]
          variants.push(withAt(table, path, undefined, true), withAt(table, path.slice(0, -1), null), withAt(table, path.slice(0, -1), 5))
          for (const v of odd) variants.push(withAt(table, path, v))
        }
        for (const variant of variants) {
          const zod = SCHEMAS[version][key].safeParse(variant)
          const copied = copyTable(version, key, variant)
          // Taken as the report's own, the same answer (passed on as it is, or copied, or left to zod).
          expect(JSON.stringify(copyTable(version, key, variant, true))).toBe(JSON.stringify(copied))
          if (copied === null) {
            refused++
            continue
          }
          passed++
          expect(zod.success).toBe(true)
          expect(JSON.stringify(copied)).toBe(JSON.stringify(zod.data))
        }
      }
    }
    expect(passed).toBeGreaterThan(100)
    expect(refused).toBeGreaterThan(100)
  })
})
