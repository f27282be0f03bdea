import { describe, expect, it } from 'vitest'
import { fold } from '../normalize/fold.ts'
import { valueAt } from '../schema/paths.ts'
import type { Token } from '../tokens/token.ts'
import { readPrinted } from '../../test/support/printed-table.ts'
import { swappedLines } from './merged-words.ts'

const word = (text: string, kind: Token['kind'] = 'number') => ({ kind, text, folded: fold(text) }) as Token

describe('swappedLines', () => {
  it('offers a bare word of digits with its two lines swapped at every place, as readings never read alone', () => {
    const tokens = [word('0'), word('９８１３'), word('13'), word('98')]
    const out = swappedLines(tokens, { values: [0, 9813, 1398], sources: [0, 1, 2], pieces: [[0], [1], [2, 3]] })
    expect(out.map((r) => r.values[1])).toEqual([8139, 1398, 3981])
    expect(out.every((r) => r.doubted === true && r.values[0] === 0 && r.values[2] === 1398)).toBe(true)
  })

  it('offers nothing for a joined cell, a figure with a separator or unit, one digit, or a line starting with 0', () => {
    const tokens = [word('1，323'), word('23件'), word('7'), word('100'), word('45'), word('6')]
    const out = swappedLines(tokens, { values: [1323, 23, 7, 100, 456], sources: [0, 1, 2, 3, 4], pieces: [[0], [1], [2], [3], [4, 5]] })
    // 100 turns only into 001 and 010: no line of a figure starts with 0.
    expect(out).toEqual([])
  })
})

/**
 * Table 三 as pdftotext -layout printed it from Chromium's PDF of generated reports (the seed in each file's name;
 * beside it, the cells the generator printed): a cell and the row's total both wrapped as `13` over `98`; the
 * viewer merged the cell's lines into one word inverted (`9813`) and kept the total's apart. Read bottom first,
 * the total agreed with the word, and both cells were read 9813 for 1398.
 */
describe('a word merged from its two lines inverted, beside a stacked total', () => {
  it.each([
    ['layout-seed-12029-merged', 'applications.rows.results.unableToProvide.stillUnclear', 'researchInstitution', 9813],
    ['layout-seed-9071-merged', 'applications.rows.results.notDisclosed.administrativeQuery', 'socialWelfareOrganization', 4311],
  ])('%s: reads neither the word nor the total (%s)', (name, row, cell, merged) => {
    const { report, wrong } = readPrinted(name)
    expect(wrong).toEqual([])
    expect(valueAt(report, `${row}.${cell}`)).not.toBe(merged)
    expect(valueAt(report, `${row}.total`)).toBeNull()
  })
})
