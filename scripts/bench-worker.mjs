// `npm run bench:worker [-- --port 8794] [--duration 10] [--runs 5]`: the Worker's cost as users see it (SPEC §6).
// 1. Bundle size: `wrangler deploy --dry-run --outdir`, raw and gzip.
// 2. CPU in workerd (the free plan's 10 ms a request, 1 s start-up): that very build run by the workerd binary
//    wrangler ships, a fresh process per new isolate, CPU read per thread (scripts/lib/workerd-cpu.mjs): start-up,
//    the first request of a new isolate, the second, warm and steady; Node's steady CPU for the same input as the
//    check; the first request again with every function compiled at start-up (V8's --no-lazy, a test flag) to
//    tell compiling from running cold code; a V8 profile of a first request (scripts/lib/workerd-profile.mjs).
// 3. `wrangler dev` on 127.0.0.1: time from its start to the first answer (the health check), then the first
//    conversion's latency in the new isolate (the seed report, then the HTML report) against the median of the
//    next 20. Latencies are wall time through wrangler's proxy.
// 4. autocannon at 16 connections, seed report and an HTML report: requests per second, p50/p99 latency.
//    Only statuses are counted: autocannon 8 decodes each TCP chunk alone, so bodies are not compared here
//    (`npm run load` does that). Writes bench/worker-results.json.
import autocannon from 'autocannon'
import { arg, importWithPdfJs, table, writeMeasured } from './measured.mjs'
import { measureIsolates, threadCpu, writeConfig } from './lib/workerd-cpu.mjs'
import { profileRequests } from './lib/workerd-profile.mjs'
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
const RUNS = Number(arg('runs', 5))
const CONNECTIONS = 16
const wrangler = join(root, 'node_modules/.bin/wrangler')
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' }

/** The Worker as a deploy builds it, into `out` (kept for the CPU runs): its modules' size, raw and gzip. */
function build(out, minify) {
  execFileSync(wrangler, ['deploy', '--dry-run', '--outdir', out, ...(minify ? [] : ['--minify', 'false'])], { cwd: root, env, stdio: 'ignore' })
  const files = readdirSync(out).filter((f) => f.endsWith('.js'))
  const bytes = files.reduce((n, f) => n + statSync(join(out, f)).size, 0)
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0)
  return { files, kib: +(bytes / 1024).toFixed(1), gzipKiB: +(gzip / 1024).toFixed(1) }
}

const corpus = (f) => readFileSync(join(root, 'test/fixtures/corpus', f))
const BODIES = [
  { name: 'seed report (nansha-2020-mirror.txt)', type: 'text/plain; charset=utf-8', body: corpus('nansha-2020-mirror.txt') },
  { name: 'HTML report (09-pingtan-2024-article.html)', type: 'text/html; charset=utf-8', body: corpus('09-pingtan-2024-article.html') },
]
/** For the CPU runs also a print's text (Chromium, pdftotext -layout): the code a PDF's text takes. */
const PRINT = { name: 'print text (pdftotext/layout-seed-5121.txt)', type: 'text/plain; charset=utf-8', body: readFileSync(join(root, 'test/fixtures/pdftotext/layout-seed-5121.txt')) }

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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Node's steady CPU for each input: the engine (src/convert.ts) tiered up over 300 conversions, the last 100's median. */
async function nodeSteady(bodies) {
  const { convertReport } = await importWithPdfJs('bench-worker', `export { convertReport } from './src/convert.ts'`)
  return bodies.map((body) => {
    const s = []
    for (let i = 0; i < 300; i++) {
      const t = threadCpu(process.pid).main
      JSON.stringify(convertReport(new Uint8Array(body.body)))
      s.push(threadCpu(process.pid).main - t)
    }
    return +median(s.slice(-100)).toFixed(2)
  })
}

/** Section 2: the build in `out` run by workerd itself, fresh isolates, CPU per thread. */
async function cpuInWorkerd(work, out) {
  const workerd = join(root, 'node_modules/.bin/workerd')
  const date = /compatibility_date\s*=\s*"([^"]+)"/.exec(readFileSync(join(root, 'wrangler.toml'), 'utf8'))[1]
  const port = PORT + 1
  const bodies = [...BODIES, PRINT]
  mkdirSync(join(work, 'empty'))
  writeFileSync(join(work, 'empty/index.js'), "export default { fetch: () => new Response('ok') }\n")
  const config = (name, dir, flags) => (writeConfig(join(work, `${name}.capnp`), dir, 'index.js', port, date, flags), join(work, `${name}.capnp`))
  const emptyConfig = config('empty', join(work, 'empty'))
  const isolates = await measureIsolates({ workerd, config: config('worker', out), emptyConfig, port, bodies, runs: RUNS, warm: 20, steady: 300 })
  console.error('cpu', JSON.stringify(isolates))
  const eager = await measureIsolates({ workerd, config: config('eager', out, ['--no-lazy']), emptyConfig, port, bodies, runs: Math.ceil(RUNS / 2), warm: 1 })
  console.error('cpu --no-lazy', JSON.stringify(eager))
  const node = await nodeSteady(bodies)
  // Names for the profile: the same build unminified.
  build(join(work, 'plain'), false)
  const plain = config('plain', join(work, 'plain'))
  const profiles = []
  for (const body of bodies) profiles.push(...(await profileRequests({ workerd, config: plain, port, inspectorPort: PORT + 2, requests: [body] })))
  return {
    workerd: execFileSync(workerd, ['--version'], { encoding: 'utf8' }).trim(),
    compatibilityDate: date,
    ...isolates,
    bodies: isolates.bodies.map((b, i) => ({ ...b, eagerFirstMs: eager.bodies[i].firstMs, nodeSteadyMs: node[i] })),
    eagerStartupMs: eager.startupMs,
    profiles,
  }
}

const work = mkdtempSync(join(tmpdir(), 'xxgk-json-worker-'))
const bundle = build(join(work, 'out'), true)
console.error('bundle', JSON.stringify(bundle))
const cpu = await cpuInWorkerd(work, join(work, 'out'))
rmSync(work, { recursive: true, force: true })
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
    cpu,
    startup,
    load: { connections: CONNECTIONS, durationS: DURATION, results: loads },
  }
  mkdirSync(join(root, 'bench'), { recursive: true })
  writeFileSync(join(root, 'bench/worker-results.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result, null, 2))
  const written = writeMeasured(
    'worker',
    'The Worker in workerd: bundle, CPU, start-up, load (SPEC §6)',
    `wrangler ${result.wrangler}. CPU: the build run by workerd itself, per thread. Start-up and load: \`wrangler dev\` on 127.0.0.1, latencies through its proxy (wall time).

## Bundle (\`wrangler deploy --dry-run --outdir\`)

${table(['files', 'raw', 'gzip'], [[bundle.files.join(', '), `${bundle.kib} KiB`, `${bundle.gzipKiB} KiB`]])}

## CPU in workerd (fresh isolates)

workerd ${cpu.workerd} (the binary wrangler runs), compatibility date ${cpu.compatibilityDate}: the build above served by workerd itself, one process per new isolate (${cpu.runs} of each), no proxy, no inspector. CPU is the scheduler's count per thread (/proc/…/schedstat): the isolate's JavaScript runs on workerd's main thread; V8's helper threads (concurrent compiling and collecting) are counted apart. Medians of the ${cpu.runs} isolates. The free plan allows 10 ms a request and 1 s of start-up; this machine is shared and loaded, so the figures are high by an unknown factor against Cloudflare's.

${table(['start-up: module scope and priming (main thread, less an empty Worker\'s)', 'helper threads', 'with every function compiled at start (--no-lazy)', 'a health check, warm'], [[`${cpu.startupMs} ms`, `${cpu.startupHelpersMs} ms`, `${cpu.eagerStartupMs} ms`, `${cpu.healthMs} ms`]])}

${table(['input', 'first request of a new isolate', 'worst of the first', 'its helper threads', 'second', 'warm (median of the next 20)', 'steady (after 300)', 'Node, steady, the same input (src/convert.ts)', 'first, every function compiled at start (--no-lazy)'], cpu.bodies.map((b) => [b.body, `${b.firstMs} ms`, `${b.firstMaxMs} ms`, `${b.firstHelpersMs} ms`, `${b.secondMs} ms`, `${b.warmMs} ms`, `${b.steadyMs} ms`, `${b.nodeSteadyMs} ms`, `${b.eagerFirstMs} ms`]))}

The first request in a V8 CPU profile (workerd's inspector, the build unminified, one new isolate each): the profiler and the inspector slow the isolate several times over, so only the order of the functions says something.

${table(['input', 'busy (profiled)', 'most self time'], cpu.profiles.map((p) => [p.request, `${p.busyMs} ms`, p.functions.slice(0, 6).map((f) => `${f.name} ${f.ms} ms`).join('; ')]))}

## Start-up through wrangler dev

${table(['wrangler dev to first answer', 'first answer (health)', 'first conversion', 'warm median (next 20)', 'first HTML conversion'], [[`${startup.wranglerDevToFirstAnswerMs} ms`, `${startup.firstAnswerMs} ms`, `${startup.firstConversionMs} ms`, `${startup.warmMedianMs} ms`, `${startup.firstHtmlMs} ms`]])}

## Load (autocannon, ${CONNECTIONS} connections, ${DURATION} s each)

${table(['body', 'requests', 'per second', 'p50', 'p99', 'max', 'statuses', 'errors'], loads.map((l) => [l.body, l.requests, l.perSecond, `${l.p50Ms} ms`, `${l.p99Ms} ms`, `${l.maxMs} ms`, JSON.stringify(l.statuses), l.errors]))}
`,
  )
  console.log(`written: bench/worker-results.json, ${written}`)
} finally {
  process.kill(-server.child.pid, 'SIGTERM')
}
