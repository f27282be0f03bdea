import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

/**
 * Table 三 of `pdftotext -layout` prints (the seed in each file's name): a wrapped figure joined the same way in a
 * part and its total keeps the row's sum whatever the joining, so the arithmetic says nothing for it — where the
 * readings listed left out another joining of the same pieces that keeps it too, the row is left null.
 */
function row(report: ReturnType<typeof readPrinted>['report'], path: string) {
  return valueAt(report, `applications.rows.${path}`) as Record<string, number | null>
}

const blank = (cells: Record<string, number | null>) => Object.values(cells).every((v) => v === null)

describe('joinings in doubt', () => {
  it('leaves 信访举报投诉类申请 null where `2` … `2` under its `10` and `19` may be the next row’s first parts (LibreOffice)', () => {
    const { report, wrong } = readPrinted('layout-office-seed-22116-next-firsts')
    // `0 0 9 0 0 1 1` over `0 9` over `2 … 2`, over 重复申请's `0 0 ０ 3 0 ０ 3`: 210 and 219 keep the total as 10 and
    // 19 do, and the next row's 23 and 23 keep its own as 3 and 3 do.
    expect(blank(row(report, 'results.notProcessed.petitionOrComplaint'))).toBe(true)
    expect(blank(row(report, 'results.notProcessed.repeated'))).toBe(true)
    expect(wrong).toEqual([])
  })

  it('leaves 确认… null where `18` over `件 66` reads 1866 in the page’s order: the unit the text joined to `18` is the lower line’s', () => {
    const { report, wrong } = readPrinted('layout-seed-16382-unit-below')
    // `0 0 0 0 18 0 18` over `件 66 66`: 6618 in a part and its total keeps the sum as 1866 twice does.
    expect(blank(row(report, 'results.notProcessed.confirmationRequest'))).toBe(true)
    expect(wrong).toEqual([])
  })
})
