import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page, Route } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../support/chromium.ts'
import { encodeLegacy } from '../support/legacy-encode.ts'
import { startWranglerDev, type DevServer } from '../support/wrangler-dev.ts'

/**
 * The page (GET /) in a real browser — Debian's Chromium driven by playwright-core — against
 * `wrangler dev`, which this file starts on 127.0.0.1 and stops. Without Chromium it says so and skips.
 */
const root = new URL('../../', import.meta.url).pathname
const fixture = (name: string) => join(root, 'test/fixtures', name)
const read = (name: string) => readFileSync(fixture(name), 'utf8')

const SEED = 'corpus/nansha-2020-mirror.txt'
const ALTERED = 'page/pingtan-2024-total-altered.html'
const MARKUP = 'page/nansha-2020-markup-in-cells.txt'
const cell = (path: string) => `td[data-path="${path}"]`
const TOTAL_OF_TOTALS = cell('applications.rows.results.total.total')

/** A report for 2017: the free-form years before the 2019 format (SPEC §1: 422 unsupported_format). */
const PRE_2019 = '某某县人民政府2017年政府信息公开工作年度报告\n一、概述\n2017年，我县政府信息公开工作稳步推进。\n'

if (!hasChromium) {
  const message = `skipped: ${CHROMIUM_PATH} is missing — the page's browser tests need Debian's chromium (apt-get install -y chromium)`
  console.warn(message)
  describe('the page in Chromium', () => {
    it.skip(message, () => {})
  })
} else {
  describe('the page in Chromium', () => {
    let server: DevServer
    let browser: Browser
    let context: BrowserContext
    let page: Page
    /** Problems the browser reports: script errors and Content-Security-Policy refusals. */
    let problems: string[]
    let dialogs: string[]

    beforeAll(async () => {
      server = await startWranglerDev()
      browser = await launchChromium()
    }, 120_000)

    afterAll(async () => {
      await browser?.close()
      await server?.stop()
    })

    beforeEach(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      page = await context.newPage()
      problems = []
      dialogs = []
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/status of 4\d\d/.test(msg.text())) problems.push(`console: ${msg.text()}`)
      })
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(`${server.origin}/`)
    })

    afterEach(async () => {
      await context.close()
    })

    async function paste(text: string) {
      await page.fill('#content', text)
      await page.click('#convert')
    }

    async function converted() {
      await page.waitForSelector('#result:not([hidden])')
      expect(await page.locator('#error').isHidden()).toBe(true)
    }

    it('converts the pasted seed report with Ctrl+Enter: 三(七)总计 shows 1749 and no check fails', async () => {
      await page.fill('#content', read(SEED))
      await page.focus('#content')
      await page.keyboard.press('Control+Enter')
      await converted()
      expect(await page.textContent(TOTAL_OF_TOTALS)).toBe('1749')
      expect(await page.textContent('#report-title')).toBe('广州市南沙区人民政府2020年政府信息公开工作年度报告')
      expect(await page.textContent('[data-field="organ"]')).toBe('广州市南沙区人民政府')
      expect(await page.textContent('[data-field="year"]')).toBe('2020 年')
      expect(await page.textContent('[data-field="format"]')).toContain('2019')
      expect(await page.textContent('[data-field="date"]')).toBe('2021-02-10')
      expect(await page.locator('#checks-failed li').count()).toBe(0)
      expect(await page.locator('td.fail').count()).toBe(0)
      expect(await page.textContent('#checks-summary')).toContain('全部相符')
      // 2019 layout: （六）其他处理 is one row; table 二 has 其他对外管理服务事项 and 政府集中采购.
      expect(await page.textContent(cell('applications.rows.results.otherHandling.total'))).toBe('0')
      expect(await page.locator(cell('applications.rows.results.otherHandling.other.total')).count()).toBe(0)
      expect(await page.textContent(cell('activeDisclosure.centralizedProcurement.amount'))).toBe('2122500000 元')
      expect(await page.textContent(cell('activeDisclosure.administrativeLicensing.change'))).toBe('-369')
      // Every number of table 三 is in a cell: 23 rows of 7 columns in the 2019 format.
      expect(await page.locator('td[data-path^="applications.rows."]').count()).toBe(23 * 7)
      expect(await page.textContent('#status')).toContain('勾稽关系全部相符')
      expect(problems).toEqual([])
    })

    it('marks the cells of every failed check and says the rule with both sides', async () => {
      await paste(read(ALTERED))
      await converted()
      const failed = await page.locator('#checks-failed li').evaluateAll((items) => items.map((li) => li.getAttribute('data-check')))
      expect(failed.sort()).toEqual(['applications.balance.total', 'applications.resultsTotal.total', 'applications.rowTotal.results.total'])
      const balance = page.locator('#checks-failed li[data-check="applications.balance.total"]')
      expect(await balance.textContent()).toContain('一 + 二 = 三(七) + 四 [总计]')
      expect(await balance.locator('.side').allTextContents()).toEqual(['一 + 二 = 218', '三(七) + 四 = 228'])
      // The altered cell and the cells each rule involves are marked; cells of no failed check are not.
      expect(await page.textContent(TOTAL_OF_TOTALS)).toBe('228')
      for (const path of [
        'applications.rows.results.total.total',
        'applications.rows.newlyReceived.total',
        'applications.rows.carriedForward.total',
        'applications.rows.results.total.naturalPerson',
        'applications.rows.results.disclosed.total',
      ]) {
        expect(await page.getAttribute(cell(path), 'class'), path).toContain('fail')
      }
      expect(await page.getAttribute(cell('applications.rows.newlyReceived.naturalPerson'), 'class')).not.toContain('fail')
      expect(await page.getAttribute(TOTAL_OF_TOTALS, 'aria-describedby')).toMatch(/check-\d( check-\d)+/)
      // 2021 layout: （六）其他处理 in three sub-rows.
      expect(await page.textContent(cell('applications.rows.results.otherHandling.other.total'))).toBe('2')
      // "在表中标出" brings the check's cells forward and moves the keyboard to the first one.
      await balance.locator('button').click()
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('applications.rows.newlyReceived.total')
      expect(await page.locator('td.focus').count()).toBe(4)
      expect(await page.textContent('#status')).toContain('3 项勾稽关系不符')
      expect(problems).toEqual([])
    })

    it('shows a blank cell blank (never 0), lists its warning, and the checks it leaves unverified', async () => {
      // The seed with two cells left blank as reports do (—): 采购项目数量, and the 总计 of （七）总计.
      const lines = read(SEED).split('\n')
      for (const [at, value] of [[124, '1679'], [508, '1749']] as const) {
        expect(lines[at]?.trim()).toBe(value)
        lines[at] = '        —'
      }
      await paste(lines.join('\n'))
      await converted()
      for (const path of ['activeDisclosure.centralizedProcurement.projects', 'applications.rows.results.total.total']) {
        expect(await page.textContent(cell(path)), path).toBe('')
        expect(await page.getAttribute(cell(path), 'class'), path).toContain('blank')
      }
      const blank = page.locator('#warnings li[data-warning="blank_cell"]')
      expect(await blank.textContent()).toContain('报告中空白的单元格（记为 null，不记为 0）：2 处')
      expect(await blank.locator('.places li').allTextContents()).toEqual(['政府集中采购 · 采购项目数量', '（七）总计 · 总计'])
      expect(await page.textContent('#checks-summary')).toMatch(/3 项因单元格空白无法核对/)
      const skipped = await page.locator('#checks-skipped li').evaluateAll((items) => items.map((li) => li.getAttribute('data-check')))
      expect(skipped.sort()).toEqual(['applications.balance.total', 'applications.resultsTotal.total', 'applications.rowTotal.results.total'])
      expect(await page.locator('td.fail').count()).toBe(0)
    })

    it('says so where the report lacks a table', async () => {
      // The seed without its table 四 (from its heading up to 五、).
      const lines = read(SEED).split('\n')
      const from = lines.findIndex((l) => l.includes('行政訴訟情況'))
      const to = lines.findIndex((l) => l.includes('五、存在的主要'))
      expect(from).toBeGreaterThan(0)
      await paste([...lines.slice(0, from), ...lines.slice(to)].join('\n'))
      await converted()
      expect(await page.textContent('#table-reviewLitigation .missing')).toContain('报告中未找到此表')
      expect(await page.locator('#table-reviewLitigation table').count()).toBe(0)
      const missing = page.locator('#warnings li[data-warning="missing_table"]')
      expect(await missing.locator('.places li').allTextContents()).toEqual(['四、政府信息公开行政复议、行政诉讼情况'])
      expect(await page.textContent(TOTAL_OF_TOTALS)).toBe('1749')
    })

    it('converts an uploaded file', async () => {
      await page.setInputFiles('#file', fixture('corpus/09-pingtan-2024-article.html'))
      await converted()
      expect(await page.textContent('[data-field="organ"]')).toBe('平潭综合实验区')
      expect(await page.textContent(TOTAL_OF_TOTALS)).toBe('218')
      expect(await page.textContent('#file-name')).toContain('09-pingtan-2024-article.html')
      // Typing drops the file: the newest input wins.
      await page.fill('#content', read(SEED))
      expect(await page.locator('#file-chip').isHidden()).toBe(true)
      await page.click('#convert')
      await page.waitForFunction(() => document.querySelector('[data-field="organ"]')?.textContent === '广州市南沙区人民政府')
    })

    it('converts an uploaded GBK page by the charset it declares', async () => {
      const page2024 = `<meta charset="gbk">\n${read('corpus/09-pingtan-2024-article.html')}`
      const buffer = Buffer.from(encodeLegacy(page2024, 'gbk'))
      await page.setInputFiles('#file', { name: 'pingtan-2024-gbk.html', mimeType: 'text/html', buffer })
      await converted()
      expect(await page.textContent('[data-field="organ"]')).toBe('平潭综合实验区')
      expect(await page.textContent(TOTAL_OF_TOTALS)).toBe('218')
      expect(await page.locator('td.fail').count()).toBe(0)
    })

    it('converts a file dropped on the page', async () => {
      const transferOf = (content: string, name: string) =>
        page.evaluateHandle(([c, n]) => {
          const data = new DataTransfer()
          data.items.add(new File([c], n))
          return data
        }, [content, name] as const)
      const transfer = await transferOf(read(SEED), 'nansha.txt')
      await page.dispatchEvent('#convert-form', 'dragenter', { dataTransfer: transfer })
      expect(await page.getAttribute('#convert-form', 'class')).toContain('dragging')
      await page.dispatchEvent('#convert-form', 'drop', { dataTransfer: transfer })
      await converted()
      expect(await page.textContent(TOTAL_OF_TOTALS)).toBe('1749')
      expect(await page.textContent('#file-name')).toContain('nansha.txt')
      expect(await page.getAttribute('#convert-form', 'class')).not.toContain('dragging')
      // Anywhere on the page, not only on the form (the page takes the drop rather than the browser).
      await page.dispatchEvent('#tables', 'drop', { dataTransfer: await transferOf(read('corpus/09-pingtan-2024-article.html'), 'pingtan.html') })
      await page.waitForFunction(() => document.querySelector('[data-field="organ"]')?.textContent === '平潭综合实验区')
      expect(await page.textContent('#file-name')).toContain('pingtan.html')
    })

    it('downloads JSON equal to the API\'s response, named after the organ and year', async () => {
      const text = read(SEED)
      await paste(text)
      await converted()
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')])
      expect(download.suggestedFilename()).toBe('广州市南沙区人民政府-2020.json')
      const saved = JSON.parse(readFileSync(await download.path(), 'utf8'))
      const api = await fetch(`${server.origin}/v1/convert`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ content: text }),
      })
      expect(api.status).toBe(200)
      expect(saved).toEqual(await api.json())
      expect(JSON.parse((await page.textContent('#json')) ?? '')).toEqual(saved)
      expect(await page.locator('#download-csv').isHidden()).toBe(true)
    })

    it('copies the JSON', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin })
      await paste(read(SEED))
      await converted()
      await page.click('#copy-json')
      await page.waitForFunction(() => document.querySelector('#status')?.textContent === '已复制 JSON。')
      const copied = await page.evaluate(() => navigator.clipboard.readText())
      expect(JSON.parse(copied)).toEqual(JSON.parse((await page.textContent('#json')) ?? ''))
    })

    it('shows markup inside a report as text, and nothing in it runs', async () => {
      await paste(read(MARKUP))
      await converted()
      const organ = await page.textContent('[data-field="organ"]')
      expect(organ).toContain('<img/src/onerror=window.__xssFired=1;alert(1)>')
      expect(await page.textContent('#report-title')).toContain('<img/src/onerror=')
      await page.click('[data-narrative="overview"] summary')
      const overview = await page.textContent('[data-narrative="overview"] p')
      expect(overview).toContain('<img src=x onerror="window.__xssFired=4;alert(4)">')
      expect(overview).toContain('<script>window.__xssFired=5;alert(5)</script>')
      expect(await page.textContent('#json')).toContain('<script>window.__xssFired=5;alert(5)</script>')
      // The cells that held markup hold no number: unread, visibly blank.
      expect(await page.textContent(cell('activeDisclosure.administrativeFees.previousYearItems'))).toBe('')
      expect(await page.getAttribute(cell('activeDisclosure.administrativeFees.previousYearItems'), 'class')).toContain('unread')
      await page.waitForTimeout(500) // time for an image error or a script to fire, if one had been made
      expect(await page.evaluate(() => (window as unknown as { __xssFired?: number }).__xssFired)).toBeUndefined()
      expect(dialogs).toEqual([])
      expect(await page.locator('#result img, #result script, #result svg').count()).toBe(0)
      expect(await page.locator('script').count()).toBe(1)
      expect(problems).toEqual([])
    })

    it('says what went wrong: a non-report, a pre-2019 report, nothing pasted, a wrong file type, a body too large', async () => {
      await paste('你好，这不是一份年度报告，只是一段话。')
      await page.waitForSelector('#error:not([hidden])')
      expect(await page.getAttribute('#error', 'data-code')).toBe('not_a_report')
      expect(await page.textContent('#error .error-title')).toContain('这似乎不是政府信息公开工作年度报告')
      expect(await page.textContent('#error .error-detail')).toMatch(/服务说明：.+请求编号：/)
      expect(await page.locator('#result').isHidden()).toBe(true)

      await paste(PRE_2019)
      await page.waitForSelector('#error[data-code="unsupported_format"]')
      expect(await page.textContent('#error .error-title')).toContain('2017 年度')

      await page.fill('#content', '   ')
      await page.click('#convert')
      expect(await page.getAttribute('#error', 'data-code')).toBe('nothing_to_convert')

      await page.setInputFiles('#file', { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') })
      await page.waitForSelector('#error[data-code="wrong_file_type"]')
      expect(await page.textContent('#error')).toContain('“report.pdf”')

      // Over MAX_BODY_BYTES (5 MiB in wrangler.toml): the server's 413, in words.
      await page.setInputFiles('#file', { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 0x61) })
      await page.waitForSelector('#error[data-code="payload_too_large"]')
      expect(await page.textContent('#error .error-title')).toContain('内容太大')
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
        await page.route('**/v1/convert', (route) =>
          route.fulfill({ status, json: { error: { code, message: `server says ${code}`, requestId: 'req-42', year: 2016 } } }),
        )
        await paste('某某报告')
        await page.waitForSelector(`#error[data-code="${code}"]`)
        const title = (await page.textContent('#error .error-title')) ?? ''
        expect(title, code).not.toMatch(/^转换失败（/)
        expect(await page.textContent('#error .error-detail'), code).toBe(`服务说明：server says ${code} · 请求编号：req-42`)
        titles.add(title)
        await page.unroute('**/v1/convert')
      }
      expect(titles.size).toBe(codes.length)

      // What the page meets on its own: no answer, an answer that is not the API's, a result it cannot show.
      const own: [string, (route: Route) => Promise<void>][] = [
        ['network', (route) => route.abort('connectionrefused')],
        ['bad_response', (route) => route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' })],
        ['page_error', (route) => route.fulfill({ status: 200, json: { unexpected: true } })],
      ]
      for (const [code, answer] of own) {
        await page.route('**/v1/convert', answer)
        await paste('某某报告')
        await page.waitForSelector(`#error[data-code="${code}"]`)
        expect(await page.textContent('#error .error-title'), code).not.toMatch(/^转换失败（/)
        expect(await page.locator('#result').isHidden()).toBe(true)
        expect(await page.isEnabled('#convert')).toBe(true)
        await page.unroute('**/v1/convert')
      }
    })

    it('shows its progress while converting', async () => {
      let release: () => void = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route('**/v1/convert', async (route) => {
        await held
        await route.continue()
      })
      await paste(read(SEED))
      await page.waitForSelector('#convert[disabled]')
      expect(await page.textContent('#convert')).toBe('转换中…')
      expect(await page.textContent('#status')).toBe('正在转换…')
      expect(await page.getAttribute('#convert-form', 'aria-busy')).toBe('true')
      release()
      await converted()
      expect(await page.isEnabled('#convert')).toBe(true)
      expect(await page.textContent('#convert')).toBe('转换')
    })

    it('works at phone width: the page never scrolls sideways, only the tables do', async () => {
      await page.setViewportSize({ width: 375, height: 740 })
      await paste(read(SEED))
      await converted()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
      const scroller = page.locator('#table-applications .table-scroll')
      expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
      expect(await scroller.getAttribute('tabindex')).toBe('0')
    })

    // `npm run screenshot` writes the README's pictures; a plain test run leaves docs/ alone.
    it.runIf(process.env.PAGE_SCREENSHOT === '1')('writes docs/page.png and docs/page-failed-checks.png', async () => {
      await page.setViewportSize({ width: 1440, height: 900 })
      for (const [name, input] of [['page.png', SEED], ['page-failed-checks.png', ALTERED]] as const) {
        await page.goto(`${server.origin}/`)
        await paste(read(input))
        await converted()
        await page.evaluate(() => {
          document.querySelector('#content')?.scrollTo(0, 0)
          ;(document.activeElement as HTMLElement | null)?.blur()
        })
        await page.screenshot({ path: join(root, 'docs', name), fullPage: true })
      }
    })

    it('is usable by keyboard: textarea, file picker and Convert in tab order', async () => {
      await page.focus('#content')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('file')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('convert')
    })
  })
}
