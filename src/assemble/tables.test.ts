import { describe, expect, it } from 'vitest'
import type { CellValues } from '../match/glued.ts'
import { cellsOf, MODELS, TABLE_KEYS, type FormatVersion, type TableKey } from '../model/index.ts'
import { setPath } from '../schema/paths.ts'
import { assembleTables } from './tables.ts'

/** The tables as setPath writes them cell by cell: what the replayed steps must give, key for key and in order. */
function bySetPath(version: FormatVersion, values: CellValues, found: Record<TableKey, boolean>): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const table of MODELS[version].tables) {
    if (!found[table.key]) {
      root[table.key] = null
      continue
    }
    for (const cell of cellsOf(table)) {
      setPath(root, cell.path, values.get(cell.path) ?? null)
      if (cell.unitPath) setPath(root, cell.unitPath, values.get(cell.unitPath) ?? null)
    }
  }
  return root
}

/** Every key of a tree in the order JSON writes them. */
const keysOf = (value: unknown): string[] =>
  value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v).map((x) => `${k}.${x}`)]) : []

describe('assembleTables', () => {
  it('makes the tables setPath makes, with the same keys in the same order, for every version and set of tables found', () => {
    for (const version of ['2019', '2021'] as const) {
      for (let mask = 0; mask < 8; mask++) {
        const found = Object.fromEntries(TABLE_KEYS.map((k, i) => [k, (mask & (1 << i)) !== 0])) as Record<TableKey, boolean>
        const values: CellValues = new Map()
        let n = 0
        for (const table of MODELS[version].tables) {
          for (const cell of cellsOf(table)) {
            // Numbers, blanks, and cells left out of the map alike.
            if (n % 5 !== 4) values.set(cell.path, n % 7 === 0 ? null : n)
            if (cell.unitPath && n % 2 === 0) values.set(cell.unitPath, '万元')
            n++
          }
        }
        const made = assembleTables(version, values, found)
        const expected = bySetPath(version, values, found)
        expect(made).toEqual(expected)
        expect(keysOf(made)).toEqual(keysOf(expected))
        expect(JSON.stringify(made)).toBe(JSON.stringify(expected))
      }
    }
  })

  it('makes fresh objects for every report', () => {
    const found = { activeDisclosure: true, applications: true, reviewLitigation: true }
    const a = assembleTables('2021', new Map(), found)
    const b = assembleTables('2021', new Map(), found)
    expect(a.applications).not.toBe(b.applications)
    expect(a).toEqual(b)
  })
})
