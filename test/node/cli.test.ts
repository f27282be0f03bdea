import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { compareWithOracleAllowingAmbiguity, type Expected } from '../support/oracle.ts'

const root = new URL('../../', import.meta.url).pathname
const cli = join(root, 'bin/xxgk-json.mjs')

describe('the CLI (xxgk-json FILE)', () => {
  it('prints the same JSON as the library', () => {
    const file = join(root, 'test/fixtures/corpus/nansha-2020-mirror.txt')
    const out = JSON.parse(execFileSync(process.execPath, [cli, file], { encoding: 'utf8' }))
    expect(out).toEqual(JSON.parse(JSON.stringify(convertReport(readFileSync(file), { inputType: 'text' }))))
  })

  it('--no-provenance leaves out where each number was read, and nothing else', () => {
    const file = join(root, 'test/fixtures/corpus/nansha-2020-mirror.txt')
    const out = JSON.parse(execFileSync(process.execPath, [cli, '--no-provenance', file], { encoding: 'utf8' }))
    expect(out).not.toHaveProperty('provenance')
    expect(out).toEqual(JSON.parse(JSON.stringify(convertReport(readFileSync(file), { inputType: 'text', provenance: false }))))
  })

  it('says what is wrong with a non-report, on stderr, with a non-zero exit', () => {
    const result = spawnSync(process.execPath, [cli, join(root, 'wrangler.toml')], { encoding: 'utf8' })
    expect(result.status).toBe(65)
    expect(result.stderr).toContain('not_a_report')
    expect(result.stdout).toBe('')
  })
})

/** The shared corpus beside the repository, when this checkout has one (CI does): every case through the CLI. */
const shared = join(root, '../shared/corpus')
const sharedCases = existsSync(shared) ? readdirSync(shared).filter((f) => f.endsWith('.expected.json')) : []

describe.skipIf(sharedCases.length === 0)('../shared/corpus through the CLI', () => {
  it.each(sharedCases.map((f) => f.replace('.expected.json', '')))('%s matches its oracle', (stem) => {
    const input = ['.txt', '.html'].map((e) => join(shared, stem + e)).find(existsSync)
    if (!input) throw new Error(`no input for ${stem}`)
    const out = JSON.parse(execFileSync(process.execPath, [cli, input], { encoding: 'utf8' }))
    expect(compareWithOracleAllowingAmbiguity(stem, JSON.parse(readFileSync(join(shared, `${stem}.expected.json`), 'utf8')) as Expected, out)).toEqual([])
  })
})
