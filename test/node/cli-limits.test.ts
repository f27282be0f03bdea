import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIMIT_SETTINGS } from '../../src/limits/options.ts'

/** The CLI takes the bounds of every other face as flags (issue 11), named after the library's table. */
const root = new URL('../../', import.meta.url).pathname
const cli = join(root, 'bin/xxgk-json.mjs')
const seed = join(root, 'test/fixtures/corpus/nansha-2020-mirror.txt')
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })

describe('the CLI’s limit flags', () => {
  it('--help names every bound of a document, with its default and its wrangler.toml name', () => {
    const help = run('--help').stdout
    for (const { flag, env } of LIMIT_SETTINGS) {
      if (flag === null) continue
      expect(help).toContain(`--${flag}`)
      expect(help).toContain(env)
    }
  })

  it('--max-cells and --max-bytes refuse the seed report with their codes; the defaults convert it', () => {
    const cells = run('--max-cells', '50', seed)
    expect(cells.status).toBe(65)
    expect(cells.stderr).toContain('too_many_cells')
    const bytes = run('--max-bytes', '1000', seed)
    expect(bytes.status).toBe(65)
    expect(bytes.stderr).toContain('payload_too_large')
    expect(run(seed).status).toBe(0)
  })

  it('--max-number-digits makes a cell unreadable, as MAX_NUMBER_DIGITS does', () => {
    const out = run('--max-number-digits', '2', seed)
    expect(out.status).toBe(0)
    expect(JSON.parse(out.stdout).warnings.map((w: { code: string }) => w.code)).toContain('number_too_long')
  })

  it('a value that is not a positive whole number is a usage error, not a bound switched off', () => {
    for (const bad of ['abc', '0', '-5', '1.5', '']) {
      const out = run('--max-cells', bad, seed)
      expect(out.status).toBe(2)
      expect(out.stderr).toContain('--max-cells')
    }
  })
})
