import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'

/**
 * Generated reports saved as .docx, exported to PDF by LibreOffice (as an office publishes them), then read by
 * pdftotext -layout. A cell two lines high in a row whose other cells take one is set around the row's line:
 * `1` above `规范性文件  23  １５` and `，464` under it (seed 30: 1,464); `0` above table 四's figures and `件`
 * under them (seed 3: 0件). The upper half had been joined to the figure above it (28 read as 281), or taken for
 * table 四's first figure (every cell shifted by one).
 */
const texts = import.meta.glob<string>('../../test/fixtures/pdftotext/office-layout-*.txt', { query: '?raw', import: 'default', eager: true })
const read = (name: string) => convertReport(texts[`../../test/fixtures/pdftotext/${name}.txt`] ?? '', { inputType: 'text' })

describe('a cell two lines high around its row line', () => {
  // Found on fresh LibreOffice prints (2026-12-02): `规章 １５ 0 27` / `１５` / `行政规范性文件  0 15` / `７４` (seed 145:
  // 15 and 1,574) read 1515 for 规章; `行政处罚 5 0 0` / `１２` / `行政强制  −15 937` / `５８` (seed 219: 5 and 1,258)
  // read 512. The piece may end the figure above or begin the next row's, and table 二 has no arithmetic to choose.
  it('is joined to neither row where the piece between them may end the figure above (seeds 145 and 219, table 二)', () => {
    const upper = read('office-layout-seed-145')
    expect(valueAt(upper, 'activeDisclosure.regulations')).toEqual({ issued: null, repealed: null, inForce: null })
    expect(valueAt(upper, 'activeDisclosure.normativeDocuments.issued')).toBeNull()
    expect(valueAt(upper, 'activeDisclosure.administrativeLicensing.decisions')).toBe(16)
    const lower = read('office-layout-seed-219')
    expect(valueAt(lower, 'activeDisclosure.administrativePunishment.previousYearItems')).toBeNull()
    expect(valueAt(lower, 'activeDisclosure.administrativeCoercion.previousYearItems')).toBeNull()
    expect(valueAt(lower, 'activeDisclosure.administrativeLicensing.decisions')).toBe(12301)
  })

  it('is joined in its row, not to the figure above it (seed 30, table 二)', () => {
    const report = read('office-layout-seed-30')
    expect(valueAt(report, 'activeDisclosure.regulations')).toEqual({ issued: 28, repealed: 0, inForce: 865 })
    expect(valueAt(report, 'activeDisclosure.normativeDocuments')).toEqual({ issued: 1464, repealed: 23, inForce: 15 })
  })

  it('is read in its place in table 四 (seed 3)', () => {
    const report = read('office-layout-seed-3')
    expect(valueAt(report, 'reviewLitigation.administrativeReview')).toEqual({ upheld: 10, corrected: 0, other: 0, pending: 9, total: 19 })
    expect(valueAt(report, 'reviewLitigation.litigationWithoutReview')).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 })
    expect(valueAt(report, 'reviewLitigation.litigationAfterReview')).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 8, total: 8 })
  })

  it('without its lower half leaves table 四 unread: its rows stand or fall together (seed 3, `件` line removed)', () => {
    const report = read('office-layout-seed-3-unit-lost')
    for (const row of ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview']) {
      expect(Object.values(valueAt(report, `reviewLitigation.${row}`) as object).every((v) => v === null)).toBe(true)
    }
  })
})
