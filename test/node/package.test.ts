import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The package as a user installs it: `npm pack`, then `npm install` of the tarball in a fresh folder outside
 * the repository, then the library imported by name, its types checked by tsc, and the CLI run from there.
 */
const root = new URL('../../', import.meta.url).pathname
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const app = mkdtempSync(join(tmpdir(), 'xxgk-package-'))
const quiet = ['--no-audit', '--no-fund', '--loglevel=error']

beforeAll(() => {
  // dist/ as `npm ci` (prepare) built it; --ignore-scripts so as not to rebuild it under the other tests' feet.
  execFileSync(npm, ['pack', '--pack-destination', app, '--ignore-scripts', ...quiet], { cwd: root, stdio: 'pipe' })
  const tarball = readdirSync(app).find((f) => f.endsWith('.tgz'))
  if (!tarball) throw new Error('npm pack made no tarball')
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'uses-xxgk-json', private: true, type: 'module' }))
  execFileSync(npm, ['install', `./${tarball}`, '--prefer-offline', ...quiet], { cwd: app, stdio: 'pipe' })
  cpSync(join(root, 'test/fixtures/corpus/nansha-2020-mirror.txt'), join(app, 'report.txt'))
}, 300_000)
afterAll(() => rmSync(app, { recursive: true, force: true }))

describe('the packed package, installed in a fresh folder', () => {
  it('holds dist, bin and the README, and no sources or tests', () => {
    const files = readdirSync(join(app, 'node_modules/xxgk-json'), { recursive: true }).map(String)
    expect(files).toContain('dist/index.js')
    expect(files).toContain('dist/types/lib.d.ts')
    expect(files).toContain('bin/xxgk-json.mjs')
    expect(files).toContain('README.md')
    expect(files.filter((f) => /^(src|test|scripts)\//.test(f))).toEqual([])
  })

  it('imports by name in Node and converts a report', () => {
    writeFileSync(
      join(app, 'use.mjs'),
      `import { readFileSync } from 'node:fs'
import { convertReport, reportsToCsv, CSV_COLUMNS } from 'xxgk-json'
const report = convertReport(readFileSync('report.txt'))
console.log(JSON.stringify({ organ: report.report.organ, total: report.applications.rows.results.total.total, columns: CSV_COLUMNS.length, csv: reportsToCsv([report]).split('\\r\\n').length }))
`,
    )
    const out = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' }))
    expect(out).toMatchObject({ organ: '广州市南沙区人民政府', total: 1749, csv: 3 })
    expect(out.columns).toBeGreaterThan(200)
  })

  it('gives TypeScript users its types (tsc, module nodenext, strict)', () => {
    writeFileSync(
      join(app, 'use.ts'),
      `import { convertReport, convertBatch, ConvertError, type ConvertedReport, type BatchResponse } from 'xxgk-json'
const report: ConvertedReport = convertReport('…')
const total: number | null | undefined = report.applications?.rows.results.total.total
const batch: BatchResponse = convertBatch([{ id: 'a', content: '…' }])
const failed: string[] = batch.crossYear.filter((c) => c.status === 'fail').map((c) => c.organ)
// @ts-expect-error a report's year is a number, not a string
const wrong: string = report.report.year
export { total, failed, wrong, ConvertError }
`,
    )
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'false', 'use.ts'], { cwd: app, encoding: 'utf8' })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('runs the CLI from the installed package', () => {
    const out = execFileSync(join(app, 'node_modules/.bin/xxgk-json'), ['--format', 'csv', 'report.txt'], { cwd: app, encoding: 'utf8' })
    expect(out.startsWith('\uFEFFreport.title,report.organ')).toBe(true)
    expect(out).toContain('广州市南沙区人民政府')
    const help = spawnSync(join(app, 'node_modules/.bin/xxgk-json'), ['--help'], { cwd: app, encoding: 'utf8' })
    expect(help.status).toBe(0)
  })
})
