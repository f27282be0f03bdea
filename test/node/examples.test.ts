import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url).pathname
const examples = join(root, 'examples')
const inputs = readdirSync(examples).filter((f) => /\.(txt|html?)$/.test(f))

describe('examples/: each sample report beside the JSON the CLI makes of it', () => {
  it('there are examples', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(2)
  })

  it.each(inputs)('%s: the JSON is up to date (npm run examples)', (name) => {
    const out = execFileSync(process.execPath, [join(root, 'bin/xxgk-json.mjs'), join(examples, name)], { encoding: 'utf8' })
    const stored = readFileSync(join(examples, name.replace(/\.(txt|html?)$/, '.json')), 'utf8')
    expect(JSON.parse(out)).toEqual(JSON.parse(stored))
  })
})
