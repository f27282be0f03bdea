// Measures the integrator faces in Node, with the library as users get it (dist/): a batch of 100 reports
// (the route's limit), the CSV of 100 reports, and the CLI over a folder. Prints medians and writes
// docs/measured/integrations.md.
//   npm run build && node scripts/bench-integrations.mjs
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { convertBatch, reportsToCsv } from '../dist/index.js'
import { table, writeMeasured } from './measured.mjs'

const RUNS = 7
const corpus = new URL('../test/fixtures/corpus/', import.meta.url).pathname
const files = readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f)).sort()
/** @type {import('../dist/index.js').BatchInput[]} */
const documents = Array.from({ length: 100 }, (_, i) => {
  const name = files[i % files.length]
  return { id: String(i), content: readFileSync(join(corpus, name)), inputType: /** @type {'html' | 'text'} */ (name.endsWith('.html') ? 'html' : 'text') }
})

function median(fn) {
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]
}

convertBatch(documents.slice(0, 4)) // warm the module-scope tables and the JIT
const batchMs = median(() => convertBatch(documents))
const reports = convertBatch(documents).results.flatMap((r) => (r.ok ? [r.report] : []))
const csvMs = median(() => reportsToCsv(reports))

const folder = mkdtempSync(join(tmpdir(), 'xxgk-bench-'))
for (let i = 0; i < 200; i++) cpSync(join(corpus, files[i % files.length]), join(folder, `${String(i).padStart(3, '0')}-${files[i % files.length]}`))
const cli = new URL('../bin/xxgk-json.mjs', import.meta.url).pathname
const cliMs = median(() => execFileSync(process.execPath, [cli, '--format', 'csv', '--quiet', folder], { stdio: ['ignore', 'ignore', 'inherit'] }))
rmSync(folder, { recursive: true, force: true })

console.log(`node ${process.version}, ${RUNS} runs, medians`)
console.log(`convertBatch, 100 corpus documents: ${batchMs.toFixed(1)} ms (${(batchMs / 100).toFixed(2)} ms a document)`)
console.log(`reportsToCsv, 100 reports (${reports.length} rows): ${csvMs.toFixed(1)} ms`)
console.log(`CLI --format csv over a folder of 200 reports, process start included: ${cliMs.toFixed(0)} ms (${(200000 / cliMs).toFixed(0)} reports/s)`)
const written = writeMeasured(
  'integrations',
  'The integrator faces in Node (the library as users get it, dist/)',
  `Medians of ${RUNS} runs.

${table(['what', 'cost'], [
    [`\`convertBatch\`, 100 documents cycled from the ${files.length} corpus reports`, `${batchMs.toFixed(1)} ms, ${(batchMs / 100).toFixed(2)} ms a document`],
    [`\`reportsToCsv\`, 100 reports (${reports.length} converted)`, `${csvMs.toFixed(1)} ms`],
    ['the CLI, `--format csv` over a folder of 200 reports, process start included', `${cliMs.toFixed(0)} ms, about ${(200000 / cliMs).toFixed(0)} reports/s`],
  ])}
`,
)
console.log(`written: ${written}`)
