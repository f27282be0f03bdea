import type { Context } from 'hono'
import type { BatchInput } from '../batch/convert-batch.ts'
import { ConvertError } from '../input/errors.ts'
import { bareMediaType, inputTypeOf, readAsOfDeclared } from '../input/media-types.ts'
import { MAX_BATCH_DOCUMENTS, type BatchItem } from '../schema/batch.ts'

/**
 * The body of POST /v1/convert/batch → one entry per document, in order: what to convert, or, for a
 * document that cannot be converted as sent (no content), its answer already. Only a body that is not a
 * batch at all fails the whole request; a bad document fails alone.
 */
export type BatchEntry = { input: BatchInput } | { rejected: BatchItem }


/** Strict base64 (white space allowed, as encoders wrap lines) → bytes; null if it is not base64. */
function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '')
  if (clean.length % 4 === 1 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null
  try {
    const binary = atob(clean)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  } catch {
    return null
  }
}

function rejected(id: string, error: ConvertError): BatchEntry {
  return { rejected: { id, ok: false, error: { code: error.code, message: error.message } } }
}

function entryOf(doc: unknown, index: number): BatchEntry {
  const record = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {}
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : String(index)
  const content = record.content
  if (typeof content !== 'string' || content.trim() === '') {
    return rejected(id, new ConvertError('missing_content', `Document ${index} has no "content" (the report text or HTML, or a PDF or .docx as base64).`))
  }
  const declared = typeof record.contentType === 'string' ? bareMediaType(record.contentType) : ''
  const said = readAsOfDeclared(declared)
  // A PDF or .docx: its `content` is base64 of the file's bytes, not text.
  if (said === 'bytes') {
    const bytes = fromBase64(content)
    if (!bytes) return rejected(id, new ConvertError('undecodable', `Document ${index} says ${declared}, but its "content" is not base64.`))
    return { input: { id, content: bytes } }
  }
  return { input: { id, content, inputType: inputTypeOf(said) } }
}

export async function readBatch(c: Context): Promise<BatchEntry[]> {
  const type = bareMediaType(c.req.header('content-type'))
  if (type !== 'application/json') {
    throw new ConvertError('unsupported_media_type', `A batch is sent as application/json, not ${type ? `"${type}"` : '(no Content-Type)'}.`)
  }
  // The request's own text, not Hono's cached copy: it must be garbage once parsed, while the answer streams.
  const text = await c.req.raw.text()
  if (text.trim() === '') throw new ConvertError('empty_body', 'The request body is empty; send {"documents": [{"id": "…", "content": "…"}, …]}.')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ConvertError('invalid_json', 'The body is not valid JSON; send {"documents": [{"id": "…", "content": "…"}, …]}.')
  }
  const documents = (json as { documents?: unknown } | null)?.documents
  if (!Array.isArray(documents) || documents.length === 0) {
    throw new ConvertError('invalid_batch', 'The body needs "documents": a non-empty array of {"id", "content", "contentType"?}.')
  }
  if (documents.length > MAX_BATCH_DOCUMENTS) {
    throw new ConvertError('too_many_documents', `A batch holds at most ${MAX_BATCH_DOCUMENTS} documents; this one has ${documents.length}. Split it.`, {
      limit: MAX_BATCH_DOCUMENTS,
      received: documents.length,
    })
  }
  return documents.map(entryOf)
}
