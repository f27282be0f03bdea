import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

const ROWS = 'applications.rows.results'

/** The row's cells are all null, with the warning that says why. */
function leftUnread(report: ReturnType<typeof readPrinted>['report'], row: string): void {
  expect(Object.values(valueAt(report, row) as Record<string, unknown>).every((v) => v === null)).toBe(true)
  expect(report.warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row && w.message.includes('Figures no cell took'))).toBe(true)
}

/**
 * Chromium's print through `pdftotext -layout` (seed 14979): `14` and `14` on a line of their own between
 * `2.重复申请 0 0 289 ０ ０ 16 305` and `3.要求提供公开出版物 60 0 0 0 0 ０ 60`, the first parts of 1460 and 1460.
 * No cell took them, and 60 = 60 holds as 1460 = 1460 does: read without them, the row was 60 and 60.
 */
describe('pieces no cell took, on the line above a row read whole', () => {
  it('leave the row unread where joined to its cells they keep its total too', () => {
    const { report, wrong } = readPrinted('layout-seed-14979-beside')
    expect(wrong).toEqual([])
    leftUnread(report, `${ROWS}.notProcessed.publication`)
    // The row above, which the pieces would break (16 → 1614, 305 → 30514), is read as printed.
    expect(valueAt(report, `${ROWS}.notProcessed.repeated`)).toMatchObject({ researchInstitution: 289, otherOrganization: 16, total: 305 })
  })
})

/**
 * LibreOffice's PDF through `pdftotext -layout` (seed 21109): `2.申请人逾期未按 0 0 0 0 0 215 215`, then two lines of
 * its label and `56 56` under them, the rests of 21556 and 21556. Read without them, 215 = 215 holds as well.
 */
describe('pieces no cell took, under the lines of a row label', () => {
  it('leave the row unread where joined to its cells they keep its total too', () => {
    const { report, wrong } = readPrinted('layout-office-seed-21109-beside')
    expect(wrong).toEqual([])
    leftUnread(report, `${ROWS}.otherHandling.overdueFee`)
  })
})

/**
 * LibreOffice (seed 21322): `2` and `2` over `18 0 0 7，6 0 0 7，6` / `81` `99`: 27,681 and 27,699, which keep the total
 * as 7,681 and 7,699 do.
 */
describe('pieces no cell took, over a row whose figures wrapped below', () => {
  it('leave the row unread where joined to its cells they keep its total too', () => {
    const { report, wrong } = readPrinted('layout-office-seed-21322-beside')
    expect(wrong).toEqual([])
    leftUnread(report, `${ROWS}.notProcessed.excessiveRepeated`)
  })
})

/**
 * LibreOffice (seed 20097): `3.补正后申请内容 0 0 0 0 27 0 27`, its label's last line, then `1` and `1` (the first
 * parts of the next row's `，04` and `，04`). Joined as rests, 271 and 271 would keep the total too — but the table
 * prints three-digit figures on one line in those columns, and a figure no wider than one its column prints whole is
 * not cut over two lines there (column-widths.ts): the pieces are not the row's, and it is read.
 */
describe('pieces no cell took, whose joining would wrap a figure narrower than its column holds', () => {
  it('leave the row read as printed', () => {
    const { report, wrong } = readPrinted('layout-office-seed-20097-width')
    expect(wrong).toEqual([])
    expect(valueAt(report, `${ROWS}.unableToProvide.stillUnclear`)).toMatchObject({ legalServiceAgency: 27, total: 27 })
  })
})

/**
 * LibreOffice's PDF through `pdftotext -layout` (seed 21702): `2` and `2` on a line of their own between
 * `（3）要求提供公开出版物` (`11,6` / `40`, twice) and `（4）无正当理由大量反复申请 14 0 0 8，6 0 ０ 8，6` / `38` `52`, the
 * first pieces of 28,638 and 28,652. The line above them, `０ 0 0 0 0`, leaves two columns empty, but the first `2`
 * touches its `0`: they are no cells of that line's row.
 */
describe('pieces no cell took, touching a figure of the line on their other side', () => {
  it('leave the row below unread where joined to its cells they keep its total too', () => {
    const { report, wrong } = readPrinted('layout-office-seed-21702-touching')
    expect(wrong).toEqual([])
    leftUnread(report, `${ROWS}.notProcessed.excessiveRepeated`)
  })
})

