import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync, strToU8 } from 'fflate'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convertDocument } from '../../src/convert-document.ts'
import { ConvertError } from '../../src/input/errors.ts'
import { ERROR_STATUS } from '../../src/routes/status.ts'
import { hasChromium, launchChromium } from '../support/chromium.ts'
import { pageHtml } from '../support/generator/html-page.ts'
import { seeded } from '../support/generator/random.ts'
import { generateReport } from '../support/generator/report.ts'
import { printImageOnlyPdf, printPdf } from '../support/pdf-print.ts'

/**
 * What cannot be read says so, with the code of SPEC §4: a scan, a password, too many pages, a Word 97–2003
 * file, a zip that is no .docx, a damaged PDF. The PDFs are made here as users' tools make them.
 */
async function codeOf(input: Uint8Array, limits = {}): Promise<string> {
  try {
    await convertDocument(input, { limits })
    return 'converted'
  } catch (error) {
    return error instanceof ConvertError ? `${ERROR_STATUS[error.code]} ${error.code}` : `thrown ${String(error)}`
  }
}

const hasQpdf = existsSync('/usr/bin/qpdf')
let browser: Browser
let report: Uint8Array
let html: string
beforeAll(async () => {
  const r = seeded(42)
  html = pageHtml(r, generateReport(r, { allowEmpty: false, resultsLabel: 'span' }).doc, 'official')
  if (!hasChromium) return
  browser = await launchChromium()
  report = await printPdf(browser, html, { landscape: true })
})
afterAll(async () => browser?.close())

describe.skipIf(!hasChromium)('PDFs that cannot be read', () => {
  it('a PDF of page images (a scan) answers 422 no_text_layer', async () => {
    expect(await codeOf(await printImageOnlyPdf(browser, html))).toBe('422 no_text_layer')
  })

  it('more pages than MAX_PDF_PAGES answers 413 too_many_pages', async () => {
    expect(await codeOf(report)).toBe('converted')
    expect(await codeOf(report, { maxPdfPages: 1 })).toBe('413 too_many_pages')
  })

  it.skipIf(!hasQpdf)('a PDF locked with a password (qpdf --encrypt) answers 422 encrypted_document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-pdf-'))
    writeFileSync(join(dir, 'plain.pdf'), report)
    execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', join(dir, 'plain.pdf'), join(dir, 'locked.pdf')])
    expect(await codeOf(new Uint8Array(readFileSync(join(dir, 'locked.pdf'))))).toBe('422 encrypted_document')
  })

  it('a damaged PDF answers 400 undecodable', async () => {
    expect(await codeOf(report.slice(0, 2000))).toBe('400 undecodable')
  })
})

describe('Word files that cannot be read', () => {
  it('a zip without word/document.xml answers 415 unsupported_media_type', async () => {
    expect(await codeOf(zipSync({ 'content.xml': strToU8('<x/>') }))).toBe('415 unsupported_media_type')
  })

  it('an OLE compound file: 415 for a Word 97–2003 .doc, 422 encrypted_document when it holds EncryptionInfo', async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
    const doc = new Uint8Array(4096)
    doc.set(header)
    expect(await codeOf(doc)).toBe('415 unsupported_media_type')
    // Office keeps a locked .docx in a compound file with an `EncryptionInfo` stream (its name in UTF-16LE).
    const locked = new Uint8Array(4096)
    locked.set(header)
    locked.set([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]), 1024)
    expect(await codeOf(locked)).toBe('422 encrypted_document')
  })

  it('a zip bomb: word/document.xml declared past the bound is refused before it is inflated', async () => {
    const big = zipSync({ 'word/document.xml': new Uint8Array(17 * 1024 * 1024) }, { level: 9 })
    expect(big.byteLength).toBeLessThan(100_000)
    expect(await codeOf(big)).toBe('413 payload_too_large')
  })
})
