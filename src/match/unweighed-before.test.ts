import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Seed 13615 (Chromium's PDF in a viewer's reading order): 1.本机关不掌握相关政府信息 prints
 * `0 —— 7673 0` `24` `0 ７６９` and then `７`, 7697's rest, just before `（2）没有现成信息需 0 9 0 ０ 无 －` —
 * whose label the text runs into its group's (`(四)无法 （2）…`), and whose total is blank.
 */
describe('a row read with a figure from before its label, and nothing to weigh it', () => {
  it('leaves the row unread: its blank total cannot say the ７ is not its first cell', () => {
    const { report, wrong } = readPrinted('default-seed-13615-unweighed')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.unableToProvide.needsCreation')).toMatchObject({ naturalPerson: null, commercialEnterprise: null })
    expect(report.warnings.find((w) => w.path === 'applications.rows.results.unableToProvide.needsCreation')?.code).toBe('unreadable_row')
  })
})
