import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app } from '../../src/app.ts'
import { convertReport } from '../../src/convert.ts'
import type { AppEnv } from '../../src/routes/env.ts'
import { onError } from '../../src/routes/on-error.ts'
import { securityHeaders } from '../../src/routes/security-headers.ts'
import { mutatedReport } from '../support/fuzz/arbitraries.ts'
import { CASES } from '../support/fixtures.ts'

/**
 * Nothing of a posted document reaches the console (SPEC §3.6): every report of the corpus, the error
 * cases and a few hundred mutated reports go through the library and the Worker while every console
 * method is captured; no stretch of any document may appear in what was captured.
 */
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const
/** Shorter than any sentence of a report, longer than a label the code could legitimately print. */
const WINDOW = 10
const captured: string[] = []

beforeEach(() => {
  captured.length = 0
  for (const method of METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      captured.push(args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.name} ${a.message} ${a.stack ?? ''}` : JSON.stringify(a))).join(' '))
    })
  }
})
afterEach(() => vi.restoreAllMocks())

function leaked(document: string): string | null {
  const out = captured.join('\n')
  if (!out) return null
  for (let i = 0; i + WINDOW <= document.length; i += 3) {
    const window = document.slice(i, i + WINDOW)
    if (window.trim().length === WINDOW && out.includes(window)) return `a stretch at offset ${i}`
  }
  return null
}

async function viaWorker(body: string | Uint8Array, contentType: string) {
  const res = await app.fetch(new Request('http://xxgk.test/v1/convert', { method: 'POST', body: body as BodyInit, headers: { 'content-type': contentType } }), env)
  await res.text()
  return res.status
}

describe('no document text in any log line', () => {
  it('the corpus, through the library and the Worker', async () => {
    for (const { input, inputType } of CASES) {
      convertReport(input, { inputType })
      expect(await viaWorker(input, inputType === 'html' ? 'text/html' : 'text/plain')).toBe(200)
      expect(leaked(input)).toBeNull()
    }
  })

  it('error cases: bad JSON, undecodable bytes, not a report, too deep, too long, an old report', async () => {
    const report = CASES[0]?.input ?? ''
    const bodies: [string | Uint8Array, string][] = [
      [`{"content": ${JSON.stringify(report)}`, 'application/json'],
      [new Uint8Array(4096).map((_, i) => (i * 37 + 0x80) & 0xff), 'text/plain; charset=utf-8'],
      ['今天天气很好，机密的草稿内容。\n明天也不错。', 'text/plain'],
      [`${'<div>'.repeat(300)}${report}`, 'text/html'],
      [`<p>${report.replace(/\s/g, '').repeat(20)}</p>`, 'text/html'],
      ['某某县人民政府2017年政府信息公开工作年度报告\n一、概述\n机密的草稿内容', 'text/plain'],
      [report, 'application/pdf'],
    ]
    for (const [body, type] of bodies) {
      expect(await viaWorker(body, type)).toBeLessThan(500)
      expect(leaked(typeof body === 'string' ? body : '')).toBeNull()
    }
  })

  it('mutated reports', async () => {
    for (const body of fc.sample(mutatedReport(CASES), { numRuns: 300 })) {
      expect(await viaWorker(body.bytes, body.contentType)).toBeLessThan(500)
      expect(leaked(new TextDecoder().decode(body.bytes))).toBeNull()
    }
  })

  it('our own bug (500) is logged by name and request id, without the message that quotes the document', async () => {
    const secret = '本年新收政府信息公开申请数量七百三十五件'
    const probe = new Hono<AppEnv>()
      .use(requestId())
      .use(securityHeaders)
      .post('/', () => {
        throw new RangeError(`bad cell ${secret}`)
      })
      .onError(onError)
    const res = await probe.request('/', { method: 'POST', body: secret })
    expect(res.status).toBe(500)
    // The capture works: the one line the error handler writes is there.
    expect(captured.join('\n')).toContain(`request=${res.headers.get('x-request-id')}`)
    expect(leaked(secret)).toBeNull()
  })
})
