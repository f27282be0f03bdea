import { convertReport, readGrid, type ConvertOptions } from './convert.ts'
import { assertSize } from './input/size.ts'
import { resolveLimits } from './limits/options.ts'
import { loadReaders } from './load-readers.ts'
import { sniffDocumentType } from './input/sniff.ts'
import type { ConvertedReport } from './schema/report.ts'

/**
 * Any report, whatever it was published as — text, HTML, PDF or a .docx — → the validated JSON of SPEC §3.
 * A PDF or Word file is recognised by its bytes (SPEC §2) and read by a module loaded on first use; text and
 * HTML go to `convertReport` as they always did. Asynchronous because PDF.js is.
 */
export async function convertDocument(input: string | Uint8Array | ArrayBuffer, options: ConvertOptions = {}): Promise<ConvertedReport> {
  const content = input instanceof ArrayBuffer ? new Uint8Array(input) : input
  const kind = typeof content === 'string' ? null : sniffDocumentType(content)
  if (kind === null || typeof content === 'string') return convertReport(content, options)
  const limits = resolveLimits(options.limits)
  assertSize(content, limits.maxBytes)
  const readers = await loadReaders()
  const extracted = kind === 'pdf' ? await readers.extractPdf(content, limits) : readers.extractDocx(content, limits)
  return readGrid(extracted, limits, options.provenance ?? true)
}
