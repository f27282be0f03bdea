import { Hono } from 'hono'
import { convertDocumentBatch } from '../batch/convert-document-batch.ts'
import { batchToCsv } from '../csv/write.ts'
import type { BatchItem, BatchResponse } from '../schema/batch.ts'
import type { AppEnv } from './env.ts'
import { answerFormat, csvResponse } from './format.ts'
import { limitBodyTo, maxBodyBytes } from './limits.ts'
import { readBatch } from './read-batch.ts'

/** A batch may be larger than one report; its own limit (wrangler.toml MAX_BATCH_BODY_BYTES), 25 MiB by default. */
export const DEFAULT_MAX_BATCH_BODY_BYTES = 25 * 1024 * 1024

/** POST /v1/convert/batch (SPEC §5): every document answered in order, and the cross-year check of SPEC §3.5. */
export const batchRoute = new Hono<AppEnv>().post(
  '/',
  (c, next) => limitBodyTo(maxBodyBytes(c.env?.MAX_BATCH_BODY_BYTES, DEFAULT_MAX_BATCH_BODY_BYTES))(c, next),
  async (c) => {
    const format = answerFormat(c)
    const entries = await readBatch(c)
    const inputs = entries.flatMap((e) => ('input' in e ? [e.input] : []))
    const converted = await convertDocumentBatch(inputs)
    const answers = converted.results.values()
    const results: BatchItem[] = entries.map((e) => ('input' in e ? (answers.next().value as BatchItem) : e.rejected))
    const internal = results.filter((r) => !r.ok && r.status >= 500).length
    if (internal > 0) console.error(`internal error on ${internal} batch document(s) request=${c.get('requestId') ?? '-'}`)
    const failed = results.filter((r) => !r.ok).length
    const answer: BatchResponse = {
      results,
      crossYear: converted.crossYear,
      summary: { documents: results.length, converted: results.length - failed, failed },
    }
    return format === 'csv' ? csvResponse(c, batchToCsv(results)) : c.json(answer)
  },
)
