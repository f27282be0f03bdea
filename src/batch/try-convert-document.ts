import { convertDocument } from '../convert-document.ts'
import type { ConvertOptions } from '../convert.ts'
import { ConvertError } from '../input/errors.ts'
import type { ConvertResult } from '../schema/batch.ts'

/** convertDocument with its errors as values, as tryConvert is for convertReport: for PDF and Word inputs too. */
export async function tryConvertDocument(input: string | Uint8Array | ArrayBuffer, options: ConvertOptions = {}): Promise<ConvertResult> {
  try {
    return { ok: true, report: await convertDocument(input, options) }
  } catch (error) {
    if (error instanceof ConvertError && error.code !== 'internal') {
      return { ok: false, error: { code: error.code, message: error.message } }
    }
    return { ok: false, error: { code: 'internal', message: 'The converter failed on this document.' } }
  }
}
