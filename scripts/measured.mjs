// What every measuring script writes beside what it prints: docs/measured/<name>.md, headed by the command
// that produced it, the date and the machine, so that no figure in docs/ is copied by hand. A rerun
// replaces the file; git keeps the history.
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** The value after `--name` on the command line, or `fallback`. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : process.argv[i + 1]
}

/**
 * The real PDFs of ../shared/corpus/pdf (for the PDF benchmarks), each with its bytes; where they are not
 * present (a clone without ../shared), says so and ends the script.
 */
export function realPdfs() {
  const corpus = join(root, '../shared/corpus/pdf')
  if (!existsSync(corpus)) {
    console.log(`skipped: no PDFs at ${corpus}`)
    process.exit(0)
  }
  return readdirSync(corpus)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(corpus, name))) }))
}

/**
 * The source's modules named in `contents` (TypeScript export lines), bundled for Node and imported, with PDF.js
 * left outside the bundle: a script then times or profiles the very module the stages use. The bundle is
 * written under node_modules (to resolve PDF.js from there) and removed once imported.
 */
export async function importWithPdfJs(name, contents) {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
  const out = join(root, `node_modules/.cache/xxgk-${name}-${process.pid}.mjs`)
  await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: out, external: ['unpdf', 'unpdf/*'], logLevel: 'warning' })
  const module = await import(pathToFileURL(out).href)
  rmSync(out)
  return module
}

/** `node scripts/x.mjs --a 1` as it was run, for the file's heading. */
export function commandLine() {
  const script = (process.argv[1] ?? '').replace(root, '')
  return ['node', script, ...process.argv.slice(2)].join(' ')
}

/**
 * Writes docs/measured/<name>.md: a title, the command, the date and machine, then the body (Markdown).
 * @param {string} name
 * @param {string} title
 * @param {string} body
 * @returns {string} the path written, relative to the repository
 */
export function writeMeasured(name, title, body) {
  // The load average says how much else ran: this project's machines are often shared.
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores (load average ${loadavg()[0]?.toFixed(1)} at the end), Node ${process.version}`
  const heading = `# ${title}\n\n\`${commandLine()}\` — ${new Date().toISOString().slice(0, 16)}Z, ${machine}. Written by that command; do not edit by hand.\n`
  const path = `docs/measured/${name}.md`
  mkdirSync(join(root, 'docs/measured'), { recursive: true })
  writeFileSync(join(root, path), `${heading}\n${body.trim()}\n`)
  return path
}

/**
 * A Markdown table.
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
