import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { SOFFICE } from './tools/soffice.ts'

/**
 * Chromium's "Print → Save as PDF", as a user makes a PDF of a report page: A4, the page's own layout, and
 * optionally Chromium's running head and foot (the date and title above, the URL and `n/N` below). The
 * style is what government sites give their tables (a border and some padding around each cell), in the
 * Noto CJK faces of Debian's fonts-noto-cjk.
 */
export const PRINT_STYLE = `<style>
  body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 15px; line-height: 1.6; }
  table { border-collapse: collapse; margin: 8px 0; }
  td, th { border: 1px solid #000; padding: 4px 8px; font-size: 13px; line-height: 1.3; }
</style>`

export interface PrintOptions {
  /** Chromium's running head and foot: date, title, URL, page n/N. */
  headerFooter?: boolean
  /** A4 across, as a wide table is printed so that its figures do not break over lines. */
  landscape?: boolean
  /** Each cell in a box of its own, apart from its neighbours (`<table border="1">` without collapsing). */
  separate?: boolean
  /** No borders at all (a table laid out by spacing alone): read by where its text stands, not by its rules. */
  borderless?: boolean
}

const SEPARATE_STYLE = '<style>table { border-collapse: separate; border-spacing: 3px; }</style>'
const BORDERLESS_STYLE = '<style>table, td, th { border: none !important; }</style>'

export async function printPdf(browser: Browser, html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const page = await browser.newPage()
  try {
    const style = PRINT_STYLE + (options.separate ? SEPARATE_STYLE : '') + (options.borderless ? BORDERLESS_STYLE : '')
    const body = /<head[\s>]/i.test(html) ? html.replace(/<head([^>]*)>/i, `<head$1>${style}`) : `<!doctype html><html><head><meta charset="utf-8">${style}</head><body>${html}</body></html>`
    await page.setContent(body, { waitUntil: 'load' })
    const pdf = await page.pdf({
      format: 'A4',
      landscape: options.landscape ?? false,
      printBackground: false,
      displayHeaderFooter: options.headerFooter ?? false,
      margin: options.headerFooter ? { top: '60px', bottom: '60px', left: '50px', right: '50px' } : { top: '40px', bottom: '40px', left: '50px', right: '50px' },
    })
    return new Uint8Array(pdf)
  } finally {
    await page.close()
  }
}

/** A PDF whose pages are pictures only (a scan): the page screenshotted, and the picture printed alone. */
export async function printImageOnlyPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage({ viewport: { width: 800, height: 1100 } })
  try {
    await page.setContent(html, { waitUntil: 'load' })
    const png = (await page.screenshot({ fullPage: false })).toString('base64')
    await page.setContent(`<!doctype html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png}"></body></html>`, { waitUntil: 'load' })
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }))
  } finally {
    await page.close()
  }
}

/**
 * Word files saved as PDF by LibreOffice (File › Export as PDF), as an office exports a report: its tables
 * drawn with their borders, rows broken over pages where they do not fit. One `soffice` run for all, with a
 * profile of its own so that parallel runs do not lock each other out.
 */
export async function officePdfs(docxs: readonly Uint8Array[]): Promise<Uint8Array[]> {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-soffice-pdf-'))
  try {
    mkdirSync(join(dir, 'in'))
    const paths = docxs.map((bytes, k) => {
      const path = join(dir, 'in', `${k}.docx`)
      writeFileSync(path, bytes)
      return path
    })
    const profile = pathToFileURL(join(dir, 'profile')).href
    await promisify(execFile)(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', join(dir, 'out'), ...paths], {
      timeout: 300_000,
      maxBuffer: 16 << 20,
    })
    return docxs.map((_, k) => new Uint8Array(readFileSync(join(dir, 'out', `${k}.pdf`))))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
