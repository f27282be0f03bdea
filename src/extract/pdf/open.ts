import { ConvertError } from '../../input/errors.ts'
import type { Limits } from '../../limits/options.ts'
import { CMapFactory } from './cmaps.ts'
import { dropLayoutSpaces, type Item, type Page } from './items.ts'
import { unifyRadicals } from './radicals.ts'

/**
 * A PDF's bytes → its pages' text items, through PDF.js (the build that unpdf makes for serverless
 * runtimes: no worker thread, no DOM). Only the text layer is read: no operator list, no rendering.
 */

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

function loadPdfJs(): Promise<PdfJs> {
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

export async function readPdfText(bytes: Uint8Array, limits: Pick<Limits, 'maxPdfPages'>): Promise<PdfText> {
  const { getDocument } = await loadPdfJs()
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
      page.cleanup()
      pages.push({ number: n, width: x1 - x0, height, items })
    }
    return { pages, verticalItems }
  } catch (error) {
    if (error instanceof ConvertError) throw error
    throw failure(error)
  } finally {
    await task.destroy()
  }
}
