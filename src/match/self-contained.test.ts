import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report (seed 4; beside it,
 * the cells the generator printed). `（二）部分公开` keeps its first figure among its label's words (`…只计这一 ０`) and
 * shows six figures for seven cells, its label out of place: the rows beside it were left unread with it, though
 * each stands whole.
 */
describe('a row beside a label out of place', () => {
  it('is read where its own text is whole: its label, exactly its seven figures, the next label, and its total holds', () => {
    const { report, wrong } = readPrinted('default-seed-4-table')
    expect(wrong).toEqual([])
    // `(一)予以公开` `2 0 0 28 0 ０ 30件` before 部分公开, `（1）属于国家秘密` `0 0 0 0 19 0 19` after it.
    expect(valueAt(report, 'applications.rows.results.disclosed')).toMatchObject({ naturalPerson: 2, socialWelfareOrganization: 28, total: 30 })
    expect(valueAt(report, 'applications.rows.results.notDisclosed.stateSecret')).toMatchObject({ legalServiceAgency: 19, total: 19 })
    // The row whose label is out of place stays unread.
    expect(valueAt(report, 'applications.rows.results.partiallyDisclosed.total')).toBeNull()
  })
})
