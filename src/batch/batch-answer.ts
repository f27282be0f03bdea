import { checkCrossYear, type YearReport } from '../checks/cross-year.ts'
import { batchCsvHeader, batchCsvLine } from '../csv/write.ts'
import type { BatchItem } from '../schema/batch.ts'
import { batchSummary, yearOf } from './convert-batch.ts'

/** The next answer of a batch, converted when asked for; null after the last. */
export type NextItem = () => Promise<BatchItem | null>
/** The next piece of a batch's answer as text; null after the last. */
export type NextPiece = () => Promise<string | null>

/**
 * A batch's answer as JSON text, piece by piece while its documents are converted: the opening, a piece per
 * document, then the cross-year check and the summary. Plain closures rather than generators: a suspended
 * generator can keep its last answer (a report whose narrative is megabytes) alive through the next
 * conversion. Of an answer only the few cells the cross-year check reads are kept once its piece is made.
 */
export function batchJsonPieces(nextItem: NextItem): NextPiece {
  const years: YearReport[] = []
  let documents = 0
  let state: 'opening' | 'items' | 'done' = 'opening'
  return async () => {
    if (state === 'opening') {
      state = 'items'
      return '{"results":['
    }
    if (state === 'done') return null
    const item = await nextItem()
    if (item === null) {
      state = 'done'
      return `],"crossYear":${JSON.stringify(checkCrossYear(years))},"summary":${JSON.stringify(batchSummary(documents, years.length))}}`
    }
    const year = yearOf(item)
    if (year) years.push(year)
    return (documents++ > 0 ? ',' : '') + JSON.stringify(item)
  }
}

/** The batch's CSV (SPEC §5): the header, then a line per document as it is converted. */
export function batchCsvPieces(nextItem: NextItem): NextPiece {
  let started = false
  return async () => {
    if (!started) {
      started = true
      return batchCsvHeader()
    }
    const item = await nextItem()
    return item === null ? null : batchCsvLine(item)
  }
}
