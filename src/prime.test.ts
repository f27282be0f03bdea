import { describe, expect, it } from 'vitest'
import { convertReport } from './convert.ts'
import { SAMPLES } from './prime.ts'

describe('prime: the start-up samples still take the whole pipeline', () => {
  it('converts each sample, HTML and text, reading its table', () => {
    const reports = SAMPLES.map((s) => convertReport(new TextEncoder().encode(s)))
    expect(reports.map((r) => r.source.inputType)).toEqual(['html', 'text'])
    for (const r of reports) expect(r.activeDisclosure?.regulations).toEqual({ issued: 1, repealed: 0, inForce: 2 })
    expect(reports[0]?.source.script).not.toBe('simplified')
  })
})
