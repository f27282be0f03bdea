import { convertReport, type ConvertOptions } from '../convert.ts'
import { ConvertError } from '../input/errors.ts'
import type { ConvertResult } from '../schema/batch.ts'

/**
 * convertReport, with its errors as values: the report, or the code and message of SPEC §4. For callers
 * that handle many documents (batch, RPC, the CLI), where one bad document must not stop the others.
 */
export function tryConvert(input: string | Uint8Array, options: ConvertOptions = {}): ConvertResult {
  try {
    return { ok: true, report: convertReport(input, options) }
  } catch (error) {
    if (error instanceof ConvertError && error.code !== 'internal') {
      return { ok: false, error: { code: error.code, message: error.message } }
    }
    // Our bug, not the caller's: say so without the document or a stack.
    return { ok: false, error: { code: 'internal', message: 'The converter failed on this document.' } }
  }
}
