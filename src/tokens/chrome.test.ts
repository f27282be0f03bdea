import { describe, expect, it } from 'vitest'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'
import { halfUnit, halfWidth } from '../normalize/fold.ts'
import { ADDRESS, holdsShapeMark, mayStartFurniture, PAGE_NUMBER } from './furniture-shapes.ts'

/** The pattern holdsShapeMark's table replaced: every page number and address holds one of its marks. */
const SHAPE_MARK = /[-—–－~～/／\\＼第共页]|[wｗＷ]{3}|[pｐＰ][aａＡ][gｇＧ][eｅＥ]/i

/**
 * Page furniture in real pdftotext -layout and -raw text (Chromium's print of a generated report, the seed in the
 * file's name): a running figure is one alone on its line. A table row's `20` two lines above a page's footer, with
 * `２０` at the next page's edge, is a cell: dropped, the row's other figures moved one cell left.
 */
describe('page furniture beside a table', () => {
  it('keeps a row’s figure that recurs at two pages’ edges (`… 24518 20 57 １８９ 74723`, `… 0 0 0 ２０`)', () => {
    const { report, wrong } = readPrinted('layout-seed-2040')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.newlyReceived.socialWelfareOrganization')).toBe(20)
    // 要求行政机关确认's `6 １４ 1 … ２０` keeps its 20 too, but its columns doubt its order: 总计 leaves 商业企业 12
    // and 科研机构 nothing past the rows read (the report's own slips), and 14 | 6 | … | 1 would fit them.
    expect(valueAt(report, 'applications.rows.results.notProcessed.confirmationRequest.total')).toBeNull()
    expect(report.warnings.find((w) => w.path === 'applications.rows.results.notProcessed.confirmationRequest')?.code).toBe('ambiguous_cells')
  })

  it('drops a print time and the page’s title that -raw prints as one line (`12/1/26, 3:27 PM 平潭综合实验区…`) between two rows', () => {
    const { report, wrong } = readPrinted('raw-seed-4')
    expect(wrong).toEqual([])
    // Left in, its figures (12 / 1 / 26, 3 27) stood just before （1）属于国家秘密's label as figures no row holds.
    expect(valueAt(report, 'applications.rows.results.notDisclosed.stateSecret')).toEqual({ naturalPerson: 0, commercialEnterprise: 0, researchInstitution: 0, socialWelfareOrganization: 0, legalServiceAgency: 19, otherOrganization: 0, total: 19 })
  })
})

/**
 * pdftotext -layout of a print numbered `2/4` in its footer (seed 13209): a row's cells wrapped in a narrow column
 * left `－ 7 －` on the line above the page's footer — two blank marks' second lines and 457's last digit, shaped
 * like a page number. Dropped as page 7, 457 read 45.
 */
describe('a line shaped like a page number in a text numbered another way', () => {
  it('keeps `－ 7 －` at a page’s foot where the pages are numbered `2/4`', () => {
    const { report, wrong } = readPrinted('layout-seed-13209-marks')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.processInformation.commercialEnterprise')).not.toBe(45)
  })
})

/**
 * In reading order (seed 3) a page starts with the running head on three lines: the print time, the title cut
 * after its year (`年四川省…政务公开`), and the year alone (`2019`). Past the print time, the year stands as near the
 * edge as the head: as a figure it filled a cell of `(一)予以公开` (`826 0 0件 0 0 0 826件` then `2019`).
 */
describe('a running head in a viewer’s reading order', () => {
  it('drops the year cut from the running title on a line of its own, two lines past the print time', () => {
    const { report, wrong } = readPrinted('default-seed-3')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.disclosed')).toMatchObject({ naturalPerson: 826, total: 826 })
  })
})

/**
 * pdftotext -layout of a print whose title opens with its year (seed 11178): the second page's head sets the year
 * two spaces before the rest of the title, `12/2/26, 4:37 PM   2025  年平潭综合实验区…`, a cell of its own, and the
 * other pages' heads cut the title elsewhere. Kept as a figure, 2025 stood right after 2.其他法律行政法规禁止公开's
 * `１７１ 27 0 21 0 0 1，762` over `４`, where the page broke table 三: that row and the one after it were unread.
 */
describe('a running head whose title opens with its year, set apart', () => {
  it('drops the year with the title on the print time’s line', () => {
    const { report, wrong } = readPrinted('layout-seed-11178-head')
    expect(wrong).toEqual([])
    expect(valueAt(report, 'applications.rows.results.notDisclosed.prohibitedByLaw')).toMatchObject({ naturalPerson: 1714, commercialEnterprise: 27, socialWelfareOrganization: 21, total: 1762 })
  })
})

describe('holdsShapeMark', () => {
  it('reads every unit as SHAPE_MARK does', () => {
    const differ: number[] = []
    for (let u = 0; u < 0x10000; u++) if (holdsShapeMark(String.fromCharCode(u)) !== SHAPE_MARK.test(String.fromCharCode(u))) differ.push(u)
    expect(differ).toEqual([])
  })

  it('finds `www` and `page` in every case and width, and nothing in their letters apart or cut short', () => {
    const forms = (word: string): string[] =>
      [...word].reduce<string[]>((out, ch) => out.flatMap((s) => [ch, ch.toUpperCase(), String.fromCharCode(ch.charCodeAt(0) + 0xfee0), String.fromCharCode(ch.toUpperCase().charCodeAt(0) + 0xfee0)].map((c) => s + c)), [''])
    const texts = [...forms('www'), ...forms('page'), ...forms('ww'), ...forms('pag'), 'w w w', 'pa ge', 'gepa', '见page', 'ww第', '12件', '']
    const differ = texts.flatMap((t) => [t, `x${t}y`, `${t}1`]).filter((t) => holdsShapeMark(t) !== SHAPE_MARK.test(t))
    expect(differ).toEqual([])
  })
})

/**
 * What follows the first character in each form of PAGE_NUMBER (`- 3 -`, `3/4`, `第3页`, `共4页第3页`, `page 3`) and
 * of ADDRESS (`http://…`, `https://…`, `file://…`, `ftp://…`, `www.a.b`, `c:\\x`, `/a/b`): a form added to a pattern
 * needs its completion here, or the first test below fails for it.
 */
const COMPLETIONS = [' 3 -', '3 -', '/4', '3页', '4页第3页', 'age 3', 'ttp://a', 'ttps://a', 'ile://a', 'tp://a', 'ww.a.b', ':\\x', 'a/b']
const furniture = (text: string) => {
  const t = halfWidth(text).trim()
  return PAGE_NUMBER.test(t) || ADDRESS.test(t)
}

describe('mayStartFurniture', () => {
  it('has every form of the two patterns completed', () => {
    const forms = ['- 3 -', '— 3 —', '– 3 –', '~3~', '3/4', '第3页', '共4页第3页', 'page 3', 'http://a', 'https://a', 'file://a', 'ftp://a', 'www.a.b', 'c:\\x', '/a/b']
    const uncompleted = forms.filter((form) => !COMPLETIONS.some((tail) => furniture(form.slice(0, 1) + tail)))
    expect(uncompleted).toEqual([])
  })

  it('admits exactly the first characters the two patterns can start with, in either width', () => {
    const differ: string[] = []
    for (let u = 0; u < 0x10000; u++) {
      const first = String.fromCharCode(u)
      const starts = COMPLETIONS.some((tail) => furniture(first + tail))
      // A space or a dropped unit trims away: the text's first printed unit is then another (firstPrinted).
      if (halfWidth(first).trim() === '') continue
      if (mayStartFurniture(halfUnit(u)) !== starts) differ.push(`U+${u.toString(16)}`)
    }
    expect(differ).toEqual([])
  })
})
