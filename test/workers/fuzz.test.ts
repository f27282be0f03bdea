import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app.ts'
import { hugeLine, mutatedReport, randomBytes, randomHtml, type Body } from '../support/fuzz/arbitraries.ts'
import { brokenInvariants } from '../support/fuzz/invariants.ts'
import { CASES } from '../support/fixtures.ts'

/**
 * Property-based fuzzing of the HTTP face inside workerd: thousands of bodies a run, each answered
 * without a 5xx, as a valid report or the error envelope, with the security headers and the request
 * id, inventing no number and quoting no document. `npm run fuzz` runs the same properties far longer.
 */
const SEEDS = CASES.map(({ name, input, inputType }) => ({ name, input, inputType }))

/**
 * The Worker's own fetch handler with the bindings of wrangler.toml, called in this isolate. (Going through
 * the test runner's service binding instead costs more per request the more requests it has carried:
 * 25 ms each after 400, 150 ms after 1,000 — too slow for thousands of cases.)
 */
async function answerOf(body: Body) {
  const headers = body.contentType ? { 'content-type': body.contentType } : undefined
  const res = await app.fetch(new Request('http://xxgk.test/v1/convert', { method: 'POST', body: body.bytes as Uint8Array<ArrayBuffer>, headers }), env)
  return { status: res.status, headers: res.headers, text: await res.text() }
}

function property(arbitrary: fc.Arbitrary<Body>) {
  return fc.asyncProperty(arbitrary, async (body) => {
    const broken = brokenInvariants(await answerOf(body), body)
    // The shape names how the body was made; the body itself stays out of the message.
    if (broken.length > 0) throw new Error(`${body.shape} (${body.bytes.byteLength} bytes): ${broken.join('; ')}`)
  })
}

describe('fuzzing POST /v1/convert', () => {
  it('random bytes under every Content-Type', { timeout: 120_000 }, async () => {
    await fc.assert(property(randomBytes), { numRuns: 2000 })
  })

  it('random and malformed HTML', { timeout: 120_000 }, async () => {
    await fc.assert(property(randomHtml), { numRuns: 2000 })
  })

  it('real reports, mutated', { timeout: 300_000 }, async () => {
    await fc.assert(property(mutatedReport(SEEDS)), { numRuns: 3000 })
  })

  it('a single line of about 5 MiB, under, at and over the body limit', { timeout: 120_000 }, async () => {
    await fc.assert(property(hugeLine), { numRuns: 24 })
  })

  it('the invariants can fail: an invented number and a 500 are caught', () => {
    const body = { bytes: new TextEncoder().encode('<td>12</td>'), contentType: 'text/html' }
    const headers = new Headers({ 'x-request-id': 'a', 'content-security-policy': "default-src 'none'", 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' })
    expect(brokenInvariants({ status: 500, headers, text: '{"error":{"code":"internal","message":"x","requestId":"a"}}' }, body)).toContain('status 500')
    const report = JSON.stringify({ applications: { rows: { total: 13 } } })
    expect(brokenInvariants({ status: 200, headers, text: report }, body).join()).toContain('invented number at applications.rows.total')
  })
})
