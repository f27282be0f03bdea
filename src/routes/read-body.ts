import type { Context } from 'hono'
import type { InputType } from '../input/sniff.ts'
import { ConvertError } from '../input/errors.ts'
import { inputTypeOf, readAsOfDeclared, readAsOfFileName, readAsOfMediaType, REPORT_MEDIA_TYPES } from '../input/media-types.ts'

/**
 * The HTTP forms of SPEC §2 → what the converter takes: bytes or text, the declared charset, and the
 * input type when the sender said it. Only this file knows about Content-Type.
 */
export interface Body {
  content: Uint8Array | string
  charset: string | null
  inputType: InputType | undefined
}

/** The report's own types (src/input/media-types.ts), then the forms that wrap it. */
export const ACCEPTED_TYPES = [...Object.keys(REPORT_MEDIA_TYPES), 'application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'] as const

function mediaType(header: string | undefined): { type: string; charset: string | null } {
  const [type = '', ...params] = (header ?? '').split(';')
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean) ?? null
  return { type: type.trim().toLowerCase(), charset }
}

/** An uploaded file: its name says what it is, else its declared type. */
function typeOfFile(name: string, type: string): InputType | undefined {
  return inputTypeOf(readAsOfFileName(name) ?? readAsOfMediaType(type))
}

function nonEmpty(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength === 0) throw new ConvertError('empty_body', 'The request body is empty; post the report as text, HTML or JSON.')
  return bytes
}

function field(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConvertError('missing_content', 'The field "content" (the report text or HTML) is missing or empty.')
  }
  return value
}

async function fromForm(c: Context, multipart: boolean): Promise<Body> {
  let form: Record<string, string | File | (string | File)[]>
  try {
    form = await c.req.parseBody({ all: false })
  } catch {
    throw new ConvertError('missing_content', 'The form could not be read; send the report in a field named "content" or "file".')
  }
  const file = form.file
  if (multipart && file instanceof File && file.size > 0) {
    return { content: new Uint8Array(await file.arrayBuffer()), charset: mediaType(file.type).charset, inputType: typeOfFile(file.name, file.type) }
  }
  return { content: field(form.content), charset: null, inputType: undefined }
}

async function fromJson(c: Context): Promise<Body> {
  const raw = nonEmpty(new Uint8Array(await c.req.arrayBuffer()))
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(raw))
  } catch {
    throw new ConvertError('invalid_json', 'The body is not valid JSON; send {"content": "...", "contentType"?: "text/html" | "text/plain"}.')
  }
  const record = (json ?? {}) as Record<string, unknown>
  const content = field(typeof json === 'object' ? record.content : undefined)
  const inputType = inputTypeOf(readAsOfDeclared(typeof record.contentType === 'string' ? record.contentType : null))
  return { content, charset: null, inputType }
}

export async function readBody(c: Context): Promise<Body> {
  const { type, charset } = mediaType(c.req.header('content-type'))
  const said = readAsOfMediaType(type)
  if (said !== undefined) {
    // For PDF and .docx the bytes decide (src/convert-document.ts): a file is recognised by what it holds.
    return { content: nonEmpty(new Uint8Array(await c.req.arrayBuffer())), charset: said === 'bytes' ? null : charset, inputType: inputTypeOf(said) }
  }
  switch (type) {
    case 'application/json':
      return fromJson(c)
    case 'multipart/form-data':
      return fromForm(c, true)
    case 'application/x-www-form-urlencoded':
      return fromForm(c, false)
    default:
      throw new ConvertError(
        'unsupported_media_type',
        `Content-Type ${type ? `"${type}"` : '(none)'} is not accepted; use one of ${ACCEPTED_TYPES.join(', ')}.`,
      )
  }
}
