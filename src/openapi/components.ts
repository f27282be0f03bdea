import { z } from 'zod'
import { ERROR_CODES } from '../input/errors.ts'
import { BatchDocument, BatchRequest, BatchResponse, ConvertResult } from '../schema/batch.ts'
import { Provenance } from '../schema/provenance.ts'
import { ConvertedReport } from '../schema/report.ts'

/** POST /v1/convert's JSON form (SPEC §2): a batch document without its id. */
export const ConvertRequest = BatchDocument.omit({ id: true }).meta({ description: 'The report as a JSON string.' })

/**
 * The error envelope of SPEC §4 as callers receive it: a code from the fixed list, a sentence, the request id,
 * and for some codes a fact more (`year` of a pre-2019 report, `limit` and `received` of a batch too large).
 */
export const ErrorEnvelope = z.object({
  error: z.looseObject({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    requestId: z.string().optional(),
  }),
})

/** The schemas that the OpenAPI document names under components/schemas, each generated from zod. */
const registry = z.registry<{ id: string }>()
registry.add(ConvertedReport, { id: 'ConvertedReport' })
registry.add(Provenance, { id: 'Provenance' })
registry.add(ConvertRequest, { id: 'ConvertRequest' })
registry.add(BatchDocument, { id: 'BatchDocument' })
registry.add(BatchRequest, { id: 'BatchRequest' })
registry.add(BatchResponse, { id: 'BatchResponse' })
registry.add(ConvertResult, { id: 'ConvertResult' })
registry.add(ErrorEnvelope, { id: 'Error' })

/**
 * OpenAPI 3.1's Schema Object is JSON Schema 2020-12, which is what z.toJSONSchema writes; the document
 * states the dialect once, so each component drops its own `$schema`, and the `$id` that zod derives from
 * the reference URI (a fragment, which 2020-12 does not allow in `$id`).
 */
export function componentSchemas(): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` })
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>
      return [id, rest]
    }),
  )
}
