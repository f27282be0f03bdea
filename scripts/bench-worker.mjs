// `npm run bench:worker [-- --port 8794] [--duration 10]`: the Worker's cost as users see it (SPEC §6).
// 1. Bundle size: `wrangler deploy --dry-run --outdir`, raw and gzip.
// 2. `wrangler dev` on 127.0.0.1: time from its start to the first answer (the health check, which starts
//    the isolate), then the first conversion's latency in the new isolate (the seed report, then the HTML
//    report) against the median of the next 20. Latencies are wall time through wrangler's proxy.
// 3. autocannon at 16 connections, seed report and an HTML report: requests per second, p50/p99 latency.
//    Only statuses are counted: autocannon 8 decodes each TCP chunk alone, so bodies are not compared here
//    (`npm run load` does that). Writes bench/worker-results.json.
import autocannon from 'autocannon'
import { arg, table, writeMeasured } from './measured.mjs'
import { execFileSync, spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = fileURLToPath(new URL('..', import.meta.url))
const PORT = Number(arg('port', 8794))
const DURATION = Number(arg('duration', 10))
const CONNECTIONS = 16
const wrangler = join(root, 'node_modules/.bin/wrangler')
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' }

function bundleSize() {
  const out = mkdtempSync(join(tmpdir(), 'xxgk-json-bundle-'))
  try {
    execFileSync(wrangler, ['deploy', '--dry-run', '--outdir', out], { cwd: root, env, stdio: 'ignore' })
    const files = readdirSync(out).filter((f) => f.endsWith('.js'))
    const bytes = files.reduce((n, f) => n + statSync(join(out, f)).size, 0)
    const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0)
    return { files, kib: +(bytes / 1024).toFixed(1), gzipKiB: +(gzip / 1024).toFixed(1) }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

const corpus = (f) => readFileSync(join(root, 'test/fixtures/corpus', f))
const BODIES = [
  { name: 'seed report (nansha-2020-mirror.txt)', type: 'text/plain; charset=utf-8', body: corpus('nansha-2020-mirror.txt') },
  { name: 'HTML report (09-pingtan-2024-article.html)', type: 'text/html; charset=utf-8', body: corpus('09-pingtan-2024-article.html') },
]

async function post(base, { type, body }) {
  const t = performance.now()
  const res = await fetch(`${base}/v1/convert`, { method: 'POST', body, headers: { 'content-type': type } })
  await res.arrayBuffer()
  return { status: res.status, ms: performance.now() - t }
}

async function startWrangler() {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  const log = openSync(join(root, 'node_modules/.cache/xxgk-json-bench-wrangler.log'), 'w')
  const started = performance.now()
  const child = spawn(wrangler, ['dev', '--ip', '127.0.0.1', '--port', String(PORT), '--log-level', 'warn'], { cwd: root, detached: true, stdio: ['ignore', log, log], env })
  const base = `http://127.0.0.1:${PORT}`
  // Poll the health check: its first answer means the isolate has started (its module scope evaluated);
  // the conversion that follows is then the first one the new isolate runs.
  while (performance.now() - started < 120_000) {
    await sleep(50)
    try {
      const t = performance.now()
      const res = await fetch(`${base}/healthz`)
      await res.arrayBuffer()
      if (res.ok) {
        const readyMs = performance.now() - started
        const health = performance.now() - t
        return { child, base, readyMs, healthMs: health, first: await post(base, BODIES[0]) }
      }
    } catch {
      // not listening yet
    }
  }
  process.kill(-child.pid, 'SIGTERM')
  throw new Error('wrangler dev did not answer within 120 s (log: node_modules/.cache/xxgk-json-bench-wrangler.log)')
}

async function load(base, body) {
  const statuses = {}
  const result = await autocannon({
    url: `${base}/v1/convert`,
    method: 'POST',
    headers: { 'content-type': body.type },
    body: body.body,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ onResponse: (status) => (statuses[status] = (statuses[status] ?? 0) + 1) }],
  })
  return { body: body.name, requests: result.requests.total, perSecond: +result.requests.average.toFixed(0), p50Ms: result.latency.p50, p99Ms: result.latency.p99, maxMs: result.latency.max, statuses, errors: result.errors }
}

const bundle = bundleSize()
console.error('bundle', JSON.stringify(bundle))
const server = await startWrangler()
try {
  // The first answer above was the first conversion; the next ones run in the warm isolate.
  const next = []
  for (let i = 0; i < 20; i++) next.push((await post(server.base, BODIES[0])).ms)
  next.sort((a, b) => a - b)
  const firstHtml = await post(server.base, BODIES[1])
  const startup = {
    wranglerDevToFirstAnswerMs: Math.round(server.readyMs),
    firstAnswerMs: +server.healthMs.toFixed(1),
    firstConversionMs: +server.first.ms.toFixed(1),
    warmMedianMs: +next[10].toFixed(1),
    firstHtmlMs: +firstHtml.ms.toFixed(1),
  }
  console.error('startup', JSON.stringify(startup))
  const loads = []
  for (const body of BODIES) {
    loads.push(await load(server.base, body))
    console.error('load', JSON.stringify(loads.at(-1)))
  }
  const result = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
    node: process.version,
    wrangler: JSON.parse(readFileSync(join(root, 'node_modules/wrangler/package.json'), 'utf8')).version,
    bundle,
    startup,
    load: { connections: CONNECTIONS, durationS: DURATION, results: loads },
  }
  mkdirSync(join(root, 'bench'), { recursive: true })
  writeFileSync(join(root, 'bench/worker-results.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result, null, 2))
  const written = writeMeasured(
    'worker',
    'The Worker in workerd: bundle, start-up, load (SPEC §6)',
    `wrangler ${result.wrangler}; \`wrangler dev\` on 127.0.0.1, latencies through its proxy (wall time).

## Bundle (\`wrangler deploy --dry-run --outdir\`)

${table(['files', 'raw', 'gzip'], [[bundle.files.join(', '), `${bundle.kib} KiB`, `${bundle.gzipKiB} KiB`]])}

## Start-up

${table(['wrangler dev to first answer', 'first answer (health)', 'first conversion', 'warm median (next 20)', 'first HTML conversion'], [[`${startup.wranglerDevToFirstAnswerMs} ms`, `${startup.firstAnswerMs} ms`, `${startup.firstConversionMs} ms`, `${startup.warmMedianMs} ms`, `${startup.firstHtmlMs} ms`]])}

## Load (autocannon, ${CONNECTIONS} connections, ${DURATION} s each)

${table(['body', 'requests', 'per second', 'p50', 'p99', 'max', 'statuses', 'errors'], loads.map((l) => [l.body, l.requests, l.perSecond, `${l.p50Ms} ms`, `${l.p99Ms} ms`, `${l.maxMs} ms`, JSON.stringify(l.statuses), l.errors]))}
`,
  )
  console.log(`written: bench/worker-results.json, ${written}`)
} finally {
  process.kill(-server.child.pid, 'SIGTERM')
}
