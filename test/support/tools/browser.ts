import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
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
    /** The page every report is opened in, one after the other (a new page per report costs a renderer's start). */
    private readonly page: Page,
    /** Where copies are pasted. */
    private readonly pad: Page,
  ) {}

  static async start(): Promise<BrowserTools> {
    const browser = await launchChromium()
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    const pad = await context.newPage()
    await pad.setContent('<textarea id="t" style="width:100%;height:20em"></textarea>')
    return new BrowserTools(browser, page, pad)
  }

  private async open(html: string): Promise<Page> {
    const file = join(this.dir, `report-${++this.count}.html`)
    writeFileSync(file, html)
    await this.page.bringToFront()
    await this.page.goto(pathToFileURL(file).href)
    return this.page
  }

  /** Select all, copy, and paste into a textarea of another page: the text as a user's paste delivers it. */
  async copy(html: string): Promise<string> {
    const page = await this.open(html)
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Control+C')
    await this.pad.bringToFront()
    await this.pad.fill('#t', '')
    await this.pad.focus('#t')
    await this.pad.keyboard.press('Control+V')
    return this.pad.inputValue('#t')
  }

  async innerText(html: string): Promise<string> {
    const page = await this.open(html)
    return page.evaluate(() => document.body.innerText)
  }

  /** A4 with margins wide enough for Chromium's default header (date, title) and footer (path, page/pages). */
  async pdf(html: string): Promise<Buffer> {
    const page = await this.open(html)
    return page.pdf({ format: 'A4', displayHeaderFooter: true, margin: { top: '1.6cm', bottom: '1.6cm', left: '1.8cm', right: '1.8cm' } })
  }

  async close(): Promise<void> {
    await this.browser.close()
    rmSync(this.dir, { recursive: true, force: true })
  }
}
