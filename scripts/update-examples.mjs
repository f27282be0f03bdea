// Regenerates examples/NAME.json from examples/NAME.{txt,html} with the CLI, so the examples always show
// what the converter makes of them. `npm run examples`; test/node/examples.test.ts fails when one is stale.
import { execFileSync } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = new URL('../examples/', import.meta.url).pathname
for (const name of readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort()) {
  const json = execFileSync(process.execPath, [new URL('../bin/xxgk-json.mjs', import.meta.url).pathname, join(dir, name)], { encoding: 'utf8' })
  writeFileSync(join(dir, name.replace(/\.(txt|html?)$/, '.json')), json)
  console.log(`examples/${name} → ${name.replace(/\.(txt|html?)$/, '.json')}`)
}
