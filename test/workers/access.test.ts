import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app.ts'
import { fixture } from '../support/fixtures.ts'
import { get, post } from '../support/worker.ts'

const SEED = fixture('corpus/nansha-2020-mirror.txt')

/** The app as workerd runs it, with the configuration a deployment would set in place of wrangler.toml's. */
const withEnv = (vars: Record<string, string>) => (path: string, init: RequestInit = {}) =>
  app.request(`http://xxgk.test${path}`, init, { ...(env as object), ...vars })

const convert = (headers: Record<string, string> = {}) => ({ method: 'POST', body: SEED, headers: { 'content-type': 'text/plain', ...headers } })

describe('API keys (the API_KEYS secret)', () => {
  const keyed = withEnv({ API_KEYS: 'first-key-0123, second-key-4567' })

  it('are not needed when the secret is unset (as in wrangler.toml)', async () => {
    expect((await post('/v1/convert', SEED, 'text/plain')).status).toBe(200)
  })

  it('when set, answer 401 in the error envelope without a key or with a wrong one', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer wrong-key' }, { authorization: 'Basic Zmlyc3Qta2V5LTAxMjM=' }, { authorization: 'Bearer first-key-012' }]) {
      const res = await keyed('/v1/convert', convert(headers))
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="xxgk-json"')
      const body = (await res.json()) as { error: { code: string; message: string; requestId: string } }
      expect(body.error.code).toBe('unauthorized')
      expect(body.error.requestId).toBe(res.headers.get('x-request-id'))
    }
    const batch = await keyed('/v1/convert/batch', { method: 'POST', body: JSON.stringify({ documents: [{ content: SEED }] }), headers: { 'content-type': 'application/json' } })
    expect(batch.status).toBe(401)
  })

  it('when set, let any of the keys through, on both convert routes', async () => {
    expect((await keyed('/v1/convert', convert({ authorization: 'Bearer first-key-0123' }))).status).toBe(200)
    expect((await keyed('/v1/convert', convert({ authorization: 'bearer second-key-4567' }))).status).toBe(200)
    const batch = await keyed('/v1/convert/batch', {
      method: 'POST',
      body: JSON.stringify({ documents: [{ content: SEED }] }),
      headers: { 'content-type': 'application/json', authorization: 'Bearer second-key-4567' },
    })
    expect(batch.status).toBe(200)
  })

  it('leave the descriptions and the health check open', async () => {
    for (const path of ['/healthz', '/openapi.json', '/docs', '/v1/schema']) expect([path, (await keyed(path)).status]).toEqual([path, 200])
  })
})

describe('CORS (CORS_ORIGINS)', () => {
  const preflight = (origin: string) => ({
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  })

  it('wrangler.toml allows every origin: the API sets no cookies', async () => {
    const res = await post('/v1/convert', SEED, 'text/plain', { origin: 'https://data.example.org' })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toBe('X-Request-Id')
  })

  it('a list allows those origins only, preflight included, with Authorization allowed', async () => {
    const listed = withEnv({ CORS_ORIGINS: 'https://data.example.org, https://news.example.com/', API_KEYS: 'k-0123456789' })
    const ok = await listed('/v1/convert', preflight('https://news.example.com'))
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://news.example.com')
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST')
    const other = await listed('/v1/convert', preflight('https://evil.example.net'))
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    // A refused key still carries the CORS header, so that the page can read why.
    const refused = await listed('/v1/convert', convert({ origin: 'https://data.example.org' }))
    expect(refused.status).toBe(401)
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://data.example.org')
  })

  it('no configuration, no CORS headers', async () => {
    const res = await withEnv({ CORS_ORIGINS: '' })('/healthz', { headers: { origin: 'https://data.example.org' } })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('GET /openapi.json and /docs', () => {
  it('describes every route the Worker serves, and the docs page renders it with nothing from elsewhere', async () => {
    const doc = (await (await get('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual(['/healthz', '/openapi.json', '/v1/convert', '/v1/convert/batch', '/v1/schema'])
    const page = await get('/docs')
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await page.text()
    for (const id of ['convert', 'convertBatch', 'schema-ConvertedReport', 'schema-BatchResponse']) expect(html).toContain(`id="${id}"`)
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema\.org)[a-z]/i)
  })
})
