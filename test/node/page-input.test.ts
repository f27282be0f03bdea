import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Route } from 'playwright-core'
import { expect, it } from 'vitest'
import { encodeLegacy } from '../support/legacy-encode.ts'
import { ALTERED, PINGTAN, SEED, TOTAL_OF_TOTALS, describeInChromium, fixture, read, root } from '../support/page-session.ts'

/**
 * How the page (GET /) takes a report and gives back its JSON, in Chromium against `wrangler dev`:
 * upload, drop, download, copy, every error in words, progress, keyboard.
 */

/** A report for 2017: the free-form years before the 2019 format (SPEC §1: 422 unsupported_format). */
const PRE_2019 = '某某县人民政府2017年政府信息公开工作年度报告\n一、概述\n2017年，我县政府信息公开工作稳步推进。\n'

describeInChromium('the page takes a report and gives its JSON', (s) => {
  it('converts an uploaded file', async () => {
    await s.page.setInputFiles('#file', fixture(PINGTAN))
    await s.converted()
    expect(await s.page.textContent('[data-field="organ"]')).toBe('平潭综合实验区')
    expect(await s.page.textContent(TOTAL_OF_TOTALS)).toBe('218')
    expect(await s.page.textContent('#file-name')).toContain('09-pingtan-2024-article.html')
    // Typing drops the file: the newest input wins.
    await s.page.fill('#content', read(SEED))
    expect(await s.page.locator('#file-chip').isHidden()).toBe(true)
    await s.page.click('#convert')
    await s.page.waitForFunction(() => document.querySelector('[data-field="organ"]')?.textContent === '广州市南沙区人民政府')
  })

  it('converts an uploaded GBK page by the charset it declares', async () => {
    const page2024 = `<meta charset="gbk">\n${read(PINGTAN)}`
    const buffer = Buffer.from(encodeLegacy(page2024, 'gbk'))
    await s.page.setInputFiles('#file', { name: 'pingtan-2024-gbk.html', mimeType: 'text/html', buffer })
    await s.converted()
    expect(await s.page.textContent('[data-field="organ"]')).toBe('平潭综合实验区')
    expect(await s.page.textContent(TOTAL_OF_TOTALS)).toBe('218')
    expect(await s.page.locator('td.fail').count()).toBe(0)
  })

  it('converts a file dropped on the page', async () => {
    const transferOf = (content: string, name: string) =>
      s.page.evaluateHandle(([c, n]) => {
        const data = new DataTransfer()
        data.items.add(new File([c], n))
        return data
      }, [content, name] as const)
    const transfer = await transferOf(read(SEED), 'nansha.txt')
    await s.page.dispatchEvent('#convert-form', 'dragenter', { dataTransfer: transfer })
    expect(await s.page.getAttribute('#convert-form', 'class')).toContain('dragging')
    await s.page.dispatchEvent('#convert-form', 'drop', { dataTransfer: transfer })
    await s.converted()
    expect(await s.page.textContent(TOTAL_OF_TOTALS)).toBe('1749')
    expect(await s.page.textContent('#file-name')).toContain('nansha.txt')
    expect(await s.page.getAttribute('#convert-form', 'class')).not.toContain('dragging')
    // Anywhere on the page, not only on the form (the page takes the drop rather than the browser).
    await s.page.dispatchEvent('#tables', 'drop', { dataTransfer: await transferOf(read(PINGTAN), 'pingtan.html') })
    await s.page.waitForFunction(() => document.querySelector('[data-field="organ"]')?.textContent === '平潭综合实验区')
    expect(await s.page.textContent('#file-name')).toContain('pingtan.html')
  })

  it('downloads JSON equal to the API\'s response, named after the organ and year', async () => {
    const text = read(SEED)
    await s.paste(text)
    await s.converted()
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('#download-json')])
    expect(download.suggestedFilename()).toBe('广州市南沙区人民政府-2020.json')
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'))
    const api = await fetch(`${s.origin}/v1/convert`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: text }),
    })
    expect(api.status).toBe(200)
    expect(saved).toEqual(await api.json())
    expect(JSON.parse((await s.page.textContent('#json')) ?? '')).toEqual(saved)
  })

  it('downloads the CSV of ?format=csv byte for byte, byte-order mark included', async () => {
    const text = read(SEED)
    await s.paste(text)
    await s.converted()
    expect(await s.page.locator('#download-csv').isVisible()).toBe(true)
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('#download-csv')])
    expect(download.suggestedFilename()).toBe('广州市南沙区人民政府-2020.csv')
    const saved = readFileSync(await download.path())
    const api = await fetch(`${s.origin}/v1/convert?format=csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: text }),
    })
    expect(api.status).toBe(200)
    expect(saved.equals(Buffer.from(await api.arrayBuffer()))).toBe(true)
    expect([...saved.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(saved.toString('utf8')).toContain('1749')
  })

  it('copies the JSON', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.origin })
    await s.paste(read(SEED))
    await s.converted()
    await s.page.click('#copy-json')
    await s.page.waitForFunction(() => document.querySelector('#status')?.textContent === '已复制 JSON。')
    const copied = await s.page.evaluate(() => navigator.clipboard.readText())
    expect(JSON.parse(copied)).toEqual(JSON.parse((await s.page.textContent('#json')) ?? ''))
  })

  it('says what went wrong: a non-report, a pre-2019 report, nothing pasted, a wrong file type, a body too large', async () => {
    await s.paste('你好，这不是一份年度报告，只是一段话。')
    await s.page.waitForSelector('#error:not([hidden])')
    expect(await s.page.getAttribute('#error', 'data-code')).toBe('not_a_report')
    expect(await s.page.textContent('#error .error-title')).toContain('这似乎不是政府信息公开工作年度报告')
    expect(await s.page.textContent('#error .error-detail')).toMatch(/服务说明：.+请求编号：/)
    expect(await s.page.locator('#result').isHidden()).toBe(true)

    await s.paste(PRE_2019)
    await s.page.waitForSelector('#error[data-code="unsupported_format"]')
    expect(await s.page.textContent('#error .error-title')).toContain('2017 年度')

    await s.page.fill('#content', '   ')
    await s.page.click('#convert')
    expect(await s.page.getAttribute('#error', 'data-code')).toBe('nothing_to_convert')

    await s.page.setInputFiles('#file', { name: 'report.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('xls') })
    await s.page.waitForSelector('#error[data-code="wrong_file_type"]')
    expect(await s.page.textContent('#error')).toContain('“report.xls”')

    // Over MAX_BODY_BYTES (5 MiB in wrangler.toml): the server's 413, in words.
    await s.page.setInputFiles('#file', { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 0x61) })
    await s.page.waitForSelector('#error[data-code="payload_too_large"]')
    expect(await s.page.textContent('#error .error-title')).toContain('内容太大')
  })

  it('has its own words for every error code of the API', async () => {
    const codes: [string, number][] = [
      ['empty_body', 400],
      ['invalid_json', 400],
      ['missing_content', 400],
      ['undecodable', 400],
      ['payload_too_large', 413],
      ['unsupported_media_type', 415],
      ['not_a_report', 422],
      ['unsupported_format', 422],
      ['internal', 500],
    ]
    const titles = new Set<string>()
    for (const [code, status] of codes) {
      await s.page.route('**/v1/convert', (route) =>
        route.fulfill({ status, json: { error: { code, message: `server says ${code}`, requestId: 'req-42', year: 2016 } } }),
      )
      await s.paste('某某报告')
      await s.page.waitForSelector(`#error[data-code="${code}"]`)
      const title = (await s.page.textContent('#error .error-title')) ?? ''
      expect(title, code).not.toMatch(/^转换失败（/)
      expect(await s.page.textContent('#error .error-detail'), code).toBe(`服务说明：server says ${code} · 请求编号：req-42`)
      titles.add(title)
      await s.page.unroute('**/v1/convert')
    }
    expect(titles.size).toBe(codes.length)

    // What the page meets on its own: no answer, an answer that is not the API's, a result it cannot show.
    const own: [string, (route: Route) => Promise<void>][] = [
      ['network', (route) => route.abort('connectionrefused')],
      ['bad_response', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' })],
      ['page_error', (route) => route.fulfill({ status: 200, json: { unexpected: true } })],
    ]
    for (const [code, answer] of own) {
      await s.page.route('**/v1/convert', answer)
      await s.paste('某某报告')
      await s.page.waitForSelector(`#error[data-code="${code}"]`)
      expect(await s.page.textContent('#error .error-title'), code).not.toMatch(/^转换失败（/)
      expect(await s.page.locator('#result').isHidden()).toBe(true)
      expect(await s.page.isEnabled('#convert')).toBe(true)
      await s.page.unroute('**/v1/convert')
    }
  })

  it('shows its progress while converting', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await s.page.route('**/v1/convert', async (route) => {
      await held
      await route.continue()
    })
    await s.paste(read(SEED))
    await s.page.waitForSelector('#convert[disabled]')
    expect(await s.page.textContent('#convert')).toBe('转换中…')
    expect(await s.page.textContent('#status')).toBe('正在转换…')
    expect(await s.page.getAttribute('#convert-form', 'aria-busy')).toBe('true')
    release()
    await s.converted()
    expect(await s.page.isEnabled('#convert')).toBe(true)
    expect(await s.page.textContent('#convert')).toBe('转换')
  })

  // `npm run screenshot` writes the pictures of README.md and docs/page.md; a plain test run leaves docs/ alone.
  it.runIf(process.env.PAGE_SCREENSHOT === '1')('writes docs/page.png and docs/page-failed-checks.png', async () => {
    await s.page.setViewportSize({ width: 1440, height: 900 })
    for (const [name, input] of [['page.png', SEED], ['page-failed-checks.png', ALTERED]] as const) {
      await s.page.goto(`${s.origin}/`)
      await s.paste(read(input))
      await s.converted()
      await s.page.evaluate(() => {
        document.querySelector('#content')?.scrollTo(0, 0)
        ;(document.activeElement as HTMLElement | null)?.blur()
      })
      await s.page.screenshot({ path: join(root, 'docs', name), fullPage: true })
    }
  })

  it('is usable by keyboard: textarea, file picker and Convert in tab order', async () => {
    await s.page.focus('#content')
    await s.page.keyboard.press('Tab')
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('file')
    await s.page.keyboard.press('Tab')
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('convert')
  })
})
