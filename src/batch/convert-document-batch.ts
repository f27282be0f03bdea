import { checkCrossYear, type YearReport } from '../checks/cross-year.ts'
import type { BatchItem, BatchResponse } from '../schema/batch.ts'
import type { BatchInput } from './convert-batch.ts'
import { tryConvertDocument } from './try-convert-document.ts'

/**
 * convertBatch for any documents, PDF and .docx among them: each answered in order (one after another, so a
 * batch of PDFs holds one PDF in memory at a time), and the cross-year check of SPEC §3.5.
 */
export async function convertDocumentBatch(documents: BatchInput[]): Promise<BatchResponse> {
  const results: BatchItem[] = []
  for (const { id, content, ...options } of documents) results.push({ id, ...(await tryConvertDocument(content, options)) })
  const converted: YearReport[] = results.flatMap((r) => (r.ok ? [{ id: r.id, report: r.report }] : []))
  return {
    results,
    crossYear: checkCrossYear(converted),
    summary: { documents: results.length, converted: converted.length, failed: results.length - converted.length },
  }
}
