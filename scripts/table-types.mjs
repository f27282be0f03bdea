// `npm run types`: writes src/schema/table-types.ts, the tables' TypeScript types, from the model (src/model).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = join(root, 'node_modules/.cache/xxgk-json-types/table-types.mjs')
mkdirSync(dirname(out), { recursive: true })
await build({ entryPoints: [join(root, 'scripts/lib/table-types.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'error' })
const { tableTypes } = await import(pathToFileURL(out).href)
writeFileSync(join(root, 'src/schema/table-types.ts'), tableTypes())
console.log('wrote src/schema/table-types.ts')
