/**
 * The errors a caller can cause (SPEC §4), by code alone. Every stage throws these and only these; each
 * face says what a code means to its callers: the HTTP edge a status (src/routes/status.ts), the CLI an
 * exit code (bin/cli/exit-codes.mjs), the library hands them over as they are.
 */
export const ERROR_CODES = [
  'empty_body',
  'invalid_json',
  'missing_content',
  'undecodable',
  'invalid_batch',
  'invalid_format',
  'unauthorized',
  'not_found',
  'payload_too_large',
  'too_many_documents',
  'too_many_cells',
  'line_too_long',
  'too_many_pages',
  'unsupported_media_type',
  'not_a_report',
  'unsupported_format',
  'too_deeply_nested',
  'no_text_layer',
  'encrypted_document',
  'internal',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES)

export class ConvertError extends Error {
  readonly code: ErrorCode
  /** Extra machine-readable facts (e.g. the year of a pre-2019 report); never document text. */
  readonly details: Record<string, unknown> | undefined

  /**
   * By name and code, not by class identity: the PDF and Word readers are a module bundled on their own
   * (src/load-readers.ts) with their own copy of this class, and their errors must still be recognised.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!(value instanceof Error) || value.name !== 'ConvertError') return false
    const code: unknown = (value as { code?: unknown }).code
    return typeof code === 'string' && KNOWN.has(code)
  }

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'ConvertError'
    this.code = code
    this.details = details
  }
}
