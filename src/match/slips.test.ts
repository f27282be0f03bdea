import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'
import { pastSlips } from './slips.ts'
import type { JoinedReading } from './wrapped-cells.ts'

/** A row's readings: its values, each cell from the pieces named (one piece, or two joined). */
const reading = (values: number[], pieces: number[][]): JoinedReading => ({ values, sources: pieces.map((p) => p[0] ?? -1), pieces })

describe('pastSlips: an equation every reading breaks weighs nothing between them', () => {
  // Cells a, b and their total; pieces `12` `3` `5` `128`: 123 | 5 or 12 | 35, each beside the total 128.
  const joinedA = reading([123, 5, 128], [[0, 1], [2], [3]])
  const joinedB = reading([12, 35, 128], [[0], [1, 2], [3]])
  const rowSum = { left: [2], right: [0, 1], value: 0 }
  const slip = { left: [2], right: [], value: 130 }

  it('sets aside a slip on a cell read from one piece, and reads the one joining the rest leaves', () => {
    const agreed = (w: readonly unknown[]) => (w.includes(slip) ? null : joinedA)
    expect(pastSlips([joinedA, joinedB], [rowSum, slip], agreed)).toBe(joinedA)
  })

  it('reads nothing where no equation breaks in every reading, or none is left to weigh', () => {
    expect(pastSlips([joinedA, joinedB], [rowSum], () => joinedA)).toBeNull()
    expect(pastSlips([joinedA, joinedB], [slip], () => joinedA)).toBeNull()
  })

  it('reads nothing where the slip enters a joined cell: the joining may be its cause', () => {
    const onJoined = { left: [0], right: [], value: 124 }
    expect(pastSlips([joinedA, joinedB], [rowSum, onJoined], () => joinedA)).toBeNull()
  })
})

/**
 * pdftotext -layout of a Chromium print (develop seed 223): `３７０` on 本年新收's line, `８` on its label's second
 * line, shifted under 25624 by the label's wide glyphs. Its own total says 3,708 (59,136); the report's balance
 * the overview's 本年度共新收政府信息公开申请59140件 says 59,140 — the report's slip, on a total read as printed,
 * broken by every joining alike.
 */
describe('a wrapped figure beside the report\'s slip', () => {
  it('reads 本年新收 by its own total, 3,708 for `３７０` / `８`', () => {
    const { report, wrong } = readPrinted('layout-seed-223')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived.socialWelfareOrganization')).toBe(3708)
    expect(valueAt(report, 'applications.rows.newlyReceived.total')).toBe(59136)
  })
})

/**
 * Seed 12675 (-layout, a wide print): (一)予以公开 prints `0 0 0 １７２ ９ 7 0 —`, 社会公益组织's 1729 set as two words
 * and the total blank. The blank total's equation fails every reading (its parts are not 0) and says nothing: set
 * aside, the balance down the columns (every other cell of them read) leaves one joining, 1729 beside 7.
 */
describe('a row whose total is printed blank', () => {
  it('is read where the equations down its columns leave one joining of its pieces', () => {
    const { report, wrong } = readPrinted('layout-seed-12675-blank')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.disclosed')).toMatchObject({ socialWelfareOrganization: 1729, legalServiceAgency: 7, total: null })
  })
})
