// Bundles the library (dist/index.js) that the CLI and integrators import, and emits its type declarations
// (dist/types). Runs on `npm ci` (prepare), so the CLI works on a clean clone without a separate build step.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { build } from 'esbuild'

/**
 * The library takes the PDF and Word readers from their source, as a chunk of its own that `convertDocument`
 * loads on first use (the Worker uses the prebuilt src/readers/, see src/load-readers.ts).
 */
const readersFromSource = {
  name: 'readers-from-source',
  setup(b) {
    b.onResolve({ filter: /^\.\/readers\/documents\.js$/ }, () => ({ path: new URL('../src/extract/documents.ts', import.meta.url).pathname }))
  },
}

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: { index: 'src/lib.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [readersFromSource],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  mainFields: ['module', 'main'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
})

// The Worker's own copy of the readers (src/readers/, loaded by wrangler.toml's rules).
execFileSync(process.execPath, ['scripts/build-readers.mjs'], { stdio: 'inherit' })

// Declarations by tsc (tsconfig.build.json). The sources import each other as `./x.ts`, which tsc keeps in
// the .d.ts files; `./x.js` is what every consumer's resolution (node16, bundler) maps to `./x.d.ts`.
const types = 'dist/types'
rmSync(types, { recursive: true, force: true })
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' })
for (const entry of readdirSync(types, { recursive: true })) {
  const file = join(types, String(entry))
  if (!file.endsWith('.d.ts')) continue
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+?)\.ts\2/g, '$1$2$3.js$2'))
}

// Beside the bundle, its types: what `../dist/index.js` means to tsc where bin/ and scripts/ import it by path
// (bin/tsconfig.json, scripts/tsconfig.json), so those are checked against the library's declarations, not its bundled code.
writeFileSync('dist/index.d.ts', "export * from './types/lib.js'\n")
