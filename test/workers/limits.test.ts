import { valueAt } from '../../src/schema/paths.ts'
import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { ConvertError } from '../../src/input/errors.ts'
import { utf8Length } from '../../src/input/size.ts'
import { DEFAULT_LIMITS, resolveLimits } from '../../src/limits/options.ts'
import { limitsFromEnv } from '../../src/routes/limits.ts'
import { fixture } from '../support/fixtures.ts'
import { HUGE_NUMBER } from '../support/fuzz/arbitraries.ts'
import { post } from '../support/worker.ts'

/**
 * Each bound of src/limits answered by its own code, in the Worker (wrangler.toml `[vars]`) and in the
 * library (options, else defaults). Time bounds here are generous (seconds): they catch a quadratic
 * path, which takes minutes on these bodies, without flaking on a busy machine.
 */
const SEED = fixture('corpus/nansha-2020-mirror.txt')
const HTML = fixture('corpus/09-pingtan-2024-article.html')
const GENEROUS_MS = 10_000

interface ErrorBody {
  error: { code: string; message: string; requestId: string; limit?: number }
}

async function expectLimit(res: Response, status: number, code: string, limit: number) {
  expect(res.status).toBe(status)
  const body = (await res.json()) as ErrorBody
  expect(body.error.code).toBe(code)
  expect(body.error.limit).toBe(limit)
  expect(body.error.requestId).toBe(res.headers.get('x-request-id'))
  return body
}

function libraryError(run: () => unknown): ConvertError {
  try {
    run()
  } catch (err) {
    if (err instanceof ConvertError) return err
    throw err
  }
  throw new Error('no error was thrown')
}

describe('413 and 422 answers that name the bound', () => {
  it('413 too_many_cells: a table of more cells than MAX_CELLS, and as many lines of text', async () => {
    const cells = DEFAULT_LIMITS.maxCells + 1
    await expectLimit(await post('/v1/convert', `<table><tr>${'<td>1</td>'.repeat(cells)}</tr></table>`, 'text/html'), 413, 'too_many_cells', cells - 1)
    await expectLimit(await post('/v1/convert', '1\n'.repeat(cells), 'text/plain'), 413, 'too_many_cells', cells - 1)
  })

  it('413 too_many_cells: a glued line cut into more pieces than the token bound (four a cell), counted as it is cut', () => {
    const head = '某某县人民政府2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n'
    const maxCells = 50
    // `字11)1)1)…`: each `1` a run of figures and each `)` a word between them, two pieces a repeat.
    const over = libraryError(() => convertReport(`${head}字1${'1)'.repeat(4 * maxCells)}\n`, { inputType: 'text', limits: { maxCells } }))
    expect(over.code).toBe('too_many_cells')
    expect(over.details?.limit).toBe(4 * maxCells)
    // Under the bound the same line is read (and refused for nothing): the count stops only past it.
    expect(convertReport(`${head}字1${'1)'.repeat(maxCells)}\n`, { inputType: 'text', limits: { maxCells } }).report.formatVersion).toBe('2021')
  })

  it('422 too_deeply_nested: ten thousand open elements, answered at once', async () => {
    const started = performance.now()
    const body = `${'<div>'.repeat(10_000)}${HTML}`
    await expectLimit(await post('/v1/convert', body, 'text/html'), 422, 'too_deeply_nested', DEFAULT_LIMITS.maxDepth)
    expect(performance.now() - started).toBeLessThan(GENEROUS_MS)
  })

  it('a page just inside the depth bound still converts', async () => {
    const depth = DEFAULT_LIMITS.maxDepth - 20
    const res = await post('/v1/convert', `${'<div>'.repeat(depth)}${HTML}${'</div>'.repeat(depth)}`, 'text/html')
    expect(res.status).toBe(200)
  })

  it('413 line_too_long: one line of almost 5 MiB; 413 payload_too_large one byte past 5 MiB', async () => {
    const line = 'a'.repeat(DEFAULT_LIMITS.maxBytes - 16)
    await expectLimit(await post('/v1/convert', line, 'text/plain'), 413, 'line_too_long', DEFAULT_LIMITS.maxLineLength)
    await expectLimit(await post('/v1/convert', 'a'.repeat(DEFAULT_LIMITS.maxBytes + 1), 'text/plain'), 413, 'payload_too_large', DEFAULT_LIMITS.maxBytes)
  })

  it('JSON nested a million levels deep is invalid JSON (400), not a stack overflow (500)', async () => {
    const res = await post('/v1/convert', '['.repeat(1_000_000), 'application/json')
    expect(res.status).toBe(400)
    const deep = await post('/v1/convert', `{"content": ${'['.repeat(500_000)}${']'.repeat(500_000)}}`, 'application/json')
    expect(deep.status).toBe(400)
  })

  it('the error names the bound and quotes nothing of the document', async () => {
    const body = await expectLimit(await post('/v1/convert', `<p>${'机密内容'.repeat(30_000)}</p>`, 'text/html'), 413, 'line_too_long', DEFAULT_LIMITS.maxLineLength)
    expect(body.error.message).not.toContain('机密')
  })
})

describe('digits in a number: an unreadable cell, not a failed request', () => {
  it('a 400-digit value is null with unreadable_cell and number_too_long; its neighbours are read', async () => {
    const text = SEED.replace(/^(\s*)735$/m, `$1${HUGE_NUMBER}`)
    expect(text).not.toBe(SEED)
    const res = await post('/v1/convert', text, 'text/plain')
    expect(res.status).toBe(200)
    const report = (await res.json()) as {
      applications: { rows: { results: { disclosed: Record<string, number | null> } } }
      warnings: { code: string; path?: string }[]
    }
    const codes = report.warnings.map((w) => w.code)
    expect(codes).toContain('number_too_long')
    expect(JSON.stringify(report)).not.toContain('Infinity')
    for (const value of Object.values(valueAt(report, 'applications.rows.results.disclosed') as Record<string, number | null>)) expect(value === null || value < 1e9).toBe(true)
  })

  it('a fraction past 15 significant digits is not rounded into a number the cell does not hold', () => {
    const report = convertReport(SEED.replace(/^(\s*)735$/m, '$10.12345678901234567'), { inputType: 'text' })
    expect(valueAt(report, 'applications.rows.results.disclosed.naturalPerson')).toBeNull()
  })
})

describe('spans and the grid', () => {
  it('rowspan="100000", colspan="100000", 0 and negative spans: clamped, answered quickly', async () => {
    const started = performance.now()
    const hostile = HTML.replace(/rowspan="\d+"/g, 'rowspan="100000"').replace(/colspan="\d+"/g, (_, i: number) => (i % 2 ? 'colspan="-5"' : 'colspan="0"'))
    const res = await post('/v1/convert', hostile.replace('<td', '<td colspan="100000"'), 'text/html')
    expect(res.status).toBeLessThan(500)
    expect(performance.now() - started).toBeLessThan(GENEROUS_MS)
  })

  it('open and close churn at the depth bound costs linear time (htmlparser2 searches its open elements per tag)', () => {
    const deep = '<b>'.repeat(DEFAULT_LIMITS.maxDepth - 1)
    for (const tail of ['<i></i>'.repeat(400_000), '</x>'.repeat(700_000), '<p>'.repeat(900_000)]) {
      const started = performance.now()
      const err = libraryError(() => convertReport(deep + tail, { inputType: 'html' }))
      expect(['not_a_report', 'too_many_cells', 'too_deeply_nested']).toContain(err.code)
      expect(performance.now() - started).toBeLessThan(GENEROUS_MS)
    }
  })
})

describe('the bounds are settings', () => {
  it('the library takes them as options, each missing one keeping its default', () => {
    expect(libraryError(() => convertReport(SEED, { inputType: 'text', limits: { maxCells: 50 } })).code).toBe('too_many_cells')
    expect(libraryError(() => convertReport(SEED, { limits: { maxBytes: 1000 } })).code).toBe('payload_too_large')
    expect(libraryError(() => convertReport(SEED, { limits: { maxLineLength: 10 } })).code).toBe('line_too_long')
    expect(libraryError(() => convertReport(`<div><div><div>${HTML}`, { inputType: 'html', limits: { maxDepth: 3 } })).code).toBe('too_deeply_nested')
    expect(convertReport(SEED, { limits: { maxNumberDigits: 2 } }).warnings.map((w) => w.code)).toContain('number_too_long')
  })

  it('a string is measured in UTF-8 bytes, as the same text posted would be', () => {
    for (const text of ['abc', 'é'.repeat(600), '政府信息公开', '😀x', '\ud800']) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).byteLength)
    expect(libraryError(() => convertReport('é'.repeat(600), { limits: { maxBytes: 1000 } })).code).toBe('payload_too_large')
    expect(libraryError(() => convertReport('é'.repeat(400), { limits: { maxBytes: 1000 } })).code).toBe('not_a_report')
  })

  it('the Worker reads them from wrangler.toml [vars]; a bad value never switches a bound off', () => {
    expect(limitsFromEnv({ MAX_CELLS: '10', MAX_DEPTH: '5' })).toMatchObject({ maxCells: 10, maxDepth: 5, maxLineLength: DEFAULT_LIMITS.maxLineLength })
    expect(limitsFromEnv({ MAX_CELLS: 'abc', MAX_DEPTH: '0', MAX_LINE_LENGTH: '-1', MAX_NUMBER_DIGITS: 'Infinity' })).toEqual(DEFAULT_LIMITS)
    expect(resolveLimits({ maxBytes: '5242880' }).maxBytes).toBe(5 * 1024 * 1024)
  })
})
