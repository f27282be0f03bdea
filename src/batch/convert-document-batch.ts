import { resolveLimits, type Limits } from '../limits/options.ts'
import type { BatchItem, BatchResponse } from '../schema/batch.ts'
import { batchResponse, overBudget, withLimits, type BatchInput, type BatchOptions } from './convert-batch.ts'
import { tryConvertDocument } from './try-convert-document.ts'

/** The next answer of a batch, converted when asked for; null after the last. */
export type NextDocument = () => Promise<BatchItem | null>

/**
 * The documents of a batch answered one at a time, in order, PDF and .docx among them: each slot of
 * `documents` is emptied as it is taken, so a caller that hands over its array keeps no document alive after
 * its turn, and a document past the batch's `maxBatchBytes` fails alone (`payload_too_large`), as do all after it.
 */
export function nextDocuments(documents: (BatchInput | undefined)[], options: BatchOptions = {}): NextDocument {
  const limits: Limits = resolveLimits(options.limits)
  const budget = overBudget(limits)
  let at = 0
  return async () => {
    while (at < documents.length) {
      const doc = documents[at]
      documents[at++] = undefined
      if (!doc) continue
      const refused = budget(doc)
      if (refused) return refused
      const { id, content, ...own } = doc
      return { id, ...(await tryConvertDocument(content, withLimits(own, limits, options.provenance))) }
    }
    return null
  }
}

/** convertBatch for any documents (SPEC §5): PDF and .docx are read by their module, loaded on first use. */
export async function convertDocumentBatch(documents: BatchInput[], options: BatchOptions = {}): Promise<BatchResponse> {
  const next = nextDocuments(documents.slice(), options)
  const results: BatchItem[] = []
  for (let item = await next(); item !== null; item = await next()) results.push(item)
  return batchResponse(results)
}
