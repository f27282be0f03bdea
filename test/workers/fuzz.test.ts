import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app.ts'
import { hugeLine, mutatedReport, randomBytes, randomHtml, type Body } from '../support/fuzz/arbitraries.ts'
import { misplacedNumbers, mutatedGenerated } from '../support/fuzz/generated.ts'
import { HOSTILE_KINDS } from '../support/fuzz/hostile.ts'
import { brokenInvariants } from '../support/fuzz/invariants.ts'
import { API_KEYS, batchBody, brokenBatchInvariants, brokenKeyInvariants, keyedRequest, multipartBody } from '../support/fuzz/requests.ts'
import { CASES, fixture } from '../support/fixtures.ts'

/**
 * Property-based fuzzing of the HTTP face inside workerd: thousands of bodies a run, each answered
 * without a 5xx, as a valid report or the error envelope, with the security headers and the request
 * id, inventing no number and quoting no document. `npm run fuzz` runs the same properties far longer.
 */
const SEEDS = CASES.map(({ name, input, inputType }) => ({ name, input, inputType }))

/** One generated report, for the tests of the invariants themselves. */
const mutatedGeneratedSample = () => fc.sample(mutatedGenerated, { numRuns: 1, seed: 7 })[0]?.rendered ?? (() => { throw new Error('no sample') })()

/** Sets a value at a dot path, making the objects on the way. */
function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let at = target
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>
  at[keys.at(-1) ?? ''] = value
}

/**
 * The Worker's own fetch handler with the bindings of wrangler.toml, called in this isolate. (Going through
 * the test runner's service binding instead costs more per request the more requests it has carried:
 * 25 ms each after 400, 150 ms after 1,000 — too slow for thousands of cases.)
 */
async function answerOf(body: Body, path = '/v1/convert', vars: Record<string, string> = {}, extra: Record<string, string> = {}) {
  const headers = { ...(body.contentType ? { 'content-type': body.contentType } : {}), ...extra }
  const res = await app.fetch(new Request(`http://xxgk.test${path}`, { method: 'POST', body: body.bytes as Uint8Array<ArrayBuffer>, headers }), { ...env, ...vars })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

function property(arbitrary: fc.Arbitrary<Body>) {
  return fc.asyncProperty(arbitrary, async (body) => {
    const broken = brokenInvariants(await answerOf(body), body)
    // The shape names how the body was made; the body itself stays out of the message.
    if (broken.length > 0) throw new Error(`${body.shape} (${body.bytes.byteLength} bytes): ${broken.join('; ')}`)
  })
}

/**
 * One seed for every property, so that a run of the tests (and CI) runs the cases that were run here; `npm run
 * fuzz -- --seed S` explores other seeds at length, in Node.
 */
const SEED = 20261201

describe('fuzzing POST /v1/convert', () => {
  it('random bytes under every Content-Type', { timeout: 120_000 }, async () => {
    await fc.assert(property(randomBytes), { seed: SEED, numRuns: 2000 })
  })

  it('random and malformed HTML', { timeout: 120_000 }, async () => {
    await fc.assert(property(randomHtml), { seed: SEED, numRuns: 2000 })
  })

  it('real reports, mutated', { timeout: 300_000 }, async () => {
    await fc.assert(property(mutatedReport(SEEDS)), { seed: SEED, numRuns: 3000 })
  })

  it('a single line of about 5 MiB, under, at and over the body limit', { timeout: 120_000 }, async () => {
    await fc.assert(property(hugeLine), { seed: SEED, numRuns: 24 })
  })

  it('generated reports, mutated: every number in its own cell, or null with a warning', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(mutatedGenerated, async (body) => {
        const answer = await answerOf(body)
        const broken = brokenInvariants(answer, body)
        if (answer.status === 200) broken.push(...misplacedNumbers(body.rendered, JSON.parse(answer.text) as Record<string, unknown>))
        if (broken.length > 0) throw new Error(`${body.shape} (${body.bytes.byteLength} bytes): ${broken.slice(0, 8).join('; ')}`)
      }),
      // No shrinking: a shrunk `fc.gen` case is no simpler to read, and each step re-runs a conversion.
      { seed: SEED, numRuns: 400, endOnFailure: true },
    )
  })

  it('batch bodies: whole or broken, documents good and bad', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(batchBody(SEEDS), async (body) => {
        const broken = brokenBatchInvariants(await answerOf(body, '/v1/convert/batch'), body)
        if (broken.length > 0) throw new Error(`${body.shape} (${body.bytes.byteLength} bytes): ${broken.slice(0, 8).join('; ')}`)
      }),
      { seed: SEED, numRuns: 500 },
    )
  })

  it('multipart bodies: boundaries, fields and file names as senders get them wrong', { timeout: 300_000 }, async () => {
    await fc.assert(property(multipartBody(SEEDS)), { seed: SEED, numRuns: 800 })
  })

  it('API keys: only a configured key as a Bearer token passes, and no key is ever answered', { timeout: 120_000 }, async () => {
    const body = { bytes: new TextEncoder().encode(fixture('corpus/nansha-2020-mirror.txt')), contentType: 'text/plain', shape: 'seed' }
    const vars = { API_KEYS: API_KEYS.join(', ') }
    await fc.assert(
      fc.asyncProperty(keyedRequest, fc.constantFrom('/v1/convert', '/v1/convert/batch'), async (request, path) => {
        const sent = path === '/v1/convert' ? body : { ...body, bytes: new TextEncoder().encode(JSON.stringify({ documents: [{ content: fixture('corpus/nansha-2020-mirror.txt') }] })), contentType: 'application/json' }
        const answer = await answerOf(sent, path, vars, request.authorization === null ? {} : { authorization: request.authorization })
        const broken = [...brokenKeyInvariants(answer, request), ...(path === '/v1/convert' ? brokenInvariants(answer, sent) : [])]
        if (broken.length > 0) throw new Error(`${request.shape} on ${path}: ${broken.join('; ')}`)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it.each(HOSTILE_KINDS.map((k) => [k.name, k] as const))('the worst body of its kind at 100 KiB: %s', async (_name, kind) => {
    const body = { ...kind.make(100 * 1024), shape: kind.name }
    const broken = brokenInvariants(await answerOf(body, body.path), body)
    expect(broken).toEqual([])
  })

  it('the invariants can fail: an invented number and a 500 are caught', () => {
    const body = { bytes: new TextEncoder().encode('<td>12</td>'), contentType: 'text/html' }
    const headers = new Headers({ 'x-request-id': 'a', 'content-security-policy': "default-src 'none'", 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' })
    expect(brokenInvariants({ status: 500, headers, text: '{"error":{"code":"internal","message":"x","requestId":"a"}}' }, body)).toContain('status 500')
    const report = JSON.stringify({ applications: { rows: { total: 13 } } })
    expect(brokenInvariants({ status: 200, headers, text: report }, body).join()).toContain('invented number at applications.rows.total')
  })

  it('the new invariants can fail: a number in its neighbour’s cell, in a batch, and a key let through', () => {
    const rendered = mutatedGeneratedSample()
    const numbers = [...rendered.generated.expected.cells].filter(([, v]) => typeof v === 'number')
    const [path, want] = numbers[0] ?? ['', 0]
    const [other, theirs] = numbers.find(([, v]) => v !== want) ?? ['', 0]
    // Two cells with their numbers swapped: both are caught, though each number is one the report holds.
    const report: Record<string, unknown> = {}
    setAt(report, path, theirs)
    setAt(report, other, want)
    const misplaced = misplacedNumbers(rendered, report).join()
    expect(misplaced).toContain(`${path}: want`)
    expect(misplaced).toContain(`${other}: want`)
    const headers = new Headers({ 'x-request-id': 'a', 'content-security-policy': "default-src 'none'", 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' })
    const batch = { bytes: new Uint8Array(), contentType: 'application/json', shape: 'batch', contents: new Map([['a', '<td>12</td>']]) }
    const invented = JSON.stringify({ results: [{ id: 'a', ok: true, report: { applications: { rows: { total: 13 } } } }], crossYear: [], summary: { documents: 1, converted: 1, failed: 0 } })
    expect(brokenBatchInvariants({ status: 200, headers, text: invented }, batch).length).toBeGreaterThan(0)
    expect(brokenKeyInvariants({ status: 200, headers, text: '{}' }, { authorization: 'Bearer nope', valid: false, shape: 'x' })).toContain('no valid key, answered 200')
    expect(brokenKeyInvariants({ status: 401, headers, text: `{"error":{"message":"${API_KEYS[0]}"}}` }, { authorization: null, valid: false, shape: 'x' })).toContain('the answer holds a key')
  })
})
