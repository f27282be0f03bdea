import type { InputType } from './sniff.ts'

/**
 * How a report says what it is, by media type (HTTP, JSON, RPC) or by file name (an upload, the CLI): the one
 * table every face reads. Text and HTML are told apart here when the sender says which; a PDF or a .docx is
 * always recognised by its bytes (src/input/sniff.ts), so for those the name only says "bytes, not text".
 */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Each media type a report may be sent as, and what it says of the content. */
export const REPORT_MEDIA_TYPES = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/pdf': 'bytes',
  [DOCX_TYPE]: 'bytes',
} as const satisfies Record<string, InputType | 'bytes'>

/** Each file extension of a report, and what it says of the content. */
export const REPORT_EXTENSIONS = {
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.pdf': 'bytes',
  '.docx': 'bytes',
} as const satisfies Record<string, InputType | 'bytes'>

type Said = InputType | 'bytes' | undefined

/** `text/html; charset=gbk` → `text/html`. */
export function bareMediaType(header: string | null | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** What a media type says of the content (parameters such as charset aside); undefined for any other type. */
export function readAsOfMediaType(type: string | null | undefined): Said {
  return (REPORT_MEDIA_TYPES as Record<string, Said>)[bareMediaType(type)]
}

/** A `contentType` field (JSON, batch, RPC): a media type, or the short forms `html` and `text`. */
export function readAsOfDeclared(type: string | null | undefined): Said {
  const bare = bareMediaType(type)
  return bare === 'html' || bare === 'text' ? bare : readAsOfMediaType(bare)
}

/** What a file's name says of its content, by its extension (case aside). */
export function readAsOfFileName(name: string): Said {
  const ext = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? ''
  return (REPORT_EXTENSIONS as Record<string, Said>)[ext]
}

/** Text or HTML when the declaration says so; undefined (sniff, or let the bytes decide) otherwise. */
export function inputTypeOf(said: Said): InputType | undefined {
  return said === 'html' || said === 'text' ? said : undefined
}
