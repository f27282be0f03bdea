import { checkCrossYear, type YearReport } from '../checks/cross-year.ts'
import type { ConvertOptions } from '../convert.ts'
import type { BatchItem, BatchResponse } from '../schema/batch.ts'
import { tryConvert } from './try-convert.ts'

export interface BatchInput extends ConvertOptions {
  /** The caller's name for the document; echoed in its answer. */
  id: string
  content: string | Uint8Array
}

/**
 * Many reports at once (SPEC §5): each answered in order by its report or its error, and, where one organ's
 * reports for consecutive years are among them, the cross-year check of SPEC §3.5. The size limit is the
 * caller's (the HTTP route enforces MAX_BATCH_DOCUMENTS; the CLI and library take any number).
 */
export function convertBatch(documents: BatchInput[]): BatchResponse {
  const results: BatchItem[] = documents.map(({ id, content, ...options }) => ({ id, ...tryConvert(content, options) }))
  const converted: YearReport[] = results.flatMap((r) => (r.ok ? [{ id: r.id, report: r.report }] : []))
  return {
    results,
    crossYear: checkCrossYear(converted),
    summary: { documents: results.length, converted: converted.length, failed: results.length - converted.length },
  }
}
