// `npm run fuzz [-- --runs N] [--url http://127.0.0.1:8792] [--seed S]`: the fuzz properties of the test
// suite at length (default 300,000 cases), in Node against the Worker's fetch handler, or against a
// running server. Bundles test/support/fuzz/runner.ts with esbuild (Node 20 runs no TypeScript), then runs it,
// and writes its summary to docs/measured/fuzz.md.
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { writeMeasured } from './measured.mjs'

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
process.exitCode = await main(process.argv.slice(2), `${root}test/fixtures/corpus`, (summary) => {
  const written = writeMeasured(
    'fuzz',
    'Fuzzing: no 5xx and no broken invariant, whatever the body',
    `The properties of test/support/fuzz (random bytes, tag soup, mutated corpus reports, generated reports whose every
number is checked against its own cell, batches, multipart forms, API keys, lines of 5 MiB, the worst bodies of
test/support/fuzz/hostile.ts), against the Worker's fetch handler unless \`--url\` names a server. A failure names
its seed and path to replay (\`npm run fuzz -- --runs N --seed S\`).

\`\`\`
${summary}
\`\`\``,
  )
  console.log(`written: ${written}`)
})
