import { WorkerEntrypoint } from 'cloudflare:workers'
import { convertDocumentBatch } from './batch/convert-document-batch.ts'
import { tryConvertDocument } from './batch/try-convert-document.ts'
import { inputTypeOf as declaredInputType, readAsOfDeclared } from './input/media-types.ts'
import type { InputType } from './input/sniff.ts'
import { limitsFromVars, type Limits } from './limits/options.ts'
import type { BatchResponse, ConvertResult } from './schema/batch.ts'

/** What an RPC caller sends for one report: the text or bytes, and what it knows of them. */
export interface RpcInput {
  content: string | Uint8Array | ArrayBuffer
  /** `text/html` or `text/plain` (or `html` / `text`); sniffed when absent. */
  contentType?: string
  /** The charset of byte content; else `<meta>`, else UTF-8. */
  charset?: string
  /** Where each number was read (the report's `provenance`); true by default, false leaves it out. */
  provenance?: boolean
}

function inputTypeOf(contentType: string | undefined): InputType | undefined {
  return declaredInputType(readAsOfDeclared(contentType))
}

/** The operator's settings, read per call as the routes read them per request (not a method: every method is callable over RPC). */
const limitsOf = (env: unknown): Limits => limitsFromVars(env as Record<string, unknown> | undefined)

const contentOf = (content: RpcInput['content']) => (content instanceof ArrayBuffer ? new Uint8Array(content) : content)

/**
 * The service binding: another Worker of the same account calls the converter over RPC, without HTTP,
 * with its wrangler config saying `services = [{ binding = "XXGK", service = "xxgk-json", entrypoint =
 * "Converter" }]`. Errors come back as values (`ok: false` with the code of SPEC §4), since an Error
 * crossing RPC keeps its message but not its code. The bounds are the routes' own: wrangler.toml `[vars]`.
 */
export class Converter extends WorkerEntrypoint {
  convert(input: RpcInput): Promise<ConvertResult> {
    return tryConvertDocument(contentOf(input.content), { inputType: inputTypeOf(input.contentType), charset: input.charset ?? null, limits: limitsOf(this.env), provenance: input.provenance })
  }

  /**
   * Many reports, answered as POST /v1/convert/batch answers them. No limit of 100 (there is no body to bound),
   * but MAX_BATCH_BODY_BYTES for the documents' bytes together: those past it fail alone, `payload_too_large`.
   */
  convertBatch(documents: (RpcInput & { id: string })[]): Promise<BatchResponse> {
    return convertDocumentBatch(
      documents.map((d) => ({ id: d.id, content: contentOf(d.content), inputType: inputTypeOf(d.contentType), charset: d.charset ?? null, provenance: d.provenance })),
      { limits: limitsOf(this.env) },
    )
  }
}
