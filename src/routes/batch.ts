import { Hono } from 'hono'
import { batchCsvPieces, batchJsonPieces, type NextItem } from '../batch/batch-answer.ts'
import { nextDocuments } from '../batch/convert-document-batch.ts'
import type { Limits } from '../limits/options.ts'
import type { AppEnv } from './env.ts'
import { answerFormat, wantsProvenance } from './format.ts'
import { limitBodyTo, limitsFromEnv } from './limits.ts'
import { readBatch, type BatchEntry } from './read-batch.ts'
import { streamOf } from './stream-pieces.ts'

/**
 * Each entry's answer in turn, converted when asked for (a PDF or .docx too); its slot is emptied, so a
 * document is let go once answered.
 */
function answers(entries: (BatchEntry | undefined)[], limits: Limits, provenance: boolean, requestId: string): NextItem {
  // The documents that can be converted, in a list of their own that the converter empties as it goes.
  const inputs = entries.map((e) => (e && 'input' in e ? e.input : undefined))
  const convert = nextDocuments(inputs, { limits, provenance })
  let at = 0
  let internal = 0
  return async () => {
    while (at < entries.length) {
      const entry = entries[at]
      entries[at++] = undefined
      if (!entry) continue
      const item = 'rejected' in entry ? entry.rejected : await convert()
      if (!item) continue
      if (!item.ok && item.error.code === 'internal') internal++
      return item
    }
    if (internal > 0) console.error(`internal error on ${internal} batch document(s) request=${requestId}`)
    internal = 0
    return null
  }
}

/**
 * POST /v1/convert/batch (SPEC §5): every document answered in order, and the cross-year check of SPEC §3.5.
 * The body is bounded by MAX_BATCH_BODY_BYTES; the answer is streamed, a document converted as the client
 * reads the one before, so that a batch needs the memory of its body and of one conversion
 * (docs/measured/hostile.md).
 */
export const batchRoute = new Hono<AppEnv>().post(
  '/',
  (c, next) => limitBodyTo(limitsFromEnv(c.env).maxBatchBytes)(c, next),
  async (c) => {
    const format = answerFormat(c)
    const provenance = wantsProvenance(c) && format === 'json'
    const limits = limitsFromEnv(c.env)
    const entries: (BatchEntry | undefined)[] = await readBatch(c)
    const items = answers(entries, limits, provenance, c.get('requestId') ?? '-')
    if (format === 'csv') return c.body(streamOf(batchCsvPieces(items)), 200, { 'Content-Type': 'text/csv; charset=utf-8' })
    return c.body(streamOf(batchJsonPieces(items)), 200, { 'Content-Type': 'application/json' })
  },
)
