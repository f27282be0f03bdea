import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app.ts'
import { convertBatch } from '../../src/batch/convert-batch.ts'
import { DEFAULT_LIMITS, LIMIT_SETTINGS } from '../../src/limits/options.ts'
import { limitsFromEnv } from '../../src/routes/limits.ts'
import { Converter } from '../../src/rpc.ts'
import { fixture } from '../support/fixtures.ts'

/**
 * One set of limits for every face (issue 11): the operator's settings (wrangler.toml `[vars]`) hold for
 * POST /v1/convert, for the batch route and for the RPC entrypoint alike, and the library takes the same
 * bounds as options. (The CLI's flags: test/node/cli-limits.test.ts.)
 */
const SEED = fixture('corpus/nansha-2020-mirror.txt')
const SEED_BYTES = new TextEncoder().encode(SEED).byteLength

type Vars = Record<string, string>

async function call(path: string, body: string, contentType: string, vars: Vars) {
  const res = await app.fetch(new Request(`http://xxgk.test${path}`, { method: 'POST', body, headers: { 'content-type': contentType } }), { ...env, ...vars })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}
const convert = (vars: Vars) => call('/v1/convert', SEED, 'text/plain', vars)
const batch = (documents: unknown[], vars: Vars) => call('/v1/convert/batch', JSON.stringify({ documents }), 'application/json', vars)
const codes = (json: Record<string, unknown>) => (json.results as { ok: boolean; error?: { code: string } }[]).map((r) => (r.ok ? 'ok' : r.error?.code))
const rpc = (vars: Vars) => new Converter(createExecutionContext(), { ...env, ...vars })

describe('the operator’s settings on every face', () => {
  it('wrangler.toml sets no bound, so the defaults are stated once (src/limits/options.ts) and hold as they are', () => {
    expect(limitsFromEnv(env as never)).toEqual(DEFAULT_LIMITS)
    for (const { env: name } of LIMIT_SETTINGS) expect(env).not.toHaveProperty(name)
  })

  it('MAX_CELLS: 413 on /v1/convert, that document failing alone in a batch and over RPC', async () => {
    const vars = { MAX_CELLS: '50' }
    expect((await convert(vars)).status).toBe(413)
    const answered = await batch([{ id: 'a', content: SEED, contentType: 'text/plain' }, { id: 'b', content: '某某县2021年政府信息公开工作年度报告' }], vars)
    expect(answered.status).toBe(200)
    expect(codes(answered.json)).toEqual(['too_many_cells', 'ok'])
    expect(await rpc(vars).convert({ content: SEED, contentType: 'text/plain' })).toMatchObject({ ok: false, error: { code: 'too_many_cells' } })
    expect((await rpc(vars).convertBatch([{ id: 'a', content: SEED }])).results[0]).toMatchObject({ ok: false, error: { code: 'too_many_cells' } })
    expect((await rpc({}).convert({ content: SEED, contentType: 'text/plain' })).ok).toBe(true)
  })

  it('MAX_BODY_BYTES: the whole body of /v1/convert, and each document of a batch or an RPC call', async () => {
    const vars = { MAX_BODY_BYTES: String(SEED_BYTES - 1) }
    expect((await convert(vars)).json).toMatchObject({ error: { code: 'payload_too_large', limit: SEED_BYTES - 1 } })
    expect(codes((await batch([{ content: SEED }], vars)).json)).toEqual(['payload_too_large'])
    expect((await rpc(vars).convert({ content: SEED })).ok).toBe(false)
    expect((await convert({ MAX_BODY_BYTES: String(SEED_BYTES) })).status).toBe(200)
  })

  it('a bad MAX_BODY_BYTES keeps the default on the route as in the converter, never refusing every body', async () => {
    for (const bad of ['0.5', '-1', 'abc', '']) expect((await convert({ MAX_BODY_BYTES: bad })).status).toBe(200)
  })

  it('MAX_BATCH_BODY_BYTES: the batch body over HTTP, the documents together over RPC and in the library', async () => {
    const documents = [{ id: 'a', content: SEED }, { id: 'b', content: SEED }]
    const vars = { MAX_BATCH_BODY_BYTES: String(SEED_BYTES + 100) }
    expect((await batch(documents, vars)).json).toMatchObject({ error: { code: 'payload_too_large', limit: SEED_BYTES + 100 } })
    expect(codes((await batch(documents, { MAX_BATCH_BODY_BYTES: String(3 * SEED_BYTES) })).json)).toEqual(['ok', 'ok'])
    const over = await rpc(vars).convertBatch(documents)
    expect(over.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'payload_too_large'])
    expect(over.summary).toEqual({ documents: 2, converted: 1, failed: 1 })
    const library = convertBatch(documents, { limits: { maxBatchBytes: SEED_BYTES + 100 } })
    expect(library.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'payload_too_large'])
  })

  it('the library’s batch takes the bounds for every document', () => {
    const answered = convertBatch([{ id: 'a', content: SEED }], { limits: { maxCells: 50 } })
    expect(answered.results[0]).toMatchObject({ ok: false, error: { code: 'too_many_cells' } })
  })
})
