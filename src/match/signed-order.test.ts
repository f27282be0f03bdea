import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import { pdftotextText } from '../../test/support/printed-table.ts'

/**
 * Table 二 of a print (Chromium's PDF through `pdftotext -layout`, fresh seed 9078): the viewer set 行政事业性收费's
 * figures out of their columns' order, `－262` (its change) before `27` (last year's items).
 */
describe('a signed figure where a row’s order puts a count', () => {
  it('reads neither cell of `行政事业性收费 －262 … 27`: the order that put −262 under last year’s items may have moved 27 too', () => {
    const report = convertReport(pdftotextText('layout-seed-9078-table2'), { inputType: 'text' })
    // Read before as change 27 (and last year's items unreadable): 27 is last year's items, −262 the change.
    expect(valueAt(report, 'activeDisclosure.administrativeFees.change')).toBeNull()
    expect(valueAt(report, 'activeDisclosure.administrativeFees.previousYearItems')).toBeNull()
    expect(report.warnings.find((w) => w.path === 'activeDisclosure.administrativeFees')?.code).toBe('ambiguous_cells')
    // A signed figure in its own column reads as printed: 行政强制 7 and −16.
    expect(valueAt(report, 'activeDisclosure.administrativeCoercion')).toEqual({ previousYearItems: 7, change: -16, decisions: 0 })
    expect(valueAt(report, 'activeDisclosure.administrativePunishment')).toEqual({ previousYearItems: 0, change: 205, decisions: 12937 })
  })

  it('reads no cell of `行政处罚 +40 ２０４９` over `１`: a figure printed with its plus sign is no count, and the blank it left out shifted the row', () => {
    // Unseen print 12441 in reading order: last year's items blank (no trace), +40 the change, 20491 the decisions —
    // read as 40, 2049 and 1.
    const report = convertReport(pdftotextText('default-seed-12441-table2'), { inputType: 'text' })
    expect(valueAt(report, 'activeDisclosure.administrativePunishment')).toEqual({ previousYearItems: null, change: null, decisions: null })
    expect(report.warnings.find((w) => w.path === 'activeDisclosure.administrativePunishment')?.code).toBe('ambiguous_cells')
    expect(valueAt(report, 'activeDisclosure.administrativeCoercion')).toEqual({ previousYearItems: 4, change: 0, decisions: 26 })
  })
})
