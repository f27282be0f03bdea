import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, BrowserContext } from 'playwright-core'
import { launchChromium } from '../chromium.ts'

/**
 * What a user gets out of Chromium from a page: its text copied with the real clipboard (select all, copy,
 * paste into a `<textarea>`), `document.body.innerText`, and the page printed to PDF with Chromium's own
 * running header (date, title) and footer (file path, `1/4`). One browser serves many pages; each page is
 * written to a file and opened from it, so the footer carries a path as it does for a saved page.
 */
export class BrowserTools {
  private readonly dir = mkdtempSync(join(tmpdir(), 'xxgk-browser-'))
  private count = 0
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
  ) {}

  static async start(): Promise<BrowserTools> {
    const browser = await launchChromium()
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    return new BrowserTools(browser, context)
  }

  private async open(html: string) {
    const file = join(this.dir, `report-${++this.count}.html`)
    writeFileSync(file, html)
    const page = await this.context.newPage()
    await page.goto(pathToFileURL(file).href)
    return page
  }

  /** Select all, copy, and paste into a textarea of another page: the text as a user's paste delivers it. */
  async copy(html: string): Promise<string> {
    const page = await this.open(html)
    try {
      await page.keyboard.press('Control+A')
      await page.keyboard.press('Control+C')
      const target = await this.context.newPage()
      try {
        await target.setContent('<textarea id="t" style="width:100%;height:20em"></textarea>')
        await target.focus('#t')
        await target.keyboard.press('Control+V')
        return await target.inputValue('#t')
      } finally {
        await target.close()
      }
    } finally {
      await page.close()
    }
  }

  async innerText(html: string): Promise<string> {
    const page = await this.open(html)
    try {
      return await page.evaluate(() => document.body.innerText)
    } finally {
      await page.close()
    }
  }

  /** A4 with margins wide enough for Chromium's default header (date, title) and footer (path, page/pages). */
  async pdf(html: string): Promise<Buffer> {
    const page = await this.open(html)
    try {
      await page.emulateMedia({ media: 'print' })
      return await page.pdf({ format: 'A4', displayHeaderFooter: true, margin: { top: '1.6cm', bottom: '1.6cm', left: '1.8cm', right: '1.8cm' } })
    } finally {
      await page.close()
    }
  }

  async close(): Promise<void> {
    await this.context.close()
    await this.browser.close()
    rmSync(this.dir, { recursive: true, force: true })
  }
}
