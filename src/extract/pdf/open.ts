import { ConvertError } from '../../input/errors.ts'
import type { Limits } from '../../limits/options.ts'
import { CMapFactory } from './cmaps.ts'
import { dropLayoutSpaces, type Item, type Page } from './items.ts'
import { pageLines } from './lines.ts'
import { unifyRadicals } from './radicals.ts'
import { COLUMN_GAP } from './regions.ts'
import { pageRules, type Rule } from './rules.ts'

/**
 * A PDF's bytes → its pages' text items and ruling lines, through PDF.js (the build that unpdf makes for
 * serverless runtimes: no worker thread, no DOM). The text layer, and the operator list of pages whose text
 * stands in columns (for the borders of their tables); nothing is rendered.
 */

/** The bottom share of a page where a running foot stands. */
const FOOT_BAND = 0.15
/** Most text items read from one page; a report's densest page holds under 1,000. */
export const MAX_PAGE_ITEMS = 20_000

interface TextItem {
  str: string
  transform: number[]
  width: number
  height: number
  dir: string
}

type PdfJs = typeof import('unpdf/pdfjs')

let pdfjs: Promise<PdfJs> | undefined

/**
 * PDF.js 5 hands fonts over with ArrayBuffer.prototype.transferToFixedLength (ES2024: workerd, browsers, Node
 * 21+). Node 20 lacks it, and PDF.js then drops the rest of a page's operator list, borders included, without
 * a word. Where it is missing it is added, as the standard defines its result (a copy of the first bytes).
 */
function ensureTransfer() {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer }
  if (typeof proto.transferToFixedLength === 'function') return
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value(this: ArrayBuffer, length?: number) {
      return this.slice(0, length ?? this.byteLength)
    },
    writable: true,
    configurable: true,
  })
}

function loadPdfJs(): Promise<PdfJs> {
  ensureTransfer()
  pdfjs ??= import('unpdf/pdfjs')
  return pdfjs
}

/** PDF.js names its failures by class: a password, a file that is not a PDF, a broken one. */
function failure(error: unknown): ConvertError {
  const name = (error as { name?: string } | null)?.name ?? ''
  if (name === 'PasswordException') {
    return new ConvertError('encrypted_document', 'The PDF is protected by a password; send it without the password.')
  }
  return new ConvertError('undecodable', 'The PDF could not be read: it is damaged or not a PDF.')
}

export interface PdfText {
  pages: Page[]
  /** Text items drawn top to bottom (a vertical label): PDF.js loses most of their glyphs, so they are left out. */
  verticalItems: number
}

/**
 * Whether a page's text stands in columns on two lines or more (a table's rows), or the page before ended in a
 * table (its last rows may stand here, one line of them): only such a page is worth its operator list, which
 * costs PDF.js about as much again as the text layer.
 */
function mayHoldTable(page: Page, tableGoesOn: boolean): boolean {
  return tableGoesOn || pageLines(page).filter((l) => l.segments.length >= 2 && l.widestGap >= COLUMN_GAP).length >= 2
}

/** Whether a page's ruled lines reach below all its text but what stands in the bottom margin (a running foot). */
function endsInTable(page: Page, rules: readonly Rule[]): boolean {
  if (rules.length === 0) return false
  const foot = Math.max(...rules.map((r) => (r.horizontal ? r.at : r.b)))
  return page.items.every((i) => i.top < foot || i.top > (1 - FOOT_BAND) * page.height)
}

function readRules(list: { fnArray: number[]; argsArray: unknown[] }, ops: PdfJs['OPS'], view: number[]) {
  return pageRules(list.fnArray, list.argsArray, ops, view)
}

export async function readPdfText(bytes: Uint8Array, limits: Pick<Limits, 'maxPdfPages'>): Promise<PdfText> {
  const { getDocument, OPS } = await loadPdfJs()
  // PDF.js takes ownership of the buffer it is given, and refuses a Node Buffer: a plain copy suits both.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: 'cmaps/',
    cMapPacked: true,
    BinaryDataFactory: CMapFactory,
  } as Parameters<PdfJs['getDocument']>[0])
  let doc
  try {
    doc = await task.promise
  } catch (error) {
    await task.destroy()
    throw failure(error)
  }
  try {
    if (doc.numPages > limits.maxPdfPages) {
      throw new ConvertError('too_many_pages', `The PDF has ${doc.numPages} pages; at most ${limits.maxPdfPages} are read (a report has 5 to 20).`, {
        limit: limits.maxPdfPages,
        pages: doc.numPages,
      })
    }
    const pages: Page[] = []
    let verticalItems = 0
    let tableGoesOn = false
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view
      const height = y1 - y0
      const content = await page.getTextContent()
      if (content.items.length > MAX_PAGE_ITEMS) {
        throw new ConvertError('too_many_cells', `Page ${n} of the PDF holds more than ${MAX_PAGE_ITEMS} pieces of text.`, { limit: MAX_PAGE_ITEMS })
      }
      const items: Item[] = []
      for (const raw of content.items as TextItem[]) {
        if (typeof raw.str !== 'string' || raw.str.trim() === '') continue
        if (raw.dir === 'ttb') {
          verticalItems++
          continue
        }
        const [, , , , e = 0, f = 0] = raw.transform
        const h = Math.abs(raw.height) || Math.hypot(raw.transform[2] ?? 0, raw.transform[3] ?? 0)
        const text = dropLayoutSpaces(unifyRadicals(raw.str.trim()))
        if (text === '') continue
        items.push({ text, x: e - x0, top: y1 - f - h, w: Math.abs(raw.width), h })
      }
      // The borders of the page's tables: only where text stands apart on a line (a prose page draws none we need).
      const textPage: Page = { number: n, width: x1 - x0, height, items }
      const rules = mayHoldTable(textPage, tableGoesOn) ? readRules(await page.getOperatorList({ intent: 'display' }), OPS, page.view) : []
      tableGoesOn = endsInTable(textPage, rules)
      page.cleanup()
      pages.push({ number: n, width: x1 - x0, height, items, rules })
    }
    return { pages, verticalItems }
  } catch (error) {
    if (error instanceof ConvertError) throw error
    throw failure(error)
  } finally {
    await task.destroy()
  }
}
