// Two builds of the library compared: do they give the same answers, and which is cheaper?
//   node scripts/compare-builds.mjs <base dist/index.js> [<new dist/index.js>] [--seeds N] [--runs N]
// Same answers: the JSON of both on the corpus and on the generator's reports, plain and mutated (seeds per
// shape). Cost: both alternated conversion by conversion in one process over the ordinary inputs (the corpus and
// one generated report of each shape, as `npm run bench` takes them), so that a noisy host weighs on both alike;
// per input the 10th percentile of each, and their geometric mean ratio; then the same-answers inputs as a stream,
// each once in turn (an input converted again and again flatters whatever is kept between conversions).
// A pure refactor must print 0 differ.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const k = args.indexOf(`--${name}`)
  return k >= 0 ? Number(args.splice(k, 2)[1]) : fallback
}
const SEEDS = option('seeds', 10)
const RUNS = option('runs', 120)
const [basePath, newPath = join(root, 'dist/index.js')] = args
if (!basePath) {
  console.error('usage: compare-builds.mjs <base dist/index.js> [<new dist/index.js>] [--seeds N] [--runs N]')
  process.exit(2)
}
const A = (await import(pathToFileURL(resolve(basePath)).href)).convertReport
const B = (await import(pathToFileURL(resolve(newPath)).href)).convertReport

const out = join(root, 'node_modules/.cache/xxgk-json-bench/generator-mutate.mjs')
mkdirSync(join(out, '..'), { recursive: true })
await build({
  stdin: { contents: "export { SHAPES } from './shapes.ts'\nexport { seeded } from './random.ts'\nexport { mutation } from './mutate.ts'\n", resolveDir: join(root, 'test/support/generator'), loader: 'ts' },
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
})
const g = await import(pathToFileURL(out).href)

const corpusDir = join(root, '../shared/corpus')
const corpus = (() => {
  try {
    return readdirSync(corpusDir).filter((f) => /\.(txt|html)$/.test(f)).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(corpusDir, f))) }))
  } catch {
    return []
  }
})()
const encode = (text) => new TextEncoder().encode(text)

// Same answers.
const answer = (convert, bytes) => {
  try {
    return JSON.stringify(convert(bytes))
  } catch (e) {
    return `error ${e.code} ${e.message}`
  }
}
let compared = 0
const differ = []
const all = []
const same = (name, bytes) => {
  compared++
  all.push(bytes)
  if (answer(A, bytes) !== answer(B, bytes)) differ.push(name)
}
for (const c of corpus) same(c.name, c.bytes)
for (const [k, shape] of g.SHAPES.entries()) {
  for (let i = 0; i < SEEDS; i++) {
    same(`${shape.name} ${i}`, encode(shape.render(g.seeded(1000 * k + i)).input))
    same(`mutated ${shape.name} ${i}`, encode(shape.render(g.seeded(7000 * k + i), { mutate: g.mutation(shape.carries), gluedSigns: true }).input))
  }
}
console.log(`${compared} inputs, ${differ.length} differ${differ.length ? `: ${differ.slice(0, 8).join('; ')}` : ''}`)

// Cost, alternated.
const inputs = [...corpus, ...g.SHAPES.map((shape, k) => ({ name: shape.name, bytes: encode(shape.render(g.seeded(20261126 + k)).input) }))]
const low = (samples) => samples.sort((x, y) => x - y)[Math.floor(samples.length * 0.1)]
let logSum = 0
for (const { name, bytes } of inputs) {
  for (let i = 0; i < 30; i++) {
    A(bytes)
    B(bytes)
  }
  const a = []
  const b = []
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now()
    A(bytes)
    a.push(performance.now() - t)
    t = performance.now()
    B(bytes)
    b.push(performance.now() - t)
  }
  const ratio = low(b) / low(a)
  logSum += Math.log(ratio)
  console.log(`${name.slice(0, 60).padEnd(60)} ${low(a).toFixed(3)} ms → ${low(b).toFixed(3)} ms  ×${ratio.toFixed(3)}`)
}
console.log(`geometric mean ratio (new / base) over ${inputs.length} inputs: ${Math.exp(logSum / inputs.length).toFixed(3)}`)

// A stream of different reports, as an isolate serves them: the answers' inputs each once in turn, the builds
// alternated round by round (what one build keeps from a report to the next helps only as much as reports share).
const rounds = { a: [], b: [] }
const round = (convert) => {
  const t = performance.now()
  for (const bytes of all) answer(convert, bytes)
  return performance.now() - t
}
round(A)
round(B)
for (let i = 0; i < Math.max(3, Math.round(RUNS / 12)); i++) {
  rounds.a.push(round(A))
  rounds.b.push(round(B))
}
console.log(`a stream of the ${all.length} inputs above, each once in turn: ${low(rounds.a).toFixed(0)} ms → ${low(rounds.b).toFixed(0)} ms a round  ×${(low(rounds.b) / low(rounds.a)).toFixed(3)}`)
process.exit(differ.length > 0 ? 1 : 0)
