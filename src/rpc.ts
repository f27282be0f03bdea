import { WorkerEntrypoint } from 'cloudflare:workers'
import { convertDocumentBatch } from './batch/convert-document-batch.ts'
import { tryConvertDocument } from './batch/try-convert-document.ts'
import type { InputType } from './input/sniff.ts'
import type { BatchResponse, ConvertResult } from './schema/batch.ts'

/** What an RPC caller sends for one report: the text or bytes, and what it knows of them. */
export interface RpcInput {
  content: string | Uint8Array | ArrayBuffer
  /** `text/html` or `text/plain` (or `html` / `text`); sniffed when absent. A PDF or .docx (bytes) is recognised by its bytes. */
  contentType?: string
  /** The charset of byte content; else `<meta>`, else UTF-8. */
  charset?: string
}

function inputTypeOf(contentType: string | undefined): InputType | undefined {
  const type = (contentType ?? '').toLowerCase()
  return type.includes('html') ? 'html' : type === 'text' || type.startsWith('text/plain') ? 'text' : undefined
}

const contentOf = (content: RpcInput['content']) => (content instanceof ArrayBuffer ? new Uint8Array(content) : content)

/**
 * The service binding: another Worker of the same account calls the converter over RPC, without HTTP,
 * with its wrangler config saying `services = [{ binding = "XXGK", service = "xxgk-json", entrypoint =
 * "Converter" }]`. Errors come back as values (`ok: false` with the code of SPEC §4), since an Error
 * crossing RPC keeps its message but not its code.
 */
export class Converter extends WorkerEntrypoint {
  convert(input: RpcInput): Promise<ConvertResult> {
    return tryConvertDocument(contentOf(input.content), { inputType: inputTypeOf(input.contentType), charset: input.charset ?? null })
  }

  /** Many reports, answered as POST /v1/convert/batch answers them (no limit of 100: no body to bound). */
  convertBatch(documents: (RpcInput & { id: string })[]): Promise<BatchResponse> {
    return convertDocumentBatch(
      documents.map((d) => ({ id: d.id, content: contentOf(d.content), inputType: inputTypeOf(d.contentType), charset: d.charset ?? null })),
    )
  }
}
