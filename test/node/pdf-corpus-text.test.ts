import { describe, expect, it } from 'vitest'
import { convertReport } from '../../src/convert.ts'
import { inventedNumbers, leaves, valueAt } from '../support/oracle.ts'
import { PDF_CORPUS, pdfCases } from '../support/pdf-corpus.ts'
import { hasPdftotext, pdftotext, PDFTOTEXT, type PdfOrder } from '../support/tools/pdftotext.ts'

/**
 * The real PDFs' text as a PDF viewer gives it (pdftotext in its three orders), pasted as text: what a user
 * holding only the PDF and a viewer sends. No order may put a number in a wrong cell. In -layout and -raw every
 * cell of the three tables is read: hongze's 2021-format tables print （六）其他处理 as one row of its own, the
 * 2019 way, and its seven figures are the group's, neither its rows' cells nor a wrap's pieces beside （七）总计.
 * Reading order is reported, not required: its tables come out in blocks (docs/engine.md, Open).
 */
const cases = hasPdftotext ? pdfCases() : []
if (cases.length === 0) console.log(`skipped: no real PDFs at ${PDF_CORPUS} or no ${PDFTOTEXT}`)

const TABLES = ['activeDisclosure', 'applications', 'reviewLitigation'] as const
const ORDERS: readonly PdfOrder[] = ['layout', 'raw', 'default']
/** The orders that must read every cell. */
const WHOLE: ReadonlySet<PdfOrder> = new Set(['layout', 'raw'])

describe.skipIf(cases.length === 0).each(cases)('$name, its PDF through pdftotext', ({ name, bytes, expected }) => {
  it.each(ORDERS)('%s: no wrong number; -layout and -raw read every cell', (order) => {
    const report = convertReport(pdftotext(bytes, order))
    expect(inventedNumbers(expected, report)).toEqual([])
    const cells = TABLES.flatMap((t) => leaves(expected[t], t))
    const unread = cells.filter(([path, want]) => valueAt(report, path) !== want).map(([path]) => path)
    console.log(`${name} ${order}: ${cells.length - unread.length}/${cells.length} cells`)
    if (WHOLE.has(order)) expect(unread).toEqual([])
  })
})
