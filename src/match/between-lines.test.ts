import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { valueAt } from '../schema/paths.ts'
import type { Token } from '../tokens/token.ts'
import { betweenLabelLines } from './source-lines.ts'

/**
 * LibreOffice's PDF of a generated .docx, read by `pdftotext -layout`: a row's one-line cells are set midway in the
 * row, so beside a label wrapped over two lines they stand on a line of their own between the label's lines.
 */
const texts = import.meta.glob<string>('../../test/fixtures/pdftotext/office-layout-seed-*-between.txt', { query: '?raw', import: 'default', eager: true })
const read = (name: string) => convertReport(texts[`../../test/fixtures/pdftotext/${name}.txt`] ?? '', { inputType: 'text' })
const at = (line: number) => ({ line }) as Token

describe("a row's figures on one line between its label's lines (-layout)", () => {
  it('are its cells: `2．其他法律行政法` / `2 18 ０ 0 0 0 20` / `规禁止公开` (seed 20004)', () => {
    expect(valueAt(read('office-layout-seed-20004-between'), 'applications.rows.results.notDisclosed.prohibitedByLaw')).toEqual({
      naturalPerson: 2,
      commercialEnterprise: 18,
      researchInstitution: 0,
      socialWelfareOrganization: 0,
      legalServiceAgency: 0,
      otherOrganization: 0,
      total: 20,
    })
  })

  it('only where every figure stands on that one line, strictly between the first label line and the last', () => {
    const tokens = [at(5), at(5), at(6), at(4)]
    expect(betweenLabelLines(tokens, [0, 1], new Set([4, 6]))).toBe(true)
    // A piece on another line (a wrapped cell's lines stand above and below the label's): the label's lines anchor.
    expect(betweenLabelLines(tokens, [0, 2], new Set([4, 6]))).toBe(false)
    // Below the label, or on one of its lines: not between.
    expect(betweenLabelLines(tokens, [0, 1], new Set([3, 4]))).toBe(false)
    expect(betweenLabelLines(tokens, [3], new Set([4, 6]))).toBe(false)
  })
})
