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
    expect(valueAt(report, 'applications.rows.results.total.total')).toBeNull()
  })
})

/**
 * Reading order (seed 1115): `四、结转下年度继续办理` with its figures one per line under its label (`9` `0` … `9`), after
 * eight figures of `(七)总计` that the alignment left out (`1,063 20,442 0件 7661 15346 5 ４４５` `１７`). A row's cells
 * have one first piece each at most: only the seven nearest its label are weighed, and no joining of them keeps its total.
 */
describe('a row whose figures start under its label, more figures left out before it than it has cells', () => {
  it('weighs the nearest of them, as many as its cells, and is read where none joins to keep its total', () => {
    const { report, wrong } = readPrinted('default-seed-1115-nearest')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.carriedForward')).toMatchObject({ naturalPerson: 9, commercialEnterprise: 0, total: 9 })
  })
})
