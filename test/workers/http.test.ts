import { describe, expect, it } from 'vitest'
import { fixture } from '../support/fixtures.ts'
import { encodeLegacy } from '../support/legacy-encode.ts'
import { get, post } from '../support/worker.ts'

const SEED = fixture('corpus/nansha-2020-mirror.txt')
const HTML = fixture('corpus/09-pingtan-2024-article.html')

interface Report {
  report: { organ: string; year: number }
  applications: { rows: { results: { total: { total: number } } } }
  source: { inputType: string; encoding: string }
}

async function expectSeed(res: Response) {
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  const body = (await res.json()) as Report
  expect(body.report.organ).toBe('广州市南沙区人民政府')
  expect(body.applications.rows.results.total.total).toBe(1749)
  return body
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status)
  const body = (await res.json()) as { error: { code: string; message: string; requestId: string } }
  expect(body.error.code).toBe(code)
  expect(body.error.message.length).toBeGreaterThan(10)
  expect(body.error.requestId).toBe(res.headers.get('x-request-id'))
  return body
}

describe('POST /v1/convert, every input form of SPEC §2', () => {
  it('text/plain', async () => {
    const body = await expectSeed(await post('/v1/convert', SEED, 'text/plain; charset=utf-8'))
    expect(body.source.inputType).toBe('text')
  })

  it('text/html and application/xhtml+xml', async () => {
    for (const type of ['text/html', 'application/xhtml+xml']) {
      const res = await post('/v1/convert', HTML, type)
      expect(res.status).toBe(200)
      const body = (await res.json()) as Report
      expect(body.report.organ).toBe('平潭综合实验区')
      expect(body.source.inputType).toBe('html')
    }
  })

  it('application/json, with and without contentType', async () => {
    await expectSeed(await post('/v1/convert', JSON.stringify({ content: SEED }), 'application/json'))
    await expectSeed(await post('/v1/convert', JSON.stringify({ content: SEED, contentType: 'text/plain' }), 'application/json'))
    const res = await post('/v1/convert', JSON.stringify({ content: HTML }), 'application/json')
    expect(((await res.json()) as Report).source.inputType).toBe('html')
  })

  it('multipart/form-data with a content field or a file', async () => {
    const form = new FormData()
    form.set('content', SEED)
    await expectSeed(await post('/v1/convert', form))
    const upload = new FormData()
    upload.set('file', new File([HTML], 'report.html', { type: 'text/html' }))
    const res = await post('/v1/convert', upload)
    expect(res.status).toBe(200)
    expect(((await res.json()) as Report).source.inputType).toBe('html')
  })

  it('application/x-www-form-urlencoded', async () => {
    await expectSeed(await post('/v1/convert', new URLSearchParams({ content: SEED }).toString(), 'application/x-www-form-urlencoded'))
  })
})

describe('charsets: header, then <meta>, then UTF-8', () => {
  const simplified = SEED.replace(/廣州市南沙區\(qū\)/, '广州市南沙区')
  it.each(['gbk', 'gb18030', 'gb2312'] as const)('%s declared in the header', async (charset) => {
    const html = `<html><body><h1>广州市南沙区人民政府2020年政府信息公开工作年度报告</h1>${HTML.slice(HTML.indexOf('<table'))}</body></html>`
    const bytes = encodeLegacy(html.replace(/[^\t\n\r -~\u4e00-\u9fff（）：，。、“”]/g, ''), charset === 'gb2312' ? 'gbk' : charset)
    const res = await post('/v1/convert', bytes, `text/html; charset=${charset}`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Report
    expect(body.report.organ).toBe('广州市南沙区人民政府')
    expect(body.source.encoding).toBe(charset === 'gb18030' ? 'gb18030' : 'gbk')
  })

  it('GBK declared only by <meta charset>', async () => {
    const html = `<html><head><meta charset="gb2312"><title>x</title></head><body><p>广州市南沙区人民政府2020年政府信息公开工作年度报告</p>${HTML.slice(HTML.indexOf('<table')).replace(/[^\t\n\r -~\u4e00-\u9fff（）：，。、“”]/g, '')}</body></html>`
    const res = await post('/v1/convert', encodeLegacy(html, 'gbk'), 'text/html')
    expect(res.status).toBe(200)
    expect(((await res.json()) as Report).source.encoding).toBe('gbk')
  })

  it('Big5 text, Traditional characters converted', async () => {
    const text = '臺北市政府2020年政府信息公開工作年度報告\n一、總體情況\n本年新收政府信息公開申請數量\n'
    const res = await post('/v1/convert', encodeLegacy(text, 'big5'), 'text/plain; charset=big5')
    expect(res.status).toBe(200)
    const body = (await res.json()) as Report & { report: { title: string }; source: { script: string } }
    expect(body.report.title).toBe('台北市政府2020年政府信息公开工作年度报告')
    expect(body.source.encoding).toBe('big5')
    expect(body.source.script).toBe('traditional')
  })

  it('undeclared GBK text is recognised rather than garbled', async () => {
    const res = await post('/v1/convert', encodeLegacy(simplified.slice(0, 4000).replace(/[^\t\n\r -~\u4e00-\u9fff]/g, ''), 'gbk'), 'text/plain')
    expect(res.status).toBe(200)
    expect(((await res.json()) as Report).source.encoding).toBe('gb18030')
  })
})

describe('errors of SPEC §4: the envelope, the status, never a stack', () => {
  it('400 empty_body', async () => {
    await expectError(await post('/v1/convert', '', 'text/plain'), 400, 'empty_body')
  })
  it('400 invalid_json', async () => {
    await expectError(await post('/v1/convert', '{"content": ', 'application/json'), 400, 'invalid_json')
  })
  it('400 missing_content', async () => {
    await expectError(await post('/v1/convert', JSON.stringify({ text: 'x' }), 'application/json'), 400, 'missing_content')
    await expectError(await post('/v1/convert', new URLSearchParams({ other: 'x' }).toString(), 'application/x-www-form-urlencoded'), 400, 'missing_content')
  })
  it('400 undecodable', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 37 + 0x80) & 0xff)
    await expectError(await post('/v1/convert', garbage, 'text/plain; charset=utf-8'), 400, 'undecodable')
  })
  it('413 payload_too_large', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41)
    await expectError(await post('/v1/convert', big, 'text/plain'), 413, 'payload_too_large')
  })
  it('415 unsupported_media_type names the accepted types', async () => {
    const body = await expectError(await post('/v1/convert', 'x', 'image/png'), 415, 'unsupported_media_type')
    expect(body.error.message).toContain('text/html')
    expect(body.error.message).toContain('multipart/form-data')
  })
  it('422 not_a_report', async () => {
    await expectError(await post('/v1/convert', '今天天气很好。\n明天也不错。', 'text/plain'), 422, 'not_a_report')
  })
  it('422 unsupported_format with the year found', async () => {
    const res = await post('/v1/convert', '某某县人民政府2017年政府信息公开工作年度报告\n一、概述\n', 'text/plain')
    const body = (await expectError(res, 422, 'unsupported_format')) as unknown as { error: { year: number } }
    expect(body.error.year).toBe(2017)
  })
  it('404 for an unknown route, in the same envelope', async () => {
    await expectError(await get('/v2/nothing'), 404, 'not_found')
  })
})

describe('the other endpoints', () => {
  it('GET /healthz', async () => {
    const res = await get('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('GET /v1/schema is the JSON Schema of the response', async () => {
    const res = await get('/v1/schema')
    expect(res.status).toBe(200)
    const schema = (await res.json()) as { $schema: string; properties: Record<string, unknown>; required: string[] }
    expect(schema.$schema).toContain('2020-12')
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'report', 'activeDisclosure', 'applications', 'reviewLitigation', 'narrative', 'checks', 'warnings', 'provenance', 'source'])
    // Left out with ?provenance=false: not required.
    expect(schema.required).not.toContain('provenance')
  })

  it('every response carries a request id and the security headers', async () => {
    const res = await post('/v1/convert', SEED, 'text/plain')
    expect(res.headers.get('x-request-id')).toMatch(/.{8,}/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  })
})
