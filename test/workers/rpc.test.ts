import { env } from 'cloudflare:workers'
import { valueAt } from '../../src/schema/paths.ts'
import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { fixture } from '../support/fixtures.ts'

/** The example caller Worker (examples/service-binding), which calls our Converter entrypoint over RPC. */
const caller = (env as unknown as { CALLER: Fetcher }).CALLER

const SEED = fixture('corpus/nansha-2020-mirror.txt')

describe('the service binding: another Worker calls Converter over RPC', () => {
  it('convert(input) gives the caller the same report as the library', async () => {
    const res = await caller.fetch('http://caller/', { method: 'POST', body: SEED, headers: { 'content-type': 'text/plain' } })
    expect(res.status).toBe(200)
    const local = convertReport(SEED, { inputType: 'text' })
    expect(await res.json()).toEqual({
      organ: '广州市南沙区人民政府',
      year: 2020,
      formatVersion: '2019',
      newlyReceived: valueAt(local, 'applications.rows.newlyReceived.total'),
      failedChecks: local.checks.filter((c) => c.status === 'fail').map((c) => c.id),
    })
  })

  it('errors arrive as values with the code of SPEC §4', async () => {
    const res = await caller.fetch('http://caller/', { method: 'POST', body: '这不是一份年度报告。', headers: { 'content-type': 'text/plain' } })
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_a_report')
  })

  it('convertBatch(documents) runs the cross-year check for the caller', async () => {
    const documents = [
      { id: '2023', content: fixture('corpus/06-pingtan-2023.txt') },
      { id: '2024', content: fixture('corpus/09-pingtan-2024-article.html'), contentType: 'text/html' },
    ]
    const res = await caller.fetch('http://caller/batch', { method: 'POST', body: JSON.stringify({ documents }) })
    const body = (await res.json()) as { summary: { converted: number }; crossYear: { documents: string[]; years: number[] }[] }
    expect(body.summary.converted).toBe(2)
    expect(body.crossYear).toHaveLength(7)
    expect(body.crossYear[0]).toMatchObject({ documents: ['2023', '2024'], years: [2023, 2024] })
  })
})
