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
