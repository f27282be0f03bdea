// `node scripts/profile-pdf.mjs [--runs 12]`: where PDF.js spends the CPU of reading a PDF, written to
// docs/measured/pdf-profile.md with the command and the date. The reader (src/extract/pdf/open.ts) runs
// --runs times over each PDF of ../shared/corpus/pdf under V8's sampling profiler (after two runs to warm
// up); each sample is counted once for each named function on its stack, so a share is that function's work
// with all it calls. The names are PDF.js's own methods, kept by unpdf's minified build.
import { mkdirSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { arg, importWithPdfJs, realPdfs } from './measured.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const RUNS = Number(arg('runs', 12))
const pdfs = realPdfs()

// PDF.js stays its own module, so that a sample says whether it stands in PDF.js's code.
const { readPdfText } = await importWithPdfJs('profile-pdf', `export { readPdfText } from './src/extract/pdf/open.ts'`)

const inPdfJs = (frame) => /unpdf\/dist\/pdfjs\.mjs$/.test(frame.url)
const pdfJsMethod = (name) => (frame) => inPdfJs(frame) && frame.functionName === name
/** What is looked for on a sample's stack: a PDF.js method (in its bundle), Node's inflating, or V8's GC. */
const PARTS = [
  { label: 'font programs parsed and checked (`translateFont`): the text layer needs each font once', match: pdfJsMethod('translateFont') },
  { label: 'glyph outlines compiled for drawing text as paths (`buildFontPaths`): operator lists only', match: pdfJsMethod('buildFontPaths') },
  { label: "messages copied between PDF.js's two halves (`postMessage`, structured clone)", match: pdfJsMethod('postMessage') },
  { label: "of the fonts' share: their ToUnicode maps read (`readToUnicode`)", match: pdfJsMethod('readToUnicode') },
  { label: "streams inflated (Node's `DecompressionStream`, zlib)", match: (frame) => /^node:(zlib|internal\/webstreams\/compression)/.test(frame.url) },
  { label: 'garbage collection', match: (frame) => frame.functionName === '(garbage collector)' },
]

function shares(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const time = new Map()
  for (let i = 0; i < profile.samples.length; i++) time.set(profile.samples[i], (time.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0))
  let busy = 0
  let pdfjs = 0
  const parts = PARTS.map(() => 0)
  for (const [id, t] of time) {
    const leaf = byId.get(id).callFrame
    if (leaf.functionName === '(idle)' || leaf.functionName === '(program)') continue
    busy += t
    const found = PARTS.map(() => false)
    let anyPdfJs = false
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur).callFrame
      anyPdfJs ||= inPdfJs(frame)
      PARTS.forEach((p, k) => {
        found[k] ||= p.match(frame)
      })
    }
    if (anyPdfJs) pdfjs += t
    found.forEach((f, k) => {
      if (f) parts[k] += t
    })
  }
  return { busy, pdfjs, parts }
}

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 200 })
const rows = []
for (const { name, bytes } of pdfs) {
  for (let run = 0; run < 2; run++) await readPdfText(bytes, { maxPdfPages: 100 })
  await session.post('Profiler.start')
  for (let run = 0; run < RUNS; run++) await readPdfText(bytes, { maxPdfPages: 100 })
  const { profile } = await session.post('Profiler.stop')
  rows.push({ name, ...shares(profile) })
}
session.disconnect()

const pct = (part, whole) => `${((100 * part) / whole).toFixed(0)}%`
const date = new Date().toISOString().slice(0, 10)
const lines = [
  '# PDF: where PDF.js spends the time',
  '',
  `Measured ${date} with \`node scripts/profile-pdf.mjs --runs ${RUNS}\` (Node ${process.version}, ${pdfs.length} real PDFs of ../shared/corpus/pdf): the reader (\`readPdfText\`: text layer of every page, operator list of the pages read for borders) under V8's sampling profiler, on ${cpus().length} cores shared with other work (load average ${loadavg()[1].toFixed(1)} at the end). A share is of the CPU the reader kept busy (idle time left out); a sample counts for every named function on its stack, so the shares overlap (garbage collection and inflating stand apart: they run outside PDF.js's frames).`,
  '',
  `| part | ${rows.map((r) => r.name).join(' | ')} |`,
  `|---|${rows.map(() => '---|').join('')}`,
  `| inside PDF.js's code, all told | ${rows.map((r) => pct(r.pdfjs, r.busy)).join(' | ')} |`,
  ...PARTS.map((p, k) => `| ${p.label} | ${rows.map((r) => pct(r.parts[k], r.busy)).join(' | ')} |`),
  '',
]
mkdirSync(join(root, 'docs/measured'), { recursive: true })
writeFileSync(join(root, 'docs/measured/pdf-profile.md'), lines.join('\n'))
console.log(lines.join('\n'))
