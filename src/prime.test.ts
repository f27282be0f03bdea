import { describe, expect, it } from 'vitest'
import { convertReport } from './convert.ts'
import { cellsOf, MODELS, type FormatVersion } from './model/index.ts'
import { figure, sampleCells, sampleHtml, sampleLayout, sampleRaw, sampleText } from './prime-samples.ts'
import { SAMPLES } from './prime.ts'
import { valueAt } from './schema/paths.ts'

describe('prime: the start-up samples still take the whole pipeline', () => {
  it('converts each tiny sample, HTML and text, reading its table', () => {
    const reports = SAMPLES.map((s) => convertReport(new TextEncoder().encode(s)))
    expect(reports.map((r) => r.source.inputType)).toEqual(['html', 'text'])
    for (const r of reports) expect(r.activeDisclosure?.regulations).toEqual({ issued: 1, repealed: 0, inForce: 2 })
    expect(reports[0]?.source.script).not.toBe('simplified')
  })

  it.each(['2019', '2021'] as const)('reads every cell of the %s reports written from the model, as text and HTML', (version: FormatVersion) => {
    for (const input of [sampleText(version), sampleHtml(version)]) {
      const report = convertReport(input)
      expect(report.report.formatVersion).toBe(version)
      expect(report.warnings).toEqual([])
      for (const table of MODELS[version].tables) {
        // The k-th cell of each table holds figure(k): every cell read, in its own place.
        expect(cellsOf(table).map((c) => valueAt(report, c.path))).toEqual(cellsOf(table).map((_, k) => figure(k)))
      }
    }
  })

  it.each(['2019', '2021'] as const)('reads the %s reports written as prints give them, never a wrong cell', (version: FormatVersion) => {
    for (const input of [sampleLayout(version), sampleRaw(version), sampleCells(version)]) {
      const report = convertReport(input)
      expect(report.report.formatVersion).toBe(version)
      expect(report.source.inputType).toBe('text')
      // A print's text may leave a cell or a table blank (with a warning); a cell it reads holds its own figure.
      const read = MODELS[version].tables.flatMap((table) => cellsOf(table).map((c, k) => ({ value: valueAt(report, c.path), want: figure(k) })))
      const given = read.filter((c) => c.value !== null && c.value !== undefined)
      expect(given.filter((c) => c.value !== c.want)).toEqual([])
      expect(given.length).toBeGreaterThan(read.length * 0.8)
    }
  })
})
