import { compileErrors, validate } from '@readme/openapi-parser'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../src/app.ts'
import { CASES, fixture } from '../support/fixtures.ts'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The OpenAPI document, checked twice: valid OpenAPI 3.1 by an independent validator, and true to the API —
 * every real response of the app (run here in Node, the same code as in workerd) has its status and media
 * type described, and its JSON body validates against the schema the document names for it.
 */
let doc: Json
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats.default(ajv)
const DOC_ID = 'https://xxgk.test/openapi.json'

beforeAll(async () => {
  doc = (await (await app.request('/openapi.json')).json()) as Json
  ajv.addSchema({ ...doc, $id: DOC_ID })
})

/** Every (method, path, status) that a real response showed, to find described answers no test produced. */
const seen = new Set<string>()

async function expectDescribed(method: 'get' | 'post', path: string, res: Response) {
  seen.add(`${method} ${path} ${res.status}`)
  const operation = doc.paths[path]?.[method]
  expect(operation, `${method} ${path} is described`).toBeDefined()
  const described = operation.responses[String(res.status)]
  expect(described, `${method} ${path} → ${res.status} is described`).toBeDefined()
  const type = (res.headers.get('content-type') ?? '').split(';')[0] ?? ''
  const media = described.content?.[type]
  expect(media, `${method} ${path} → ${res.status} ${type} is described`).toBeDefined()
  if (type !== 'application/json') return
  const body = await res.json()
  const ref = media.schema.$ref as string | undefined
  const check = ref ? ajv.getSchema(`${DOC_ID}${ref}`) : ajv.compile(media.schema)
  expect(check, `a schema for ${ref}`).toBeDefined()
  const ok = check?.(body)
  expect(ok ? [] : check?.errors?.slice(0, 5), `${method} ${path} → ${res.status}`).toEqual([])
}

const post = (path: string, body: BodyInit, type: string, env: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body, headers: { 'content-type': type, ...headers } }, env)

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document (@readme/openapi-parser)', async () => {
    expect(doc.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(doc) as Parameters<typeof validate>[0])
    expect(result.valid ? '' : compileErrors(result)).toBe('')
  })

  it('describes every corpus report the convert route returns, as JSON and as CSV', async () => {
    for (const c of CASES) {
      const type = c.inputType === 'html' ? 'text/html' : 'text/plain'
      await expectDescribed('post', '/v1/convert', await post('/v1/convert', c.input, type))
      await expectDescribed('post', '/v1/convert', await post('/v1/convert', JSON.stringify({ content: c.input }), 'application/json'))
      await expectDescribed('post', '/v1/convert', await post('/v1/convert?format=csv', c.input, type))
    }
  })

  it('describes the errors of the convert route', async () => {
    const seed = fixture('corpus/nansha-2020-mirror.txt')
    await expectDescribed('post', '/v1/convert', await post('/v1/convert', '', 'text/plain'))
    await expectDescribed('post', '/v1/convert', await post('/v1/convert', '{', 'application/json'))
    await expectDescribed('post', '/v1/convert', await post('/v1/convert?format=xml', seed, 'text/plain'))
    await expectDescribed('post', '/v1/convert', await post('/v1/convert', seed, 'image/png'))
    await expectDescribed('post', '/v1/convert', await post('/v1/convert', '今天天气很好。', 'text/plain'))
    await expectDescribed('post', '/v1/convert', await post('/v1/convert', '某县2016年政府信息公开工作年度报告\n一、总体情况', 'text/plain'))
    await expectDescribed('post', '/v1/convert', await post('/v1/convert', seed, 'text/plain', { MAX_BODY_BYTES: '1000' }))
    await expectDescribed('post', '/v1/convert', await post('/v1/convert', seed, 'text/plain', { API_KEYS: 'k-123456' }))
  })

  it('describes the batch route, its answers and its errors', async () => {
    const documents = [...CASES.map((c) => ({ id: c.name, content: c.input })), { id: 'bad', content: '' }, { id: 'prose', content: '不是报告' }]
    expect(ajv.getSchema(`${DOC_ID}#/components/schemas/BatchRequest`)?.({ documents: documents.slice(0, 2) })).toBe(true)
    await expectDescribed('post', '/v1/convert/batch', await post('/v1/convert/batch', JSON.stringify({ documents }), 'application/json'))
    await expectDescribed('post', '/v1/convert/batch', await post('/v1/convert/batch?format=csv', JSON.stringify({ documents }), 'application/json'))
    const tooMany = Array.from({ length: 101 }, () => ({ content: 'x' }))
    await expectDescribed('post', '/v1/convert/batch', await post('/v1/convert/batch', JSON.stringify({ documents: tooMany }), 'application/json'))
    await expectDescribed('post', '/v1/convert/batch', await post('/v1/convert/batch', '{"documents": 1}', 'application/json'))
    await expectDescribed('post', '/v1/convert/batch', await post('/v1/convert/batch', 'x', 'text/plain'))
    await expectDescribed('post', '/v1/convert/batch', await post('/v1/convert/batch', '{}', 'application/json', { API_KEYS: 'k-123456' }))
  })

  it('describes the GET routes', async () => {
    for (const path of ['/v1/schema', '/healthz', '/openapi.json']) await expectDescribed('get', path, await app.request(path))
  })

  it('describes nothing that the API does not answer, and its schemas reject what is not a report', () => {
    const described = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Json).flatMap(([method, op]) => Object.keys((op as Json).responses).map((status) => `${method} ${path} ${status}`)),
    )
    expect(described.filter((d) => !seen.has(d))).toEqual([])
    expect(ajv.getSchema(`${DOC_ID}#/components/schemas/ConvertedReport`)?.({ schemaVersion: '1' })).toBe(false)
  })
})
