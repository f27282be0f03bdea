// `npm run fuzz [-- --runs N] [--url http://127.0.0.1:8792] [--seed S]`: the fuzz properties of the test
// suite at length (default 300,000 cases), in Node against the Worker's fetch handler, or against a
// running server. Bundles test/support/fuzz/runner.ts with esbuild (Node 20 runs no TypeScript), then runs it.
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = `${root}node_modules/.cache/xxgk-json`
mkdirSync(outdir, { recursive: true })
await build({
  entryPoints: { 'fuzz-runner': `${root}test/support/fuzz/runner.ts` },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
})
const { main } = await import(pathToFileURL(`${outdir}/fuzz-runner.mjs`).href)
process.exitCode = await main(process.argv.slice(2), `${root}test/fixtures/corpus`)
