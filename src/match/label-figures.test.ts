import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of a generated report (test/support/tools, the seed
 * in each file's name; beside each, the cells the generator printed): a wrapped figure's piece kept among words
 * on the row's lines. Read as printed the row holds the figure's first piece; its total says a figure lost
 * something, and the row stays null.
 */
describe('a figure’s piece inside a row’s label', () => {
  // Once doubted (the piece kept among the label's words, the row null); a lone figure after a label on a line set
  // in columns is now cut from it (src/extract/text.ts), and its rest under it joins it as the arithmetic says.
  it('reads `(二)部分公开（区分处理的，只 ２４６ －－ 0 0 0 18 24652` over `计这一情形，不计其他情形） ３４` as 24634', () => {
    const { report, wrong } = readPrinted('layout-seed-5047')
    expect(wrong).toEqual([])
    const path = 'applications.rows.results.partiallyDisclosed'
    expect(valueAt(report, `${path}.naturalPerson`)).toBe(24634)
    expect(valueAt(report, `${path}.total`)).toBe(24652)
  })

  it('doubts `… 10,473 １６１      １件 件` over `109028` (1611件: the wrap’s `１件` kept as a word beside the row)', () => {
    const { report, wrong } = readPrinted('layout-seed-5145')
    expect(wrong).toEqual([])
    const path = 'applications.rows.newlyReceived'
    expect(valueAt(report, `${path}.otherOrganization`)).toBeNull()
    expect(report.warnings.filter((w) => w.path === path).map((w) => w.code)).toContain('ambiguous_cells')
  })
})
