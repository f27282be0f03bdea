import type { ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ConvertError } from '../input/errors.ts'
import type { AppEnv } from './env.ts'
import { errorBody, errorResponse } from './envelope.ts'

/**
 * The one error handler. A ConvertError is the caller's to fix; its code says its status (./status.ts). Anything else is
 * our bug: 500 `internal`, logged by name and request id only — never the document, never a stack in the body.
 */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ConvertError && err.code !== 'internal') return errorResponse(c, err)
  if (err instanceof HTTPException && err.status < 500) {
    return c.json(errorBody('empty_body', 'The request could not be read.', c.get('requestId')), 400)
  }
  const requestId = c.get('requestId')
  const issues = err instanceof ConvertError ? JSON.stringify(err.details ?? {}) : ''
  console.error(`internal error ${err.name}${issues ? ` ${issues}` : ''} request=${requestId ?? '-'}`)
  return c.json(errorBody('internal', 'The converter failed on this document; the failure has been logged without its content.', requestId), 500)
}
