import { describe, expect, it } from 'vitest'
import { convertReport } from '../convert.ts'
import { figure, sampleHtml, sampleText } from '../prime-samples.ts'
import { valueAt } from '../schema/paths.ts'
import { readPrinted } from '../../test/support/printed-table.ts'

describe('a cell that holds only replacement characters', () => {
  // The row 行政许可 of table 二 (2021) prints one figure; the row 规章 three. A cell whose content was lost
  // (an undecodable byte, a PDF figure the geometry could not place) is a cell, unreadable: null, and the
  // figures after it stay in their own columns rather than sliding over it.
  it.each([
    ['text', sampleText('2021').replace(/^(规章)\t(\d+)\t/m, '$1\t\ufffd\t')],
    ['HTML', sampleHtml('2021').replace(/(<td>规章<\/td>)<td>\d+<\/td>/, '$1<td>\ufffd</td>')],
  ])('is null in %s, and its row keeps its other figures in place', (_, input) => {
    const report = convertReport(input)
    expect(report.activeDisclosure?.regulations).toEqual({ issued: null, repealed: figure(1), inForce: figure(2) })
  })
})

describe('blank lines at a page’s edge', () => {
  it('are no blank cells: 予以公开 `0 0 0 0 0 无`, then the page’s footer and header among blank lines', () => {
    // Unseen print 12493 in a viewer's reading order: the row's blank cell left no trace, and a blank line between
    // the dropped footer and header was read as its blank total, shifting `0` and `无` one cell left.
    const { report, wrong } = readPrinted('default-seed-12493-page')
    expect(wrong).toEqual([])
    // Six figures for seven cells, the blank's place unknown: the row is not read.
    expect(valueAt(report, 'applications.rows.results.disclosed.researchInstitution')).toBeNull()
    expect(report.warnings.filter((w) => w.path === 'applications.rows.results.disclosed').map((w) => w.code)).toContain('unreadable_row')
  })
})
