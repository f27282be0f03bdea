// Builds the PDF and Word readers (src/extract/documents.ts, with PDF.js and the CMaps) into src/readers/, the
// module the Worker loads on first use. wrangler.toml uploads it beside the entry module, unbundled
// (find_additional_modules), so a text or HTML request never loads it. Runs on `npm ci` (prepare) and before
// every `wrangler dev` / `wrangler deploy` ([build] in wrangler.toml). A file whose content did not change is
// not written again: wrangler dev watches these files, and rewriting them would restart it in a loop.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Buffer } from 'node:buffer'
import { basename, join } from 'node:path'
import { build } from 'esbuild'

const outdir = 'src/readers'
const result = await build({
  entryPoints: { documents: 'src/extract/documents.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  write: false,
})
const made = new Set()
for (const file of result.outputFiles) {
  made.add(basename(file.path))
  const old = existsSync(file.path) ? readFileSync(file.path) : null
  if (!old || !old.equals(Buffer.from(file.contents))) writeFileSync(file.path, file.contents)
}
// Chunks of an earlier build go (their names change with their content); the committed declarations stay.
for (const f of readdirSync(outdir)) if (f.endsWith('.js') && !made.has(f)) rmSync(join(outdir, f))
