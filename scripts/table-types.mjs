// `npm run types`: writes, from the model (src/model), src/schema/table-types.ts (the tables' TypeScript types)
// and public/page/model.js (the tables as the page prints them, which its layouts are built from).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
/** @type {[string, string, string][]} generator, its export, the file it writes */
const outputs = [
  ['scripts/lib/table-types.ts', 'tableTypes', 'src/schema/table-types.ts'],
  ['scripts/lib/page-model.ts', 'pageModel', 'public/page/model.js'],
]
for (const [source, name, file] of outputs) {
  const out = join(root, 'node_modules/.cache/xxgk-json-types', source.replace(/^.*\//, '').replace(/\.ts$/, '.mjs'))
  mkdirSync(dirname(out), { recursive: true })
  await build({ entryPoints: [join(root, source)], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' })
  const generate = (await import(pathToFileURL(out).href))[name]
  writeFileSync(join(root, file), generate())
  console.log(`wrote ${file}`)
}
