// `node scripts/bench-pdf.mjs [--port 8833] [--runs 15]`: what a PDF costs per page (SPEC §6), written to
// docs/measured/pdf.md with the command and the date.
// 1. Node: CPU (process.cpuUsage) per page over the PDFs, split into PDF.js's text layer (getTextContent of
//    every page), its operator lists (getOperatorList of the pages that may hold a table: the borders), the
//    rest of reading the file (opening it, fetching pages, our reading of the items), our layout on top
//    (lines, running heads, tables, paragraphs) and the rest of the conversion (matching, checks). Median
//    over --runs warm runs, after two runs to warm up.
// 2. workerd: `wrangler dev` on 127.0.0.1, each PDF posted --runs times one after another; the median wall
//    time of a conversion, less that of GET /healthz, per page. workerd does not let a Worker read its CPU
//    time, so this is an upper bound of CPU (it includes the local proxy).
// PDFs: ../shared/corpus/pdf (the three real reports) when present, else skipped.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { arg, importWithPdfJs, realPdfs } from './measured.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const PORT = Number(arg('port', 8833))
const RUNS = Number(arg('runs', 15))
const pdfs = realPdfs()

// The stages, bundled from the source so that each can be timed alone; PDF.js stays outside the bundle, so
// that this script times the very module the stages use.
const { readPdfText, layoutPdf, readGrid, resolveLimits } = await importWithPdfJs(
  'bench-pdf',
  `export { readPdfText } from './src/extract/pdf/open.ts'
export { layoutPdf } from './src/extract/pdf/index.ts'
export { readGrid } from './src/convert.ts'
export { resolveLimits } from './src/limits/options.ts'`,
)
const limits = resolveLimits()

const cpu = async (f) => {
  const start = process.cpuUsage()
  const value = await f()
  const used = process.cpuUsage(start)
  return { value, ms: (used.user + used.system) / 1000 }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// PDF.js's two readers, timed where they are called: PDF.js runs in this thread (no worker), and the stages
// await each call before the next, so the CPU between a call and its answer is that call's work. PDF.js does
// not export its page class: its prototype is taken from a page of the first PDF.
const spent = { text: 0, ops: 0, opsPages: 0 }
{
  const { getDocument } = await import('unpdf/pdfjs')
  const task = getDocument({ data: pdfs[0].bytes.slice(), verbosity: 0 })
  const proto = Object.getPrototypeOf(await (await task.promise).getPage(1))
  await task.destroy()
  const timed = (name, key) => {
    const call = proto[name]
    proto[name] = async function (...args) {
      const start = process.cpuUsage()
      try {
        return await call.apply(this, args)
      } finally {
        const used = process.cpuUsage(start)
        spent[key] += (used.user + used.system) / 1000
        if (key === 'ops') spent.opsPages++
      }
    }
  }
  timed('getTextContent', 'text')
  timed('getOperatorList', 'ops')
}

const node = []
for (const pdf of pdfs) {
  const textLayer = []
  const operatorLists = []
  const reading = []
  const ours = []
  const rest = []
  let pages = 0
  let opsPages = 0
  for (let run = 0; run < RUNS + 2; run++) {
    Object.assign(spent, { text: 0, ops: 0, opsPages: 0 })
    const text = await cpu(() => readPdfText(pdf.bytes, limits))
    const { text: textMs, ops: opsMs } = spent
    opsPages = spent.opsPages
    // The layout alone is fast: timed over 20 rounds for a readable figure.
    const grid = await cpu(() => {
      let out
      for (let k = 0; k < 20; k++) out = layoutPdf(text.value, limits)
      return out
    })
    const { grid: g, characters, warnings } = grid.value
    const conversion = await cpu(() => readGrid({ grid: g, inputType: 'pdf', encoding: 'unicode', characters, annotationsRemoved: 0, warnings }, limits))
    pages = text.value.pages.length
    if (run < 2) continue
    textLayer.push(textMs)
    operatorLists.push(opsMs)
    reading.push(text.ms - textMs - opsMs)
    ours.push(grid.ms / 20)
    rest.push(conversion.ms)
  }
  const per = (xs) => median(xs) / pages
  node.push({ name: pdf.name, pages, opsPages, text: per(textLayer), ops: per(operatorLists), reading: per(reading), layout: per(ours), rest: per(rest) })
}

async function workerd() {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  const child = spawn(join(root, 'node_modules/.bin/wrangler'), ['dev', '--ip', '127.0.0.1', '--port', String(PORT), '--log-level', 'warn'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
  })
  const base = `http://127.0.0.1:${PORT}`
  try {
    for (let i = 0; i < 240; i++) {
      const up = await fetch(`${base}/healthz`).then((r) => r.ok, () => false)
      if (up) break
      await sleep(500)
    }
    const time = async (f) => {
      const t = performance.now()
      const res = await f()
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`status ${res.status}`)
      return performance.now() - t
    }
    const health = []
    for (let i = 0; i < RUNS; i++) health.push(await time(() => fetch(`${base}/healthz`)))
    const out = []
    for (const pdf of pdfs) {
      const first = await time(() => fetch(`${base}/v1/convert`, { method: 'POST', body: pdf.bytes, headers: { 'content-type': 'application/pdf' } }))
      const times = []
      for (let i = 0; i < RUNS; i++) times.push(await time(() => fetch(`${base}/v1/convert`, { method: 'POST', body: pdf.bytes, headers: { 'content-type': 'application/pdf' } })))
      const pages = node.find((n) => n.name === pdf.name)?.pages ?? 1
      out.push({ name: pdf.name, pages, first, perPage: (median(times) - median(health)) / pages })
    }
    return out
  } finally {
    process.kill(-child.pid, 'SIGTERM')
  }
}
const worker = await workerd()

const f1 = (n) => n.toFixed(1)
/** The machine's load over the last five minutes: the runs share it with other work. */
const loadAverage = () => loadavg()[1].toFixed(1)
const date = new Date().toISOString().slice(0, 10)
const lines = [
  '# PDF: cost per page',
  '',
  `Measured ${date} with \`node scripts/bench-pdf.mjs --runs ${RUNS}\` (Node ${process.version}, ${pdfs.length} real PDFs of ../shared/corpus/pdf), on the development machine (${cpus().length} cores shared with other work, load average ${loadAverage()} at the end: expect ±30%).`,
  '',
  '## Node: CPU per page (median of warm runs)',
  '',
  'PDF.js\'s two calls are timed where the reader makes them; each column is the median of its runs, the total their sum.',
  '',
  '| PDF | pages | PDF.js text layer (every page) | PDF.js operator lists (pages read for borders) | opening, pages, our reading of the items | our layout (lines, running heads, tables, prose) | matching, checks | total |',
  '|---|---|---|---|---|---|---|---|',
  ...node.map(
    (n) =>
      `| ${n.name} | ${n.pages} | ${f1(n.text)} ms | ${f1(n.ops)} ms (${n.opsPages} of ${n.pages} pages) | ${f1(n.reading)} ms | ${f1(n.layout)} ms | ${f1(n.rest)} ms | ${f1(n.text + n.ops + n.reading + n.layout + n.rest)} ms |`,
  ),
  '',
  '## workerd (`wrangler dev`): wall time per page, less a health check',
  '',
  '| PDF | pages | first request (loads the readers module) | warm, per page |',
  '|---|---|---|---|',
  ...worker.map((w) => `| ${w.name} | ${w.pages} | ${Math.round(w.first)} ms | ${f1(w.perPage)} ms |`),
  '',
]
mkdirSync(join(root, 'docs/measured'), { recursive: true })
writeFileSync(join(root, 'docs/measured/pdf.md'), lines.join('\n'))
console.log(lines.join('\n'))
