// `npm run score:tools`: the converter on generated reports put through real tools (test/support/tools): Chromium's
// copy and paste and innerText, its print to PDF read by pdftotext -layout, -raw and in reading order, LibreOffice's
// text of a .docx and of the page, and the PDFs themselves (Chromium's, LibreOffice's of the .docx) on the PDF face.
// N seeded reports per tool; every table cell scored against the generator's truth as right, missing (null) or wrong.
// Prints a table and writes docs/measured/tools.md with the command and date.
//
//   node scripts/score-tools.mjs [--cases N] [--seed S] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const k = args.indexOf(`--${name}`)
  return k >= 0 && args[k + 1] !== undefined ? args[k + 1] : fallback
}
const CASES = Number(flag('cases', 30))
const SEED = Number(flag('seed', 1))
const OUT = resolve(root, flag('out', 'docs/measured/tools.md'))
if (!Number.isInteger(CASES) || CASES < 1 || !Number.isInteger(SEED)) {
  console.error('usage: score-tools.mjs [--cases N] [--seed S] [--out FILE]')
  process.exit(2)
}

/** The harness and the converter are TypeScript: bundle them for Node (esbuild is a dev dependency). */
async function load() {
  const out = join(root, 'node_modules/.cache/xxgk-json-score-tools/harness.mjs')
  mkdirSync(dirname(out), { recursive: true })
  const entry = [
    "export * from './test/support/tools/index.ts'",
    "export { SHAPES } from './test/support/generator/shapes.ts'",
    "export { carriesKind, mutation, MUTATIONS } from './test/support/generator/mutate.ts'",
    "export { seeded } from './test/support/generator/random.ts'",
    "export { convertReport } from './src/convert.ts'",
    "export { convertDocument } from './src/convert-document.ts'",
    "export { officePdfs } from './test/support/pdf-print.ts'",
  ].join('\n')
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'warning',
    // The PDF and Word readers from their source, as the library build takes them (scripts/build.mjs).
    plugins: [{ name: 'readers-from-source', setup: (b) => b.onResolve({ filter: /^\.\/readers\/documents\.js$/ }, () => ({ path: join(root, 'src/extract/documents.ts') })) }],
  })
  return import(pathToFileURL(out).href)
}

const h = await load()
/** Rows for the PDF files themselves (the PDF face), scored from a conversion made beforehand (it is async). */
const FILE_SHAPES = ["Chromium's PDF, the file itself", "LibreOffice's PDF of a .docx, the file itself"]
const fileCases = []
const seeds = Array.from({ length: CASES }, (_, k) => SEED + k)
const cases = []
const skipped = []
const started = Date.now()

if (h.hasChromium) {
  const browser = await h.BrowserTools.start()
  try {
    cases.push(...(await h.browserCases(browser, await Promise.all(seeds.map((s) => h.source(s, 'browser'))))))
    if (h.hasPdftotext) cases.push(...(await h.pdfCases(browser, await Promise.all(seeds.map((s) => h.source(s, 'pdf'))))))
    else skipped.push('pdftotext: /usr/bin/pdftotext missing (apt-get install poppler-utils)')
  } finally {
    await browser.close()
  }
} else skipped.push('Chromium: /usr/bin/chromium missing (apt-get install chromium)')
// The files themselves, read on the PDF face (convertDocument): Chromium's prints above, and LibreOffice's PDF
// export of each .docx, as an office publishes a report.
const asFile = async (c, shape, pdf) => {
  let got = null
  let error = null
  try {
    got = await h.convertDocument(pdf)
  } catch (e) {
    error = e
  }
  // scoreCase converts synchronously: it is handed the answer (or the refusal) made here.
  const convert = () => {
    if (error) throw error
    return got
  }
  return { ...c, shape, input: '', convert }
}
for (const c of cases.filter((c) => c.shape === 'Chromium PDF, pdftotext -layout' && c.pdf)) fileCases.push(await asFile(c, FILE_SHAPES[0], c.pdf))
if (h.hasSoffice) {
  cases.push(...(await h.officeCases(await Promise.all(seeds.map((s) => h.source(s, 'office'))))))
  // Printed as the Chromium prints are (a blank is a mark), exported by LibreOffice: the file, and its text.
  if (h.hasPdftotext) {
    const printed = await Promise.all(seeds.map((s) => h.source(s, 'officePdf')))
    const officePdf = h.officePdfCases(printed, await h.officePdfs(printed.map((s) => s.docx)))
    cases.push(...officePdf)
    for (const c of officePdf.filter((c) => c.shape === h.TOOL_SHAPES.officePdf[0])) fileCases.push(await asFile(c, FILE_SHAPES[1], c.pdf))
  }
} else skipped.push('LibreOffice: /usr/bin/soffice missing (apt-get install libreoffice-writer-nogui)')

// The generator's own shapes after the changes people make (mutate.ts): no tool, milliseconds a case.
for (const shape of h.SHAPES) {
  for (const seed of seeds) {
    const rendered = shape.render(h.seeded(seed), { mutate: h.mutation(shape.carries), gluedSigns: true })
    cases.push({ ...rendered, shape: `mutated: ${shape.name}`, seed })
  }
}

// Each kind of change alone, over every shape that can print it: which of them the converter cannot yet read.
for (const kind of h.MUTATIONS) {
  for (const shape of h.SHAPES.filter((s) => h.carriesKind(s.carries, kind))) {
    for (const seed of seeds) {
      const rendered = shape.render(h.seeded(seed), { mutate: h.mutation(shape.carries, [kind]) })
      cases.push({ ...rendered, shape: `alone: ${kind}`, seed, origin: shape.name })
    }
  }
}
for (const shape of h.SHAPES.filter((s) => s.mode === 'glued')) {
  for (const seed of seeds) cases.push({ ...shape.render(h.seeded(seed), { gluedSigns: true }), shape: 'alone: signs in glued rows', seed })
}

/** A shape's name inside a Markdown table: its pipes escaped, `<table>` shown as text. */
const md = (name) => name.replace(/\|/g, '\\|').replace(/</g, '&lt;')
const rows = []
const kinds = [...h.MUTATIONS.map((k) => `alone: ${k}`), 'alone: signs in glued rows']
cases.push(...fileCases)
for (const shape of [...Object.values(h.TOOL_SHAPES).flat(), ...FILE_SHAPES, ...h.SHAPES.map((s) => `mutated: ${s.name}`), ...kinds]) {
  const mine = cases.filter((c) => c.shape === shape)
  if (mine.length === 0) continue
  const scores = mine.map((c) => ({ seed: c.seed, origin: c.origin, ...h.scoreCase(c, c.convert ?? h.convertReport) }))
  const sum = h.addScores(scores)
  const refused = scores.filter((s) => s.error).length
  // A seed names its case with the shape it was written in, where a row mixes shapes.
  const name = (s) => `${s.seed}${s.origin ? ` in "${md(s.origin)}"` : ''}`
  const worst = scores.filter((s) => s.wrong > 0).map((s) => `${name(s)} (${s.wrong})`)
  const firstWrong = scores.find((s) => s.wrong > 0)
  rows.push({ shape, cases: mine.length, cells: sum.cells, read: h.readShare(sum), missing: sum.missing, wrong: sum.wrong, refused, worst, firstWrong })
}

const pct = (x) => `${x.toFixed(2)}%`
const table = [
  '| shape | cases | cells | % read | missing | wrong | refused |',
  '|---|--:|--:|--:|--:|--:|--:|',
  ...rows.map((r) => `| ${md(r.shape)} | ${r.cases} | ${r.cells} | ${pct(r.read)} | ${r.missing} | ${r.wrong} | ${r.refused} |`),
]
console.log(table.join('\n'))
for (const s of skipped) console.log(`skipped: ${s}`)

const seconds = ((Date.now() - started) / 1000).toFixed(0)
const command = `node scripts/score-tools.mjs --cases ${CASES} --seed ${SEED}`
const detail = rows
  .filter((r) => r.wrong > 0)
  .map((r) => `- ${md(r.shape)}: wrong cells in seeds ${r.worst.slice(0, 12).join(', ')}${r.worst.length > 12 ? ', …' : ''}; seed ${r.firstWrong.seed}${r.firstWrong.origin ? ` in "${md(r.firstWrong.origin)}"` : ''}: ${r.firstWrong.wrongCells.slice(0, 3).join('; ')}`)
const doc = [
  '# Generated reports through real tools',
  '',
  `\`${command}\` (\`npm run score:tools\`), ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, ${seconds} s.`,
  '',
  'Each case is one generated report (test/support/generator, seeded) printed as agencies publish it and put through a',
  'real tool (test/support/tools); every table cell is compared with the generated truth. `% read`: cells right (a',
  'blank read as null counts as right). `missing`: null where the report prints a value. `wrong`: a value where the',
  'truth is another value or a blank. `refused`: conversions that answered an error (all their cells missing).',
  'Rows `mutated: …` are the generator\'s own shapes (test/support/generator/shapes.ts) after the changes people make',
  '(test/support/generator/mutate.ts), all kinds together, with the same seeds. Rows `alone: …` apply one kind of',
  'change, over every shape that can print it (cases: seeds × shapes). Rows `… the file itself` read the PDF as a user',
  'uploads it (the PDF face, `convertDocument`): Chromium\'s print above, and LibreOffice\'s PDF export of the .docx;',
  'rows `LibreOffice\'s PDF of a .docx, pdftotext …` read the text a viewer copies out of that export.',
  '',
  ...table,
  '',
  ...(skipped.length > 0 ? ['Not measured:', '', ...skipped.map((s) => `- ${s}`), ''] : []),
  ...(detail.length > 0 ? ['Wrong cells, by seed (replay: `--seed S --cases 1`):', '', ...detail, ''] : []),
]
mkdirSync(dirname(OUT), { recursive: true })
writeFileSync(OUT, doc.join('\n'))
console.log(`wrote ${relative(root, OUT)} (${seconds} s)`)
