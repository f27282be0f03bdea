import { describe, expect, it } from 'vitest'
import { fixture } from '../support/fixtures.ts'
import { post } from '../support/worker.ts'
import { CSV_COLUMNS } from '../../src/csv/columns.ts'

const SEED = fixture('corpus/nansha-2020-mirror.txt')

describe('POST /v1/convert?format=csv', () => {
  it('answers text/csv in UTF-8 with a byte-order mark, a header of JSON paths and one line', async () => {
    const res = await post('/v1/convert?format=csv', SEED, 'text/plain')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const [header, line, rest] = text.slice(1).split('\r\n')
    expect(header).toBe(CSV_COLUMNS.join(','))
    expect(line?.split(',').length).toBe(CSV_COLUMNS.length)
    expect(line).toContain('广州市南沙区人民政府,2020')
    expect(rest).toBe('')
  })

  it('keeps errors as JSON envelopes, and refuses an unknown format', async () => {
    const notReport = await post('/v1/convert?format=csv', '今天天气很好。', 'text/plain')
    expect(notReport.status).toBe(422)
    expect(notReport.headers.get('content-type')).toMatch(/^application\/json/)
    const unknown = await post('/v1/convert?format=xml', SEED, 'text/plain')
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('invalid_format')
  })
})
