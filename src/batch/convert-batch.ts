import { checkCrossYear, type YearReport } from '../checks/cross-year.ts'
import type { ConvertOptions } from '../convert.ts'
import { ConvertError } from '../input/errors.ts'
import { utf8Length } from '../input/size.ts'
import { resolveLimits, type Limits } from '../limits/options.ts'
import type { BatchItem, BatchResponse } from '../schema/batch.ts'
import { valueAt } from '../schema/paths.ts'
import { tryConvert } from './try-convert.ts'

export interface BatchInput extends ConvertOptions {
  /** The caller's name for the document; echoed in its answer. */
  id: string
  /** Text or HTML, or the bytes of any document (a PDF or .docx is read by convertDocumentBatch). */
  content: string | Uint8Array
}

export interface BatchOptions {
  /** Bounds for every document (src/limits/options.ts), and `maxBatchBytes` for their bytes together. */
  limits?: Partial<Limits>
  /** Where each number was read (SPEC §3 `provenance`), for every document that does not say; true by default. */
  provenance?: boolean
}

/** A document's own bounds, where it sets them, over the batch's. */
const defined = (limits: Partial<Limits> | undefined) => Object.fromEntries(Object.entries(limits ?? {}).filter(([, v]) => v !== undefined))

const byteLength = (content: string | Uint8Array) => (typeof content === 'string' ? utf8Length(content) : content.byteLength)

/** A document's options with the batch's bounds under the document's own. */
export function withLimits(own: ConvertOptions, limits: Limits, provenance?: boolean): ConvertOptions {
  return { ...own, limits: { ...limits, ...defined(own.limits) }, provenance: own.provenance ?? provenance }
}

/** One document of a batch → its answer, with the batch's bounds under the document's own. */
export function convertOne(doc: BatchInput, limits: Limits, provenance?: boolean): BatchItem {
  const { id, content, ...own } = doc
  return { id, ...tryConvert(content, withLimits(own, limits, provenance)) }
}

/**
 * The batch's byte budget, spent document by document: the answer for a document that takes the batch past
 * `maxBatchBytes` (`payload_too_large`, not converted), or null.
 */
export function overBudget(limits: Limits): (doc: BatchInput) => BatchItem | null {
  let bytes = 0
  return (doc) => {
    bytes += byteLength(doc.content)
    if (bytes <= limits.maxBatchBytes) return null
    const error = new ConvertError('payload_too_large', `The batch's documents are larger than ${limits.maxBatchBytes} bytes together; this one was not converted.`, { limit: limits.maxBatchBytes })
    return { id: doc.id, ok: false, error: { code: error.code, message: error.message } }
  }
}

/**
 * Each document answered by its report or its error, one at a time, in order. The slots of `documents` are
 * emptied as they are taken, so a caller that hands over its array keeps no document alive after its turn:
 * a batch then needs the memory of its inputs and of one conversion, not of all its answers. A document
 * that would take the batch past `maxBatchBytes` fails alone (`payload_too_large`), as do all after it.
 */
export function* convertEach(documents: (BatchInput | undefined)[], options: BatchOptions = {}): Generator<BatchItem> {
  const limits = resolveLimits(options.limits)
  const budget = overBudget(limits)
  for (let i = 0; i < documents.length; i++) {
    const doc = documents[i]
    documents[i] = undefined
    if (!doc) continue
    yield budget(doc) ?? convertOne(doc, limits, options.provenance)
  }
}

/** What the cross-year check reads of a report, kept instead of the whole report (its narrative can be megabytes). */
export function yearOf(item: BatchItem): YearReport | null {
  if (!item.ok) return null
  const { report } = item.report
  const rows = { carriedOver: valueAt(item.report, 'applications.rows.carriedOver'), carriedForward: valueAt(item.report, 'applications.rows.carriedForward') }
  const slim = { report, applications: item.report.applications ? { rows } : null }
  return { id: item.id, report: slim as YearReport['report'] }
}

/** A batch's tally (SPEC §5), the same for every face that answers one. */
export function batchSummary(documents: number, converted: number): BatchResponse['summary'] {
  return { documents, converted, failed: documents - converted }
}

/** The answers of a batch, in order → its whole answer: the cross-year check of SPEC §3.5 and the tally. */
export function batchResponse(results: BatchItem[]): BatchResponse {
  const converted = results.flatMap((r) => yearOf(r) ?? [])
  return { results, crossYear: checkCrossYear(converted), summary: batchSummary(results.length, converted.length) }
}

/**
 * Many reports at once (SPEC §5): each answered in order by its report or its error, and, where one organ's
 * reports for consecutive years are among them, the cross-year check of SPEC §3.5. The count is the caller's
 * to bound (the HTTP route enforces MAX_BATCH_DOCUMENTS; the CLI and library take any number); the bytes
 * are bounded by `maxBatchBytes`.
 */
export function convertBatch(documents: BatchInput[], options: BatchOptions = {}): BatchResponse {
  return batchResponse([...convertEach(documents.slice(), options)])
}
