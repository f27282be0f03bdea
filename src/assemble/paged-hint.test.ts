import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { pdftotextText } from '../../test/support/printed-table.ts'
import { pagedTextHints } from './paged-hint.ts'

const row = (name: string) => ({ code: 'unreadable_row', message: '…', path: `applications.rows.results.${name}` })

/**
 * Seed 14 of the generator printed by Chromium, its PDF's text by pdftotext: in reading order (default) a page's
 * right-hand columns follow its footer as blocks that no count settles, so most rows of table 三 stay blank; with
 * `-layout` every row is read.
 */
describe('a hint for text copied out of a PDF that lost rows', () => {
  it('names table 三 in a print whose reading order lost its rows, and only it', () => {
    const report = convertReport(pdftotextText('default-seed-14-paged'), { inputType: 'text' })
    const hints = report.warnings.filter((w) => w.code === 'paged_text')
    expect(hints.map((w) => w.path)).toEqual(['applications'])
    expect(hints[0]?.message).toMatch(/^Table 三、收到和处理政府信息公开申请情况 lost \d+ rows\. .*Post the PDF file itself/)
  })

  it('gives none where the same print with its columns kept (-layout) is read whole', () => {
    const report = convertReport(pdftotextText('layout-seed-14-paged'), { inputType: 'text' })
    expect(report.warnings.filter((w) => w.code === 'paged_text')).toEqual([])
  })

  it('gives none for a text without page furniture, nor for two rows lost', () => {
    const rows = [row('disclosed'), row('partiallyDisclosed'), row('otherHandling')]
    expect(pagedTextHints(false, '2021', rows)).toEqual([])
    expect(pagedTextHints(true, '2021', rows.slice(0, 2))).toEqual([])
    expect(pagedTextHints(true, '2021', rows).map((w) => w.path)).toEqual(['applications'])
    // A table not read at all counts as all of its rows.
    expect(pagedTextHints(true, '2019', [{ code: 'missing_table', message: '…', path: 'reviewLitigation' }])[0]?.message).toMatch(/^Table 四、.* was not read\./)
  })
})
