// `npm run size:page`: what the web page weighs — every file of public/page, raw and gzip, and all of them as one
// gzip stream (what a first visit downloads). Writes docs/measured/page.md; prints the same table.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { table, writeMeasured } from './measured.mjs'

const dir = fileURLToPath(new URL('../public/page/', import.meta.url))
const files = readdirSync(dir).filter((f) => !f.endsWith('.d.ts')).sort()
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`
const rows = files.map((f) => {
  const bytes = readFileSync(join(dir, f))
  return { f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, bytes }
})
const all = Buffer.concat(rows.map((r) => r.bytes))
const body = [
  `${files.length} files in public/page, served as they are (no build step).`,
  '',
  table(['file', 'raw', 'gzip'], [...rows.map((r) => [r.f, kib(r.raw), kib(r.gzip)]), ['**all, as one gzip stream**', kib(all.length), kib(gzipSync(all, { level: 9 }).length)]]),
].join('\n')
console.log(body)
console.log(`written: ${writeMeasured('page', 'The web page: what it weighs', body)}`)
