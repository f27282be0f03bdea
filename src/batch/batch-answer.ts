import { checkCrossYear, type YearReport } from '../checks/cross-year.ts'
import { batchCsvHeader, batchCsvLine } from '../csv/write.ts'
import type { BatchItem } from '../schema/batch.ts'
import { yearOf } from './convert-batch.ts'

/**
 * A batch's answer as text, piece by piece, while its documents are converted: a piece per document, then
 * the cross-year check and the summary. Nothing but the few cells that check reads is kept of an answer
 * once its piece is out, so the whole answer never has to be held (or serialised) at once.
 */
export function* batchJsonPieces(items: Iterable<BatchItem>): Generator<string> {
  const years: YearReport[] = []
  let documents = 0
  let failed = 0
  yield '{"results":['
  for (const item of items) {
    yield (documents > 0 ? ',' : '') + JSON.stringify(item)
    documents++
    const year = yearOf(item)
    if (year) years.push(year)
    else failed++
  }
  const summary = { documents, converted: documents - failed, failed }
  yield `],"crossYear":${JSON.stringify(checkCrossYear(years))},"summary":${JSON.stringify(summary)}}`
}

/** The batch's CSV (SPEC §5), a line per document as it is converted. */
export function* batchCsvPieces(items: Iterable<BatchItem>): Generator<string> {
  yield batchCsvHeader()
  for (const item of items) yield batchCsvLine(item)
}
