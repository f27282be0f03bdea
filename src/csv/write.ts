import type { BatchItem } from '../schema/batch.ts'
import { valueAt } from '../schema/paths.ts'
import type { ConvertedReport } from '../schema/report.ts'
import { CSV_COLUMNS } from './columns.ts'

/** Excel reads a CSV as the local code page unless it starts with this mark; with it, Chinese opens right. */
export const UTF8_BOM = '\uFEFF'
/** RFC 4180 ends every record with CRLF. */
const EOL = '\r\n'
/** A field that holds one of these must be quoted (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/

export interface CsvOptions {
  /** Start with the UTF-8 byte-order mark (default true, for Excel). */
  bom?: boolean
}

/** One field: empty for null or absent, numbers as JavaScript prints them, text quoted when it must be. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  // A cell is a number or a string; anything else is written as its JSON, never as "[object Object]".
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean | bigint)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}


const line = (fields: unknown[]) => fields.map(csvField).join(',') + EOL

/** Reports → a CSV table: a header line of JSON paths (CSV_COLUMNS) and one line per report. */
export function reportsToCsv(reports: ConvertedReport[], options: CsvOptions = {}): string {
  const rows = reports.map((report) => line(CSV_COLUMNS.map((path) => valueAt(report, path))))
  return (options.bom === false ? '' : UTF8_BOM) + line([...CSV_COLUMNS]) + rows.join('')
}

/** The columns a batch adds in front: the document's id, and the error code of a document that failed. */
export const BATCH_CSV_COLUMNS = ['id', 'error.code'] as const

/** The header line of a batch table (for writers that stream, line by line). */
export function batchCsvHeader(options: CsvOptions = {}): string {
  return (options.bom === false ? '' : UTF8_BOM) + line([...BATCH_CSV_COLUMNS, ...CSV_COLUMNS])
}

/** One document's line of a batch table; a failed document's line has its id and error code only. */
export function batchCsvLine(item: BatchItem): string {
  return item.ok ? line([item.id, null, ...CSV_COLUMNS.map((path) => valueAt(item.report, path))]) : line([item.id, item.error.code])
}

/** A batch → one line per document, in order. */
export function batchToCsv(items: BatchItem[], options: CsvOptions = {}): string {
  return batchCsvHeader(options) + items.map(batchCsvLine).join('')
}
