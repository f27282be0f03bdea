// `npm run bench:hostile [-- --kinds a,b] [--sizes 102400,1048576] [--runs 15] [--heap 96]`: the worst legal body
// of each kind (test/support/fuzz/hostile.ts) at 100 KiB, 1 MiB and 5 MiB, and a batch at its byte limit, each
// in a fresh Node process with a 96 MB heap (`--max-old-space-size=96`), through the Worker's own fetch
// handler. For each: the CPU time of a conversion (process.cpuUsage, median of up to --runs after one untimed run
// of the same body, all threads: V8 compiles and marks on its own; the untimed run's own cost beside it), its ratio to a bare
// pass over the same bytes (decode + touch every character) measured in the same process, whether it
// completed within the heap, the peak heap (the largest heap V8 reported in use at a collection, garbage
// included: V8 lets garbage grow towards the limit) and the largest heap left after a full collection (what
// was alive). SPEC §6: ≤ ~100× a bare pass, a 96 MB heap. Writes docs/measured/hostile.md and
// bench/hostile-results.json.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { arg } from './measured.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const HEAP_MB = Number(arg('heap', 96))
const RUNS = Number(arg('runs', 15))
/** SPEC §6: the worst body of a size costs at most ~100× a bare pass over its bytes. */
const MAX_RATIO = 100
/** A child that takes longer than this is stopped and reported as such (a quadratic 5 MiB body takes minutes). */
const CHILD_TIMEOUT_MS = 180_000

const cache = join(root, 'node_modules/.cache/xxgk-json-bench')

/** Bundles for Node (Node 20 runs no TypeScript): the Worker's fetch handler for the child, the bodies for this process. */
async function bundle(name, lines) {
  const out = join(cache, name)
  mkdirSync(cache, { recursive: true })
  await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  })
  return out
}

/** `Mark-Compact 1.5 (2.0) -> 1.2 (2.0) MB`: the kind of a collection, and the heap in use before and after it. */
const GC_LINE = /(Scavenge|Mark-Compact|Mark-sweep|Minor[\w-]*)[^\d]*([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/

/** One kind at one size in a fresh process; resolves with its numbers, or with why it gave none (out of memory, time). */
function measure(workerBundle, body, env) {
  const bodyFile = join(cache, 'hostile.body')
  writeFileSync(bodyFile, body.bytes)
  return new Promise((resolve) => {
    const child = join(root, 'scripts/hostile/child.mjs')
    const args = [`--max-old-space-size=${HEAP_MB}`, '--trace-gc', '--expose-gc', child, workerBundle, bodyFile, body.contentType, body.path, String(RUNS), JSON.stringify(env)]
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let peak = 0
    let live = null
    let converting = false
    let result = null
    let stderr = ''
    let pending = ''
    proc.stdout.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'converting') converting = true
        else if (line.startsWith('result ')) result = JSON.parse(line.slice(7))
        else if (converting) {
          const m = GC_LINE.exec(line)
          if (!m) continue
          peak = Math.max(peak, Number(m[2]))
          if (m[1] !== 'Scavenge' && !m[1].startsWith('Minor')) live = Math.max(live ?? 0, Number(m[3]))
        }
      }
    })
    proc.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000)
    })
    const timer = setTimeout(() => proc.kill('SIGKILL'), CHILD_TIMEOUT_MS)
    proc.on('close', (code, signal) => {
      clearTimeout(timer)
      if (result) return resolve({ ...result, peakHeapMiB: Math.max(peak, result.heapAfterMiB), liveHeapMiB: live })
      const outOfMemory = /heap out of memory|Reached heap limit/i.test(stderr)
      const why = outOfMemory ? `out of memory (${HEAP_MB} MB heap)` : signal === 'SIGKILL' ? `stopped after ${CHILD_TIMEOUT_MS / 1000} s` : `exit ${code}: ${stderr.trim().split('\n').pop()}`
      resolve({ failed: why, peakHeapMiB: peak, liveHeapMiB: live })
    })
  })
}

const workerBundle = await bundle('worker.mjs', ["export { app } from './src/app.ts'", "export { prime } from './src/prime.ts'"])
const bodies = await import(
  await bundle('hostile-bodies.mjs', [
    "export { HOSTILE_KINDS, HOSTILE_SIZES, hostileBatch } from './test/support/fuzz/hostile.ts'",
    "export { DEFAULT_LIMITS, LIMIT_SETTINGS } from './src/limits/options.ts'",
  ])
)
/** A batch holds ordinary pages, or the hostile kind whose single body needs the most heap. */
const BATCH_KINDS = ['batch', 'batch:spaced-letters']
const kinds = arg('kinds', null)?.split(',') ?? [...bodies.HOSTILE_KINDS.map((k) => k.name), ...BATCH_KINDS]
const sizes = arg('sizes', null)?.split(',').map(Number) ?? bodies.HOSTILE_SIZES
/** The Worker's settings (`--env '{"MAX_BATCH_BODY_BYTES":"10485760"}'`); by default wrangler.toml's, as the library has them. */
const env = JSON.parse(arg('env', '{}'))
const limits = { ...bodies.DEFAULT_LIMITS, ...Object.fromEntries(Object.entries(env).map(([k, v]) => [bodies.LIMIT_SETTINGS.find((s) => s.env === k)?.key, Number(v)])) }
const rows = []
for (const kind of kinds) {
  for (const size of sizes) {
    const body = kind.startsWith('batch')
      ? bodies.hostileBatch(size, limits.maxBatchBytes, kind.split(':')[1] ?? 'ordinary-page')
      : bodies.HOSTILE_KINDS.find((k) => k.name === kind).make(size)
    const r = await measure(workerBundle, body, env)
    const ratio = r.failed ? null : +(r.cpuMs / r.bareMs).toFixed(1)
    // Completing under --max-old-space-size is what fits the heap; the peak counts garbage too.
    const within = !r.failed && ratio <= MAX_RATIO
    const row = { kind: body.kind, size, bytes: body.bytes.byteLength, documents: body.documents, ...r, ratio, within }
    rows.push(row)
    const what = r.failed ?? `${r.status}${r.code ? ` ${r.code}` : ''}, ${r.cpuMs.toFixed(0)} ms CPU, bare ${r.bareMs.toFixed(2)} ms, ${ratio}×, heap ${r.heapBeforeMiB.toFixed(1)} → peak ${r.peakHeapMiB.toFixed(1)}, live ${r.liveHeapMiB ?? '-'} MiB`
    console.error(`${body.kind} ${(size / 1024).toFixed(0)} KiB: ${what}`)
  }
}

const date = new Date().toISOString()
const machine = `${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, Node ${process.version}`
const command = `npm run bench:hostile${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`
mkdirSync(join(root, 'bench'), { recursive: true })
writeFileSync(join(root, 'bench/hostile-results.json'), `${JSON.stringify({ date, machine, command, heapMB: HEAP_MB, runs: RUNS, maxRatio: MAX_RATIO, rows }, null, 2)}\n`)

const mib = (n) => (n >= 1024 * 1024 ? `${+(n / 2 ** 20).toFixed(2)} MiB` : `${+(n / 1024).toFixed(1)} KiB`)
const lines = [
  `| kind | size | body | answer | CPU (ms) | first (ms) | bare pass (ms) | ratio | heap before (MiB) | peak heap (MiB) | live after a full GC (MiB) | within SPEC §6 |`,
  '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map((r) =>
    r.failed
      ? `| ${r.kind} | ${mib(r.size)} | ${mib(r.bytes)}${r.documents > 1 ? ` (${r.documents} documents)` : ''} | **${r.failed}** |  |  |  |  |  | ${r.peakHeapMiB ? `≥ ${r.peakHeapMiB.toFixed(1)}` : ''} | ${r.liveHeapMiB ?? ''} | **no** |`
      : `| ${r.kind} | ${mib(r.size)} | ${mib(r.bytes)}${r.documents > 1 ? ` (${r.documents} documents)` : ''} | ${r.status}${r.code ? ` ${r.code}` : ''} | ${r.cpuMs.toFixed(0)} | ${r.firstMs.toFixed(0)} | ${r.bareMs.toFixed(2)} | ${r.ratio}× | ${r.heapBeforeMiB.toFixed(1)} | ${r.peakHeapMiB.toFixed(1)} | ${r.liveHeapMiB ?? '—'} | ${r.within ? 'yes' : '**no**'} |`,
  ),
]
const table = lines.join('\n')
console.log(table)
const intro = `# The worst legal bodies: CPU, its ratio to a bare pass, heap

\`${command}\` — ${date}, ${machine}. Written by scripts/bench-hostile.mjs; the bodies are
test/support/fuzz/hostile.ts, each under every limit (bytes, cells, depth, line length).

Each row is a fresh Node process with \`--max-old-space-size=${HEAP_MB}\` that primes the Worker as it starts
(src/prime.ts), converts the body once untimed, then up to ${RUNS} times (at least 3, no more once they took ~3 s)
through the Worker's own fetch handler. CPU: the median of those runs by process.cpuUsage (all threads: V8
compiles and marks on its own) — the body's steady cost, measured as the bare pass is. First: the untimed
conversion, the body's first in that process, while V8 still compiles the code for its shape (a cost of the
isolate's first such body, not of every body). Bare pass: the same bytes decoded and every character read, the
median of 21 passes after 20 untimed ones, in the same process. Heap before: in use
after priming, the body held. Peak: the most V8 reported in use at a collection, garbage included (it lets
garbage grow towards the limit). Live: the most left after a full collection. SPEC §6: the worst body of a size
at most ~${MAX_RATIO}× a bare pass, and it converts within the ${HEAP_MB} MB heap (a row that does not says why).
`
mkdirSync(join(root, 'docs/measured'), { recursive: true })
writeFileSync(join(root, 'docs/measured/hostile.md'), `${intro}\n${table}\n`)
