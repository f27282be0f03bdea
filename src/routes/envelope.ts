import type { Context } from 'hono'
import { ConvertError, type ErrorCode } from '../input/errors.ts'
import { ERROR_STATUS } from './status.ts'

/** The JSON error envelope of SPEC §4: a stable code, a human sentence, and the request id to quote. */
export function errorBody(code: ErrorCode, message: string, requestId: string | undefined, details?: Record<string, unknown>) {
  return { error: { code, message, ...(requestId ? { requestId } : {}), ...(details ?? {}) } }
}

export function errorResponse(c: Context, error: ConvertError) {
  // Only facts the caller can act on: the year of an old report, the bound that was crossed, a batch's size.
  const details =
    error.code === 'unsupported_format' || error.code === 'too_many_documents'
      ? error.details
      : typeof error.details?.limit === 'number'
        ? { limit: error.details.limit }
        : undefined
  return c.json(errorBody(error.code, error.message, c.get('requestId'), details), ERROR_STATUS[error.code])
}
