import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../../src/routes/env.ts'
import { onError } from '../../src/routes/on-error.ts'
import { API_CSP, PAGE_FALLBACK_CSP, securityHeaders } from '../../src/routes/security-headers.ts'
import { fixture } from '../support/fixtures.ts'
import { get, post } from '../support/worker.ts'

/**
 * The security headers and the request id on every response the Worker gives, whatever its status.
 * A 500 cannot be caused from outside (that is the point), so it is caused inside an app made of the
 * Worker's own middleware and error handler.
 */
const SEED = fixture('corpus/nansha-2020-mirror.txt')

function expectHardened(res: Response) {
  expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
  expect(res.headers.get('content-security-policy')).toBe(API_CSP)
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('no-referrer')
}

async function expectEnvelope(res: Response, status: number) {
  expect(res.status).toBe(status)
  expectHardened(res)
  const body = (await res.json()) as { error: { requestId: string } }
  expect(body.error.requestId).toBe(res.headers.get('x-request-id'))
}

/** The Worker's middleware and error handler around routes that fail the ways code can fail. */
const probe = new Hono<AppEnv>()
  .use(requestId())
  .use(securityHeaders)
  .get('/bug', () => {
    throw new TypeError('Cannot read properties of undefined (reading 本年新收政府信息公开申请数量 735)')
  })
  .get('/page', (c) => {
    c.header('Content-Security-Policy', "default-src 'self'")
    return c.html('<p>page</p>')
  })
  .get('/bare-page', (c) => c.html('<p>page</p>'))
  .onError(onError)

describe('every response is hardened and carries its request id', () => {
  it('200: a conversion, the schema, the health check', async () => {
    const converted = await post('/v1/convert', SEED, 'text/plain')
    expect(converted.status).toBe(200)
    expectHardened(converted)
    expect(converted.headers.get('cache-control')).toBe('no-store')
    for (const path of ['/v1/schema', '/healthz']) {
      const res = await get(path)
      expect(res.status).toBe(200)
      expectHardened(res)
    }
  })

  it('400, 404, 413, 415 and 422 in the error envelope', async () => {
    await expectEnvelope(await post('/v1/convert', '{', 'application/json'), 400)
    await expectEnvelope(await get('/no/such/route'), 404)
    await expectEnvelope(await post('/v1/convert', new Uint8Array(5 * 1024 * 1024 + 1), 'text/plain'), 413)
    await expectEnvelope(await post('/v1/convert', 'x', 'image/png'), 415)
    await expectEnvelope(await post('/v1/convert', '今天天气很好。', 'text/plain'), 422)
  })

  it('a request id the caller sends is echoed, so that a caller can trace its own request', async () => {
    const res = await post('/v1/convert', '{', 'application/json', { 'x-request-id': 'caller-trace-0001' })
    expect(res.headers.get('x-request-id')).toBe('caller-trace-0001')
  })

  it('500: our own bug, in the envelope, with no message of the error and no stack', async () => {
    const res = await probe.request('/bug')
    await expectEnvelope(res.clone(), 500)
    const text = await res.text()
    expect(text).not.toContain('本年新收')
    expect(text).not.toContain('TypeError')
    expect(text).not.toMatch(/\bat \S+ \(/)
  })

  it('a route that serves a page keeps its own Content-Security-Policy', async () => {
    const res = await probe.request('/page')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const bare = await probe.request('/bare-page')
    expect(bare.headers.get('content-security-policy')).toBe(PAGE_FALLBACK_CSP)
  })
})
