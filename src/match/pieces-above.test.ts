import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 as pdftotext printed it in reading order from Chromium's PDF of a generated report (seed 23; beside it,
 * the cells the generator printed). `1．信访举报投诉类申请`'s 8,383 is cut: `８３８` on its label's line, its last `３`
 * on a line of its own just before `（2）重复申请`, whose seven figures start on the line under its label. The `３`
 * is left out, so 重复申请 was not read: a figure left out just above a label may be the first piece of one of the
 * row's figures, wrapped taller than its label. No joining of it to a cell keeps 0 + 1231 + 13 = 1244.
 */
describe('a row whose figures start under its label, a figure left out just before it', () => {
  it('is read where no joining of the figures left out there to its cells keeps its total', () => {
    const { report, wrong } = readPrinted('default-seed-23-above')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notProcessed.repeated')).toMatchObject({ commercialEnterprise: 1231, researchInstitution: 13, total: 1244 })
    // The row the piece was cut from stays unread.
    expect(valueAt(report, 'applications.rows.results.notProcessed.petitionOrComplaint.total')).toBeNull()
  })
})

/**
 * Reading order (seed 3): `四、结转下一年继续办理` with its seven figures one per line under its label, after （七）总计's
 * figures, which the alignment leaves out: `2025 0 25，` / `164 ７件`, four just before the label — more than the
 * three nearest that loose-before.ts weighs. No joining of them to its cells, one each, keeps 8 + 10 + 3 = 21.
 */
describe('a row whose figures start under its label, four figures left out just before it', () => {
  it('is read where no joining of any of them to its cells keeps its total', () => {
    const { report, wrong } = readPrinted('default-seed-3')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.carriedForward')).toMatchObject({ naturalPerson: 8, researchInstitution: 10, legalServiceAgency: 3, total: 21 })
    // （七）总计 itself is not read by its own figures; its columns read it (its neighbours all read: counted-runs.ts).
    const warning = report.warnings.find((w) => w.path === 'applications.rows.results.total')
    expect(warning?.code).toBe('unreadable_row')
    expect(warning?.message).toContain("as their columns' totals hold them")
  })
})
