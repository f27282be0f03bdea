import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { encodeLegacy } from '../support/legacy-encode.ts'

/**
 * The library as a browser gets it: dist/index.js bundled by esbuild for platform=browser (a Node-only import
 * would fail the build), loaded into Chromium, and run there on real reports.
 */
const root = new URL('../../', import.meta.url).pathname
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const seed = readFileSync(join(root, 'test/fixtures/corpus/nansha-2020-mirror.txt'), 'utf8')
const article = readFileSync(join(root, 'test/fixtures/corpus/09-pingtan-2024-article.html'), 'utf8')

let browser: Browser
let bundle: string

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(root, 'dist/index.js')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'xxgk',
    write: false,
    logLevel: 'silent',
  })
  bundle = result.outputFiles[0]?.text ?? ''
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
})
afterAll(async () => browser?.close())

declare const xxgk: typeof import('../../src/lib.ts')

describe('the library in a browser', () => {
  it('bundles for platform=browser with nothing Node-only in it', () => {
    expect(bundle.length).toBeGreaterThan(10_000)
    expect(bundle).not.toMatch(/require\(["']node:|from ["']node:/)
  })

  it('converts text, HTML and GBK bytes in Chromium exactly as in Node, and writes CSV', async () => {
    const page = await browser.newPage()
    await page.setContent('<!doctype html><title>xxgk-json</title>')
    await page.addScriptTag({ content: bundle })
    // Characters outside GBK's two-byte range (•, …) dropped: the tables do not need them.
    const gbkText = seed.replace(/[^\t\n\r -~\u4e00-\u9fff（）：，。、“”]/g, '')
    const gbk = [...encodeLegacy(gbkText, 'gbk')]
    const got = await page.evaluate(
      ([text, html, bytes]) => ({
        text: xxgk.convertReport(text, { inputType: 'text' }),
        html: xxgk.convertReport(html),
        gbk: xxgk.convertReport(new Uint8Array(bytes), { inputType: 'text', charset: 'gbk' }),
        csv: xxgk.reportsToCsv([xxgk.convertReport(text)]),
        ua: navigator.userAgent,
      }),
      [seed, article, gbk] as const,
    )
    expect(got.ua).toContain('Chrome')
    const json = (v: unknown) => JSON.parse(JSON.stringify(v))
    expect(got.text).toEqual(json(convertReport(seed, { inputType: 'text' })))
    expect(got.html).toEqual(json(convertReport(article)))
    expect(got.gbk.source.encoding).toBe('gbk')
    expect(got.gbk.applications).toEqual(json(convertReport(gbkText, { inputType: 'text' })).applications)
    expect(got.gbk.applications).not.toBeNull()
    expect(got.csv.split('\r\n')[1]).toContain('广州市南沙区人民政府')
    await page.close()
  })
})
