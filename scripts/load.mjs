// `npm run load [-- --url http://127.0.0.1:8792] [--port 8792] [--duration 60] [--connections 32]`: autocannon
// against the Worker under `wrangler dev` (started here on 127.0.0.1:--port unless a URL is given), valid and
// invalid bodies mixed with large and hostile ones (test/support/fuzz/hostile.ts at 100 KiB and 1 MiB) and
// batches (the corpus, and ordinary pages up to the batch limit). Every answer is compared with the answer
// that the same body got alone before the load (request id aside). Prints requests, answers by status,
// p50/p99 latency, 5xx and mismatches; exits 1 on any of the last two.
import autocannon from 'autocannon'
import { arg, table, writeMeasured } from './measured.mjs'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { openSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath, pathToFileURL, URLSearchParams } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const PORT = Number(arg('port', 8792))
const duration = Number(arg('duration', 60))
const connections = Number(arg('connections', 32))
let url = arg('url', null)

/** The hostile bodies are TypeScript: bundled for Node (Node 20 runs no TypeScript). */
/**
 * One body the run posts, and what the first answer to it was.
 * @typedef {{ name: string, type: string, body: Buffer, path?: string, status?: number, expected?: string, shown?: boolean }} LoadCase
 */

/** @returns {Promise<LoadCase[]>} */
async function hostileBodies() {
  const out = join(root, 'node_modules/.cache/xxgk-json-load/hostile.mjs')
  await build({
    stdin: { contents: "export * from './test/support/fuzz/hostile.ts'\nexport { DEFAULT_LIMITS } from './src/limits/options.ts'", resolveDir: root, loader: 'ts' },
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  })
  const { HOSTILE_KINDS, hostileBatch, DEFAULT_LIMITS } = await import(pathToFileURL(out).href)
  /** @type {LoadCase[]} */
  const out2 = []
  for (const kind of HOSTILE_KINDS) {
    // The table-section runs cost seconds each on the current match stage: once, at the small size.
    for (const size of kind.name === 'table-section-runs' ? [100 * 1024] : [100 * 1024, 1024 * 1024]) {
      const body = kind.make(size)
      out2.push({ name: `${kind.name} ${size / 1024} KiB`, type: body.contentType, body: Buffer.from(body.bytes), path: body.path })
    }
  }
  const batch = hostileBatch(1024 * 1024, DEFAULT_LIMITS.maxBatchBytes)
  out2.push({ name: `batch of ${batch.documents} × 1 MiB pages`, type: batch.contentType, body: Buffer.from(batch.bytes), path: batch.path })
  return out2
}

/** The bodies: every report of the corpus in several forms, one body per kind of error, batches. */
function bodies() {
  const dir = join(root, 'test/fixtures/corpus')
  const reports = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f)).sort()
  /** @type {LoadCase[]} */
  const out = reports.map((f) => ({ name: f, type: f.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8', body: readFileSync(join(dir, f)) }))
  const seed = readFileSync(join(dir, 'nansha-2020-mirror.txt'), 'utf8')
  const html = readFileSync(join(dir, '09-pingtan-2024-article.html'), 'utf8')
  out.push(
    { name: 'json', type: 'application/json', body: Buffer.from(JSON.stringify({ content: seed })) },
    { name: 'form', type: 'application/x-www-form-urlencoded', body: Buffer.from(new URLSearchParams({ content: seed }).toString()) },
    { name: '400-digit cell', type: 'text/plain', body: Buffer.from(seed.replace(/^(\s*)735$/m, `$1${'9'.repeat(400)}`)) },
    { name: 'empty (400)', type: 'text/plain', body: Buffer.alloc(0) },
    { name: 'bad JSON (400)', type: 'application/json', body: Buffer.from('{"content": ') },
    { name: 'undecodable (400)', type: 'text/plain; charset=utf-8', body: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 0x80) & 0xff)) },
    { name: 'pdf (415)', type: 'application/pdf', body: Buffer.from('%PDF-1.7') },
    { name: 'not a report (422)', type: 'text/plain', body: Buffer.from('今天天气很好。\n明天也不错。') },
    { name: 'old report (422)', type: 'text/plain', body: Buffer.from('某某县人民政府2017年政府信息公开工作年度报告\n一、概述\n') },
    { name: 'too deep (422)', type: 'text/html', body: Buffer.from(`${'<div>'.repeat(2000)}${html}`) },
    { name: 'too many cells (413)', type: 'text/html', body: Buffer.from(`<table><tr>${'<td>1</td>'.repeat(20_001)}</tr></table>`) },
  )
  const corpus = reports.map((f) => ({ id: f, content: readFileSync(join(dir, f), 'utf8'), contentType: f.endsWith('.txt') ? 'text/plain' : 'text/html' }))
  out.push({ name: 'batch of the corpus', type: 'application/json', body: Buffer.from(JSON.stringify({ documents: corpus })), path: '/v1/convert/batch' })
  return out
}

/** An answer without what differs by design between two requests: the request id. */
function normalize(text) {
  try {
    const json = JSON.parse(text)
    if (json?.error) delete json.error.requestId
    return JSON.stringify(json)
  } catch {
    return `not JSON: ${text.length} characters`
  }
}

/**
 * autocannon 8 appends each TCP chunk of a body to a string (`req.body += chunk`), which decodes every chunk
 * alone and turns a Chinese character split between two chunks into U+FFFD. Comparing answers needs the
 * body as sent: keep its bytes and decode them once they are all there.
 */
function decodeWholeBodies(client) {
  const queue = client.pipelinedRequests
  if (typeof queue?.addBody !== 'function') throw new Error('autocannon changed its client: answers can no longer be compared byte for byte')
  queue.addBody = function addBody(data) {
    const req = this.peek()
    if (!req) return
    req.chunks = [...(req.chunks ?? []), Buffer.from(data)]
    req.body = Buffer.concat(req.chunks).toString('utf8')
  }
}

async function startWrangler() {
  const log = openSync(join(root, 'node_modules/.cache/xxgk-json-load-wrangler.log'), 'w')
  const child = spawn(join(root, 'node_modules/.bin/wrangler'), ['dev', '--ip', '127.0.0.1', '--port', String(PORT), '--log-level', 'warn'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
  })
  const base = `http://127.0.0.1:${PORT}`
  for (let i = 0; i < 120; i++) {
    await sleep(1000)
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base }
    } catch {
      // not listening yet
    }
  }
  process.kill(-child.pid, 'SIGTERM')
  throw new Error('wrangler dev did not answer /healthz within 120 s (log: node_modules/.cache/xxgk-json-load-wrangler.log)')
}

let server = null
if (!url) {
  const { mkdirSync } = await import('node:fs')
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  server = await startWrangler()
  url = server.base
}

try {
  const cases = [...bodies(), ...(await hostileBodies())]
  for (const c of cases) {
    c.path ??= '/v1/convert'
    const res = await fetch(`${url}${c.path}`, { method: 'POST', body: c.body, headers: { 'content-type': c.type } })
    c.status = res.status
    c.expected = normalize(await res.text())
  }
  const statuses = new Map()
  const mismatches = new Map()
  const check = (c, status, body) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1)
    if (status !== c.status || normalize(body) !== c.expected) mismatches.set(c.name, (mismatches.get(c.name) ?? 0) + 1)
  }
  // Batches answer in a stream (chunked), which autocannon 8 pairs with the wrong requests: they are sent by
  // a loop of their own, beside autocannon and for as long, and compared the same way.
  const streamed = cases.filter((c) => c.path.endsWith('/batch'))
  let batchRequests = 0
  const until = Date.now() + duration * 1000
  const batchLoop = (async () => {
    while (streamed.length > 0 && Date.now() < until) {
      for (const c of streamed) {
        const res = await fetch(`${url}${c.path}`, { method: 'POST', body: c.body, headers: { 'content-type': c.type } })
        check(c, res.status, await res.text())
        batchRequests++
      }
    }
  })()
  const result = await autocannon({
    url,
    connections,
    duration,
    // The worst bodies take up to seconds of CPU each; queued behind them on two cores, an answer can take
    // longer than autocannon's 10 s, and a timed-out connection is reset under the requests it carries.
    timeout: 30,
    setupClient: decodeWholeBodies,
    requests: cases.filter((c) => !streamed.includes(c)).map((c) => ({
      method: 'POST',
      path: c.path,
      headers: { 'content-type': c.type },
      body: c.body,
      onResponse: (status, body) => {
        check(c, status, body)
        if (process.env.LOAD_DEBUG && !c.shown && (status !== c.status || normalize(body) !== c.expected)) {
          c.shown = true
          console.error(c.name, status, body.length, c.expected.length, JSON.stringify(body.slice(0, 300)))
        }
      },
    })),
  })
  await batchLoop
  const byStatus = Object.fromEntries([...statuses].sort(([a], [b]) => a - b))
  const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, k]) => n + k, 0)
  const mismatched = [...mismatches.values()].reduce((n, k) => n + k, 0)
  const summary = {
    url,
    duration: `${duration} s`,
    connections,
    bodies: cases.map((c) => `${c.name} → ${c.status}`),
    requests: result.requests.total + batchRequests,
    batchRequests,
    perSecond: Math.round(result.requests.average),
    answersByStatus: byStatus,
    fivexx,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    mismatches: mismatched,
    mismatchedBodies: Object.fromEntries(mismatches),
  }
  console.log(JSON.stringify(summary, null, 2))
  const statusHeads = Object.keys(byStatus)
  const written = writeMeasured(
    'load',
    'Load: every answer under concurrency against the same body alone',
    `autocannon against \`wrangler dev\` (${url}), ${duration} s, ${connections} connections; batches by a loop of their own
beside it. Each answer is compared with the one the same body got alone before the load (request id aside).

${table(['requests', 'per second', ...statusHeads, '5xx', 'connection errors', 'timeouts', 'p50', 'p99', 'max', 'mismatches'], [[summary.requests, summary.perSecond, ...statusHeads.map((s) => byStatus[s]), fivexx, result.errors, result.timeouts, `${result.latency.p50} ms`, `${result.latency.p99} ms`, `${result.latency.max} ms`, mismatched]])}

Bodies, with the status each got alone:

${summary.bodies.map((b) => `- ${b}`).join('\n')}
`,
  )
  console.log(`written: ${written}`)
  process.exitCode = fivexx === 0 && mismatched === 0 && result.errors === 0 ? 0 : 1
} finally {
  if (server) process.kill(-server.child.pid, 'SIGTERM')
}
