import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertBatch } from '../../src/batch/convert-batch.ts'
import { convertReport } from '../../src/convert.ts'
import { Converter } from '../../src/rpc.ts'
import { CASES } from '../support/fixtures.ts'
import { fromGen } from '../support/generator/random.ts'
import { SHAPES } from '../support/generator/shapes.ts'
import { numbersWithoutSource, provenanceProblems } from '../support/provenance-check.ts'
import { post } from '../support/worker.ts'

/**
 * Provenance (SPEC §3): every entry's text is the input at its offsets and reads as its value
 * (test/support/provenance-check.ts), for every report of the corpus and every generated shape; every number
 * of the corpus reports has one; and `provenance: false` / `?provenance=false` leave it out.
 */
describe.each(CASES)('$name', ({ input, inputType }) => {
  it('names, for every number and field, source characters that read as it', () => {
    const report = convertReport(input, { inputType })
    expect(provenanceProblems(input, inputType, report)).toEqual([])
    expect(numbersWithoutSource(report)).toEqual([])
    for (const field of ['report.title', 'report.year', 'report.publishedOn']) if (report.report[field.slice(7) as 'title'] !== null) expect(report.provenance).toHaveProperty([field])
  })
})

/** Fewer runs than the shapes' own property: each report is checked entry by entry. */
const RUNS = 60

describe.each(SHAPES)('$name', (shape) => {
  it('names sources that read as their values', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const rendered = shape.render(fromGen(g))
        const report = convertReport(rendered.input, { inputType: rendered.inputType })
        const problems = provenanceProblems(rendered.input, rendered.inputType, report)
        problems.push(...numbersWithoutSource(report).map((path) => `${path}: a number without a source`))
        if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n${problems.slice(0, 12).join('\n')}`)
      }),
      { numRuns: RUNS, endOnFailure: true },
    )
  }, 120_000)
})

describe('leaving provenance out', () => {
  const { input, inputType } = CASES[0] as (typeof CASES)[number]

  it('provenance: false gives the same report without it', () => {
    const withIt = convertReport(input, { inputType })
    const without = convertReport(input, { inputType, provenance: false })
    expect(without).not.toHaveProperty('provenance')
    const { provenance, ...rest } = withIt
    expect(Object.keys(provenance ?? {}).length).toBeGreaterThan(0)
    expect(without).toEqual(rest)
  })

  it('?provenance=false over HTTP', async () => {
    const type = inputType === 'html' ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8'
    const on = await (await post('/v1/convert', input, type)).json()
    const off = await (await post('/v1/convert?provenance=false', input, type)).json()
    expect(on).toHaveProperty('provenance')
    expect(off).not.toHaveProperty('provenance')
    const refused = await post('/v1/convert?provenance=maybe', input, type)
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('invalid_format')
  })

  it('the batch and RPC options', async () => {
    const report = (r: { results: { ok: boolean }[] }) => (r.results[0] as { report?: object }).report
    expect(report(convertBatch([{ id: 'a', content: input }]))).toHaveProperty('provenance')
    expect(report(convertBatch([{ id: 'a', content: input }], { provenance: false }))).not.toHaveProperty('provenance')
    // A document's own option wins over the batch's.
    expect(report(convertBatch([{ id: 'a', content: input, provenance: true }], { provenance: false }))).toHaveProperty('provenance')
    const rpc = new Converter(createExecutionContext(), env)
    expect(((await rpc.convert({ content: input })) as { report?: object }).report).toHaveProperty('provenance')
    expect(((await rpc.convert({ content: input, provenance: false })) as { report?: object }).report).not.toHaveProperty('provenance')
    expect(report(await rpc.convertBatch([{ id: 'a', content: input, provenance: false }]))).not.toHaveProperty('provenance')
  })

  it('?provenance=false on a batch', async () => {
    const body = JSON.stringify({ documents: [{ id: 'a', content: input }] })
    const answer = async (query: string) => (await (await post(`/v1/convert/batch${query}`, body, 'application/json')).json()) as { results: { report?: object }[] }
    expect((await answer('')).results[0]?.report).toHaveProperty('provenance')
    expect((await answer('?provenance=false')).results[0]?.report).not.toHaveProperty('provenance')
  })
})
