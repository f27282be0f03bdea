import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'

const root = new URL('../../', import.meta.url).pathname
const cli = join(root, 'bin/xxgk-json.mjs')
const corpus = join(root, 'test/fixtures/corpus')
const files = readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f)).sort()
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, input })
const scratch = mkdtempSync(join(tmpdir(), 'xxgk-cli-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** What the library makes of a corpus file, as JSON would carry it. */
const library = (name: string) =>
  JSON.parse(JSON.stringify(convertReport(readFileSync(join(corpus, name)), { inputType: name.endsWith('.html') ? 'html' : 'text' })))

describe('the CLI on a folder', () => {
  it('--format json: every report in order, the cross-year checks and a summary, exit 0', () => {
    const result = run([corpus])
    expect(result.status).toBe(0)
    const body = JSON.parse(result.stdout) as { results: { id: string; ok: boolean; report: unknown }[]; crossYear: { years: number[] }[]; summary: unknown }
    expect(body.results.map((r) => r.id)).toEqual(files.map((f) => join(corpus, f)))
    for (const [i, f] of files.entries()) expect(body.results[i]?.report).toEqual(library(f))
    expect(body.summary).toEqual({ documents: files.length, converted: files.length, failed: 0 })
    expect(body.crossYear.length).toBe(7)
    expect(body.crossYear.every((c) => c.years.join() === '2023,2024')).toBe(true)
    expect(result.stderr).toContain(`converted ${files.length} of ${files.length}`)
  })

  it('--format ndjson: one line per file, each a batch item', () => {
    const lines = execFileSync(process.execPath, [cli, '-f', 'ndjson', '-q', corpus], { encoding: 'utf8' }).trimEnd().split('\n')
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(files.map((f) => join(corpus, f)))
    expect((JSON.parse(lines[0] ?? '') as { report: unknown }).report).toEqual(library(files[0] ?? ''))
  })

  it('--format csv: a header and a line per file with the file as its id; every number as the library has it', () => {
    const out = execFileSync(process.execPath, [cli, '--format', 'csv', '--quiet', corpus], { encoding: 'utf8' })
    expect(out.startsWith('\uFEFFid,error.code,report.title')).toBe(true)
    const rows = parse(out, { bom: true, columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r.id)).toEqual(files.map((f) => join(corpus, f)))
    const seed = library('nansha-2020-mirror.txt')
    const line = rows.find((r) => r.id?.endsWith('nansha-2020-mirror.txt'))
    expect(line?.['applications.rows.results.total.total']).toBe(String(seed.applications.rows.results.total.total))
    expect(line?.['report.organ']).toBe('广州市南沙区人民政府')
  })

  it('a glob (expanded by the CLI), a file and stdin together, in order', () => {
    const seed = readFileSync(join(corpus, 'nansha-2020-mirror.txt'), 'utf8')
    const result = run(['-f', 'ndjson', 'test/fixtures/corpus/*-pingtan-20*.txt', '-'], seed)
    const ids = result.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)
    expect(ids).toEqual(['test/fixtures/corpus/02-pingtan-2019.txt', 'test/fixtures/corpus/06-pingtan-2023.txt', '-'])
  })

  it('--out DIR: one file per input, named after it', () => {
    const out = join(scratch, 'json')
    expect(run(['--out', out, '-q', corpus]).status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.replace(/\.(txt|html)$/, '.json')).sort())
    expect(JSON.parse(readFileSync(join(out, 'nansha-2020-mirror.json'), 'utf8'))).toEqual(library('nansha-2020-mirror.txt'))
    const csvOut = join(scratch, 'csv')
    expect(run(['-o', csvOut, '-f', 'csv', '-q', join(corpus, 'nansha-2020-mirror.txt')]).status).toBe(0)
    expect(readFileSync(join(csvOut, 'nansha-2020-mirror.csv'), 'utf8').split('\r\n')).toHaveLength(3)
  })

  it('draws a progress bar on a terminal when there are many files, and never into a pipe', () => {
    // Twelve spellings of one path (./ repeated), so that the CLI does not fold them into one input.
    const args = Array.from({ length: 12 }, (_, i) => `${corpus}/${'./'.repeat(i)}nansha-2020-mirror.txt`)
    const piped = run(['-f', 'ndjson', ...args])
    expect(piped.stderr).not.toContain('[#')
    // Under a pseudo-terminal (util-linux `script`), standard error is a TTY: the bar appears.
    const command = [process.execPath, cli, '-f', 'ndjson', '-o', join(scratch, 'tty'), ...args].map((a) => `'${a}'`).join(' ')
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' })
    expect(tty.stdout).toMatch(/\[#+-*\] \d+\/12/)
  })
})

describe('the CLI exit codes', () => {
  it('0 --help, 2 usage, 65 not a report, 66 missing input; the most serious wins', () => {
    const help = run(['--help'])
    expect([help.status, help.stdout.includes('exit codes')]).toEqual([0, true])
    expect(run([]).status).toBe(2)
    expect(run(['--format', 'xml', corpus]).status).toBe(2)
    expect(run(['--nope', corpus]).status).toBe(2)
    expect(run([join(root, 'wrangler.toml')]).status).toBe(65)
    const mixed = run(['-q', join(corpus, 'nansha-2020-mirror.txt'), join(root, 'wrangler.toml')])
    expect(mixed.status).toBe(65)
    expect((JSON.parse(mixed.stdout) as { summary: unknown }).summary).toEqual({ documents: 2, converted: 1, failed: 1 })
    const missing = run(['-q', join(root, 'wrangler.toml'), 'no/such/file.html'])
    expect(missing.status).toBe(66)
    expect(missing.stderr).toContain('no/such/file.html: no such file or folder')
    expect(run(['-q', 'no-such-dir/**/*.html']).status).toBe(66)
  })
})
