/**
 * The errors a caller can cause (SPEC §4). Every stage throws these and only these; the HTTP edge maps
 * them to a status and the JSON envelope, the library hands them to integrators as they are.
 */
export const ERROR_STATUS = {
  empty_body: 400,
  invalid_json: 400,
  missing_content: 400,
  undecodable: 400,
  invalid_batch: 400,
  invalid_format: 400,
  unauthorized: 401,
  not_found: 404,
  payload_too_large: 413,
  too_many_documents: 413,
  too_many_cells: 413,
  line_too_long: 413,
  too_many_pages: 413,
  unsupported_media_type: 415,
  not_a_report: 422,
  unsupported_format: 422,
  too_deeply_nested: 422,
  no_text_layer: 422,
  encrypted_document: 422,
  internal: 500,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

export class ConvertError extends Error {
  readonly code: ErrorCode
  readonly status: (typeof ERROR_STATUS)[ErrorCode]
  /** Extra machine-readable facts (e.g. the year of a pre-2019 report); never document text. */
  readonly details: Record<string, unknown> | undefined

  /**
   * By name and code, not by class identity: the PDF and Word readers are a module bundled on their own
   * (src/load-readers.ts) with their own copy of this class, and their errors must still be recognised.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!(value instanceof Error) || value.name !== 'ConvertError') return false
    const code: unknown = (value as { code?: unknown }).code
    return typeof code === 'string' && code in ERROR_STATUS
  }

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'ConvertError'
    this.code = code
    this.status = ERROR_STATUS[code]
    this.details = details
  }
}
