import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { CHROMIUM_PATH, hasChromium, launchChromium } from './chromium.ts'

/**
 * What every browser test of the page shares: Chromium, a fresh context and page per test opened on the
 * page of the `wrangler dev` that the global setup started (test/support/page-server.ts), and what the
 * browser reports along the way.
 */
export const root = new URL('../../', import.meta.url).pathname
export const fixture = (name: string) => join(root, 'test/fixtures', name)
export const read = (name: string) => readFileSync(fixture(name), 'utf8')

export const SEED = 'corpus/nansha-2020-mirror.txt'
export const ALTERED = 'page/pingtan-2024-total-altered.html'
export const MARKUP = 'page/nansha-2020-markup-in-cells.txt'
export const PINGTAN = 'corpus/09-pingtan-2024-article.html'
export const cell = (path: string) => `td[data-path="${path}"]`
export const TOTAL_OF_TOTALS = cell('applications.rows.results.total.total')

export interface Session {
  origin: string
  context: BrowserContext
  page: Page
  /** Script errors and console errors (Content-Security-Policy refusals among them), HTTP 4xx aside. */
  problems: string[]
  /** Messages of every dialog (alert, confirm, prompt) that opened; each is dismissed. */
  dialogs: string[]
  paste(text: string): Promise<void>
  /** Waits for the result and checks that no error is shown. */
  converted(): Promise<void>
}

/**
 * A describe block for browser tests. Without Chromium it holds one skipped test whose name says why.
 * @param body gets the session; its fields are set before each test
 */
export function describeInChromium(name: string, body: (s: Session) => void) {
  if (!hasChromium) {
    const message = `skipped: ${CHROMIUM_PATH} is missing — the page's browser tests need Debian's chromium (apt-get install -y chromium)`
    console.warn(message)
    describe(name, () => it.skip(message, () => {}))
    return
  }
  describe(name, () => {
    let browser: Browser
    const s = { origin: inject('pageOrigin'), problems: [], dialogs: [] } as unknown as Session

    s.paste = async (text) => {
      await s.page.fill('#content', text)
      await s.page.click('#convert')
    }
    s.converted = async () => {
      await s.page.waitForSelector('#result:not([hidden])')
      expect(await s.page.locator('#error').isHidden()).toBe(true)
    }

    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => {
      await browser?.close()
    })
    beforeEach(async () => {
      s.context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      s.page = await s.context.newPage()
      s.problems = []
      s.dialogs = []
      s.page.on('pageerror', (error) => s.problems.push(`pageerror: ${error.message}`))
      s.page.on('console', (msg) => {
        if (msg.type() === 'error' && !/status of 4\d\d/.test(msg.text())) s.problems.push(`console: ${msg.text()}`)
      })
      s.page.on('dialog', (dialog) => {
        s.dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await s.page.goto(`${s.origin}/`)
    })
    afterEach(async () => {
      await s.context.close()
    })

    body(s)
  })
}
