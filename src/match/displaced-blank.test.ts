import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'
import type { CellValues } from './glued.ts'
import { displacedBlank } from './displaced-blank.ts'

const KEYS = ['total', 'naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceAgency', 'otherOrganization']
const PATHS = KEYS.map((k) => `row.${k}`)

/** A row as read, its cells in the table's order (the total last); null: printed blank. */
function row(...cells: (number | null)[]): [CellValues, Set<string>] {
  const inOrder = [cells[6] ?? null, ...cells.slice(0, 6)]
  const values: CellValues = new Map(PATHS.map((p, k) => [p, inOrder[k] ?? null]))
  return [values, new Set(PATHS.filter((p) => values.get(p) === null))]
}

describe('displacedBlank', () => {
  it('doubts a blank total where the mark set back makes the last figure the sum of the others', () => {
    expect(displacedBlank(...withPaths(row(0, 0, 17, 0, 0, 17, null)))).toBe(true)
  })

  it('leaves a row whose total is printed, a blank total no move explains, and a move that only trades a blank for a zero', () => {
    expect(displacedBlank(...withPaths(row(0, 0, 23, 0, 0, null, 18)))).toBe(false)
    expect(displacedBlank(...withPaths(row(4, 0, 9, 0, 0, 5, null)))).toBe(false)
    expect(displacedBlank(...withPaths(row(0, 0, 0, 0, 0, 0, null)))).toBe(false)
  })

  it('leaves a row with a cell neither read nor printed blank', () => {
    const [values, blanks] = row(0, 0, 17, 0, 0, 17, null)
    values.set('row.naturalPerson', null)
    expect(displacedBlank(values, PATHS, blanks)).toBe(false)
  })
})

function withPaths([values, blanks]: [CellValues, Set<string>]): [CellValues, string[], Set<string>] {
  return [values, PATHS, blanks]
}

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (seed 13028, an unseen print;
 * beside it, the cells the generator printed): research's blank mark set at the line's end, so `17` stood a cell
 * left of its own and the row read 0 0 17 0 0 17 with its total blank.
 */
describe('a blank mark a viewer set at the end of its row', () => {
  it('reads the row neither as printed nor moved (`0 ０ 17 0 0 17 ——` for 0 0 —— 17 0 0 17)', () => {
    const { report, wrong } = readPrinted('layout-seed-13028-mark')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.administrativeQuery.otherOrganization')).toBeNull()
  })
})
