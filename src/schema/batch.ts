import { z } from 'zod'
import { DOCX_TYPE } from '../input/media-types.ts'
import { Check, ConvertedReport } from './report.ts'

/** The most documents one batch may hold (SPEC §5); more is answered 413 `too_many_documents`. */
export const MAX_BATCH_DOCUMENTS = 100

/** One document of a batch: the `application/json` form of SPEC §2, with an id to find its answer by. */
export const BatchDocument = z
  .object({
    id: z.string().optional().meta({ description: 'Your name for the document, echoed in its answer; the index ("0", "1", …) when absent.' }),
    content: z.string().min(1).meta({ description: 'The report as HTML or pasted text; for a PDF or .docx, its bytes as base64.' }),
    contentType: z
      .enum(['text/html', 'text/plain', 'application/pdf', DOCX_TYPE])
      .optional()
      .meta({ description: 'Sniffed from the content when absent; a PDF or .docx must say so (its content is base64).' }),
  })
  .meta({ description: 'One report of a batch.' })
export type BatchDocument = z.infer<typeof BatchDocument>

export const BatchRequest = z
  .object({ documents: z.array(BatchDocument).min(1).max(MAX_BATCH_DOCUMENTS) })
  .meta({ description: `Up to ${MAX_BATCH_DOCUMENTS} reports, answered in order.` })

/** What a caller gets for one document, over HTTP (batch), RPC or the library: the report, or why not. */
export const ErrorDetail = z.object({ code: z.string(), message: z.string() })

// No HTTP status: the code says what went wrong, and a batch's answer is one HTTP answer (200) whatever its documents' fate.
export const ConvertSuccess = z.object({ ok: z.literal(true), report: ConvertedReport })
export const ConvertFailure = z.object({ ok: z.literal(false), error: ErrorDetail })
export const ConvertResult = z.discriminatedUnion('ok', [ConvertSuccess, ConvertFailure])
export type ConvertResult = z.infer<typeof ConvertResult>

export const BatchItem = z
  .discriminatedUnion('ok', [ConvertSuccess.extend({ id: z.string() }), ConvertFailure.extend({ id: z.string() })])
  .meta({ description: 'The answer for one document: its report, or its error.' })
export type BatchItem = z.infer<typeof BatchItem>

/** SPEC §3.5 across reports: `carriedForward` of year Y against `carriedOver` of year Y+1, per column. */
export const CrossYearCheck = Check.extend({
  organ: z.string(),
  years: z.tuple([z.number().int(), z.number().int()]),
  documents: z.tuple([z.string(), z.string()]).meta({ description: 'The ids of the year-Y and year-Y+1 documents.' }),
})
export type CrossYearCheck = z.infer<typeof CrossYearCheck>

export const BatchResponse = z
  .object({
    results: z.array(BatchItem),
    crossYear: z.array(CrossYearCheck),
    summary: z.object({ documents: z.number().int(), converted: z.number().int(), failed: z.number().int() }),
  })
  
export type BatchResponse = z.infer<typeof BatchResponse>
