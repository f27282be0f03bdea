// `npm run bench`: what one conversion costs in Node, against the floor of the same bytes (SPEC §6).
// One process, one run: every corpus report, and a generated report of every shape (test/support/generator)
// at 1×, 4× and 16× its size (the last section padded with paragraphs). For each: median and p99 CPU time of
// `convertReport` on the bytes, the bare pass (decode + touch every character) as the floor, and their
// ratio; and what provenance (SPEC §3) costs: the same conversion with `provenance: false`, and the size of the
// JSON answer with and without it. Then, in fresh child processes: import time, first and steady conversion, and peak memory for the
// largest input. Prints a table and writes bench/results.json. Measures dist/index.js, so it builds first.
import { execFileSync } from 'node:child_process'
import { constants, performance, PerformanceObserver } from 'node:perf_hooks'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { table, writeMeasured } from './measured.mjs'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist/index.js')
/** Each input is timed for about this long (at least MIN_SAMPLES, at most MAX_SAMPLES runs) after WARM_UP runs. */
const BUDGET_MS = 1500
const MIN_SAMPLES = 30
const MAX_SAMPLES = 400
const WARM_UP = 20
const SIZES = [1, 4, 16]
const SEED = 20261126

const { convertReport } = await import(pathToFileURL(dist).href)

/** The generator is TypeScript: bundle it for Node at run time (esbuild is a dev dependency). */
async function loadGenerator() {
  const out = join(root, 'node_modules/.cache/xxgk-json-bench/generator.mjs')
  mkdirSync(join(out, '..'), { recursive: true })
  const entry = "export { SHAPES } from './shapes.ts'\nexport { seeded } from './random.ts'\n"
  await build({
    stdin: { contents: entry, resolveDir: join(root, 'test/support/generator'), loader: 'ts' },
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  })
  return import(pathToFileURL(out).href)
}

/** The floor: decode the bytes and touch every character, as any conversion must at least do. */
const decoder = new TextDecoder()
function barePass(bytes) {
  const text = decoder.decode(bytes)
  let sum = 0
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0
  return sum
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

/** Median and p99 of `f()` in ms, by wall time in a tight single-threaded loop (no I/O: wall ≈ CPU). */
function time(f) {
  for (let i = 0; i < WARM_UP; i++) f()
  const samples = []
  const until = performance.now() + BUDGET_MS
  while (samples.length < MAX_SAMPLES && (samples.length < MIN_SAMPLES || performance.now() < until)) {
    const t = performance.now()
    f()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  return { median: quantile(samples, 0.5), p99: quantile(samples, 0.99), samples: samples.length }
}

/**
 * Two functions timed in alternation (f, g, f, g, …) within one budget: on a machine shared with other work,
 * a slow spell then hits both alike, and their ratio stays meaningful where two runs apart would not.
 */
function timePair(f, g) {
  for (let i = 0; i < WARM_UP; i++) {
    f()
    g()
  }
  const a = []
  const b = []
  const until = performance.now() + 2 * BUDGET_MS
  while (a.length < MAX_SAMPLES && (a.length < MIN_SAMPLES || performance.now() < until)) {
    let t = performance.now()
    f()
    a.push(performance.now() - t)
    t = performance.now()
    g()
    b.push(performance.now() - t)
  }
  const stats = (s) => (s.sort((x, y) => x - y), { median: quantile(s, 0.5), p99: quantile(s, 0.99), samples: s.length })
  return [stats(a), stats(b)]
}

function inputs(generator) {
  const dir = join(root, 'test/fixtures/corpus')
  const out = readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .map((f) => ({ name: `corpus ${f}`, kind: f.endsWith('.html') ? 'html' : 'text', size: 1, bytes: new Uint8Array(readFileSync(join(dir, f))) }))
  const bytes = (rendered) => new TextEncoder().encode(rendered.input)
  for (const [k, shape] of generator.SHAPES.entries()) {
    // The same seed gives the same report; padding adds paragraphs until the input is about `size`× as long.
    const base = shape.render(generator.seeded(SEED + k))
    // A shape that draws per character (the Traditional mirror) may pick another form once padded: the
    // nearest padding that keeps the base's form (HTML or text) is taken.
    const render = (padding) => {
      for (let p = padding; p < padding + 200; p++) {
        const rendered = shape.render(generator.seeded(SEED + k), { padding: p })
        if (rendered.inputType === base.inputType) return bytes(rendered)
      }
      throw new Error(`${shape.name}: no padding near ${padding} keeps the ${base.inputType} form`)
    }
    const baseBytes = bytes(base)
    const perParagraph = (render(100).length - baseBytes.length) / 100
    for (const size of SIZES) {
      const input = size === 1 ? baseBytes : render(Math.round(((size - 1) * baseBytes.length) / perParagraph))
      out.push({ name: shape.name, kind: base.inputType, size, bytes: input })
    }
  }
  return out
}

/** A fresh process: import, the first conversion, then the steady cost; or only the import (memory baseline). */
function child(bytesFile, mode) {
  const code = `
    const t0 = performance.now()
    const { convertReport } = await import(${JSON.stringify(pathToFileURL(dist).href)})
    const imported = performance.now() - t0
    const bytes = require('node:fs').readFileSync(${JSON.stringify(bytesFile)})
    const out = { imported }
    if (${JSON.stringify(mode)} !== 'import') {
      let t = performance.now(); convertReport(bytes); out.first = performance.now() - t
      t = performance.now(); convertReport(bytes); out.second = performance.now() - t
      const s = []
      for (let i = 0; i < 30; i++) { t = performance.now(); convertReport(bytes); s.push(performance.now() - t) }
      out.steady = s.sort((a, b) => a - b)[15]
    }
    out.maxRssMiB = process.resourceUsage().maxRSS / 1024
    out.heapUsedMiB = process.memoryUsage().heapUsed / 2 ** 20
    console.log(JSON.stringify(out))`
  const wrapped = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${code}`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', wrapped], { encoding: 'utf8' }))
}

const generator = await loadGenerator()
const all = inputs(generator)
// The whole process warmed first: V8 tiers the engine's code up over its first few hundred conversions, and the
// first input of each shape would otherwise carry that in its p99. A new isolate's cost is measured apart (below).
for (const input of all) {
  for (let i = 0; i < WARM_UP; i++) {
    convertReport(input.bytes)
    convertReport(input.bytes, { provenance: false })
  }
}
const rows = []
for (const input of all) {
  // Checks that the input converts at all: a benchmark of an error path would flatter the numbers.
  const report = convertReport(input.bytes)
  // Each input pays for its own garbage only: the heap left by the input before (the Word paste at 16× leaves
  // megabytes) is collected here, not in the next input's timed runs (`node --expose-gc`, as npm run bench runs it).
  globalThis.gc?.()
  const [convert, noProvenance] = timePair(
    () => convertReport(input.bytes),
    () => convertReport(input.bytes, { provenance: false }),
  )
  const bare = time(() => barePass(input.bytes))
  const jsonBytes = (r) => new TextEncoder().encode(JSON.stringify(r)).length
  const withSources = jsonBytes(report)
  const withoutSources = jsonBytes(convertReport(input.bytes, { provenance: false }))
  rows.push({
    input: input.name,
    kind: input.kind,
    size: input.size,
    kib: +(input.bytes.length / 1024).toFixed(1),
    medianMs: +convert.median.toFixed(3),
    p99Ms: +convert.p99.toFixed(3),
    samples: convert.samples,
    bareMs: +bare.median.toFixed(4),
    ratio: +(convert.median / bare.median).toFixed(1),
    noProvenanceMs: +noProvenance.median.toFixed(3),
    provenanceEntries: Object.keys(report.provenance ?? {}).length,
    jsonKiB: +(withSources / 1024).toFixed(1),
    jsonNoProvenanceKiB: +(withoutSources / 1024).toFixed(1),
  })
  const r = rows.at(-1)
  console.error(`${r.input} ${r.size}× ${r.kib} KiB: ${r.medianMs} ms (p99 ${r.p99Ms}), floor ${r.bareMs} ms, ${r.ratio}×; without provenance ${r.noProvenanceMs} ms, JSON ${r.jsonKiB} / ${r.jsonNoProvenanceKiB} KiB`)
}

/**
 * Garbage collection over GC_RUNS conversions of each 1× input, as Node reports it (perf_hooks 'gc' entries): a
 * conversion's garbage should die young, so scavenges stay short and full collections rare; where something keeps
 * a conversion's objects past a scavenge (as an object literal's accessor once did), scavenges grow to milliseconds
 * and set the p99.
 */
const GC_RUNS = 300
const gcEntries = []
const observer = new PerformanceObserver((list) => gcEntries.push(...list.getEntries()))
observer.observe({ entryTypes: ['gc'] })
const delivered = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)))
const gcRows = []
for (const input of all.filter((i) => i.size === 1)) {
  globalThis.gc?.()
  await delivered()
  gcEntries.length = 0
  for (let i = 0; i < GC_RUNS; i++) convertReport(input.bytes)
  await delivered()
  const minor = gcEntries.filter((e) => e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR).map((e) => e.duration)
  const major = gcEntries.filter((e) => e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
  gcRows.push({
    input: input.name,
    kind: input.kind,
    scavengesPer100: +((100 * minor.length) / GC_RUNS).toFixed(1),
    scavengeMsPerConversion: +(minor.reduce((a, b) => a + b, 0) / GC_RUNS).toFixed(3),
    longestScavengeMs: +Math.max(0, ...minor).toFixed(2),
    fullCollections: major.length,
  })
}
observer.disconnect()

// The one-time costs, each in a fresh process: the seed report, and the largest input for memory.
const tmp = join(root, 'node_modules/.cache/xxgk-json-bench')
const seedFile = join(root, 'test/fixtures/corpus/nansha-2020-mirror.txt')
const largest = all.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a))
const largestFile = join(tmp, 'largest.input')
writeFileSync(largestFile, largest.bytes)
const cold = child(seedFile, 'convert')
const baseline = child(seedFile, 'import')
const peak = child(largestFile, 'convert')

const summarize = (filter) => {
  const sel = rows.filter(filter)
  const medians = sel.map((r) => r.medianMs).sort((a, b) => a - b)
  return { inputs: sel.length, medianOfMediansMs: quantile(medians, 0.5), worstMedianMs: medians.at(-1), worstP99Ms: Math.max(...sel.map((r) => r.p99Ms)), worstRatio: Math.max(...sel.map((r) => r.ratio)) }
}
// Growth: cost per KiB at 16× over cost per KiB at 1×, per shape (1.0 is linear).
const growth = generator.SHAPES.map((s) => {
  const one = rows.find((r) => r.input === s.name && r.size === 1)
  const big = rows.find((r) => r.input === s.name && r.size === 16)
  return { shape: s.name, perKiB1x: +(one.medianMs / one.kib).toFixed(4), perKiB16x: +(big.medianMs / big.kib).toFixed(4), growth: +((big.medianMs / big.kib) / (one.medianMs / one.kib)).toFixed(2) }
})
/** What provenance adds, over the 1× inputs: CPU (median of the per-input ratios) and JSON size. */
function provenanceCost(all) {
  const sel = all.filter((r) => r.size === 1)
  const ratios = (f) => sel.map(f).sort((a, b) => a - b)
  const cpu = ratios((r) => r.medianMs / r.noProvenanceMs)
  const size = ratios((r) => r.jsonKiB / r.jsonNoProvenanceKiB)
  return {
    inputs: sel.length,
    cpuRatioMedian: +quantile(cpu, 0.5).toFixed(3),
    cpuRatioWorst: +cpu.at(-1).toFixed(3),
    extraMsMedian: +quantile(ratios((r) => r.medianMs - r.noProvenanceMs), 0.5).toFixed(3),
    sizeRatioMedian: +quantile(size, 0.5).toFixed(2),
    sizeRatioWorst: +size.at(-1).toFixed(2),
    extraKiBMedian: +quantile(ratios((r) => r.jsonKiB - r.jsonNoProvenanceKiB), 0.5).toFixed(1),
  }
}

const result = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1) },
  node: process.version,
  method: `performance.now() around each call in one thread, after ${WARM_UP} warm-up runs of every input (with and without provenance) and ${WARM_UP} more of the input itself, the heap collected before each input${globalThis.gc ? "" : " (not here: run without --expose-gc)"}, then ${MIN_SAMPLES}–${MAX_SAMPLES} runs or ~${BUDGET_MS} ms per input`,
  summary: {
    text1x: summarize((r) => r.kind === 'text' && r.size === 1 && r.kib <= 60),
    html1x: summarize((r) => r.kind === 'html' && r.size === 1 && r.kib <= 60),
  },
  coldStart: { seed: 'nansha-2020-mirror.txt', importMs: +cold.imported.toFixed(1), firstConversionMs: +cold.first.toFixed(2), secondConversionMs: +cold.second.toFixed(2), steadyMs: +cold.steady.toFixed(3) },
  memory: {
    largestInput: `${largest.name} ${largest.size}×, ${(largest.bytes.length / 1024).toFixed(0)} KiB`,
    maxRssMiB: +peak.maxRssMiB.toFixed(1),
    importOnlyMaxRssMiB: +baseline.maxRssMiB.toFixed(1),
    conversionMaxRssMiB: +(peak.maxRssMiB - baseline.maxRssMiB).toFixed(1),
  },
  growth,
  gc: gcRows,
  provenance: provenanceCost(rows),
  rows,
}
mkdirSync(join(root, 'bench'), { recursive: true })
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(result, null, 2)}\n`)

const pad = (s, n) => String(s).padEnd(n)
const num = (s, n) => String(s).padStart(n)
console.log(`${result.date}  ${result.machine.cpu}, ${result.machine.cores} cores  Node ${result.node}`)
console.log(`${pad('input', 66)} ${pad('kind', 4)} size ${num('KiB', 6)} ${num('median', 8)} ${num('p99', 8)} ${num('floor', 7)} ${num('ratio', 6)} ${num('no prov', 8)} ${num('JSON KiB', 9)} ${num('no prov', 8)}`)
for (const r of rows) {
  console.log(`${pad(r.input.slice(0, 66), 66)} ${pad(r.kind, 4)} ${num(`${r.size}×`, 4)} ${num(r.kib, 6)} ${num(r.medianMs.toFixed(3), 8)} ${num(r.p99Ms.toFixed(3), 8)} ${num(r.bareMs.toFixed(3), 7)} ${num(r.ratio, 6)} ${num(r.noProvenanceMs.toFixed(3), 8)} ${num(r.jsonKiB, 9)} ${num(r.jsonNoProvenanceKiB, 8)}`)
}
console.log('summary', JSON.stringify(result.summary))
console.log('growth (cost per KiB, 16× over 1×)', growth.map((g) => g.growth).join(' '))
console.log('longest scavenge per 1× input (ms)', gcRows.map((g) => g.longestScavengeMs).join(' '))
console.log('provenance (with over without, 1× inputs)', JSON.stringify(result.provenance))
console.log('cold start', JSON.stringify(result.coldStart))
console.log('memory', JSON.stringify(result.memory))
const ms = (v) => (v === undefined ? '—' : `${v.toFixed(3)} ms`)
const summaryRow = (name, s) => [name, s.inputs, ms(s.medianOfMediansMs), ms(s.worstMedianMs), ms(s.worstP99Ms), `${s.worstRatio}×`]
const written = writeMeasured(
  'node',
  'CPU per conversion in Node (SPEC §6)',
  `${result.method}; the floor is a bare pass over the same bytes (decode and touch every character), the ratio the conversion over it.

## Ordinary reports (size 1×, up to 60 KiB)

${table(['inputs', 'count', 'median of medians', 'worst median', 'worst p99', 'worst ratio'], [summaryRow('text', result.summary.text1x), summaryRow('HTML', result.summary.html1x)])}

## Growth with size (cost per KiB at 16× over 1×; 1.0 is linear)

${table(['shape', 'ms/KiB at 1×', 'ms/KiB at 16×', 'growth'], growth.map((g) => [g.shape, g.perKiB1x, g.perKiB16x, g.growth]))}

## Garbage collection (${GC_RUNS} conversions of each 1× input, Node's gc entries)

${table(['input', 'kind', 'scavenges per 100 conversions', 'scavenge ms per conversion', 'longest scavenge', 'full collections'], gcRows.map((g) => [g.input, g.kind, g.scavengesPer100, g.scavengeMsPerConversion, `${g.longestScavengeMs} ms`, g.fullCollections]))}

## Start and memory (fresh processes)

${table(['import', 'first conversion', 'second', 'steady', 'peak RSS of the conversion (largest input)'], [[`${result.coldStart.importMs} ms`, `${result.coldStart.firstConversionMs} ms`, `${result.coldStart.secondConversionMs} ms`, `${result.coldStart.steadyMs} ms`, `${result.memory.conversionMaxRssMiB} MiB (${result.memory.largestInput})`]])}

## Every input

${table(['input', 'kind', 'size', 'KiB', 'median', 'p99', 'floor', 'ratio'], rows.map((r) => [r.input, r.kind, `${r.size}×`, r.kib, ms(r.medianMs), ms(r.p99Ms), ms(r.bareMs), `${r.ratio}×`]))}
`,
)
console.log(`written: bench/results.json, ${written}`)
