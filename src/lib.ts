/**
 * The library entry of the `xxgk-json` package: the same converter the Worker runs, for Node, Workers
 * and browsers alike. Nothing here imports Node-only modules.
 */
export { convertReport, type ConvertOptions } from './convert.ts'
export { convertDocument } from './convert-document.ts'
export { ConvertError, ERROR_CODES, type ErrorCode } from './input/errors.ts'
export { DOCX_TYPE, inputTypeOf, readAsOfFileName, readAsOfMediaType, REPORT_EXTENSIONS, REPORT_MEDIA_TYPES } from './input/media-types.ts'
export { ConvertedReport, Check, Warning, type FormatVersion } from './schema/report.ts'
export { batchSummary, convertBatch, convertEach, yearOf, type BatchInput, type BatchOptions } from './batch/convert-batch.ts'
export { Provenance, ProvenanceEntry, SourceBox, SourceSpan, SourceText } from './schema/provenance.ts'
export { tryConvert } from './batch/try-convert.ts'
export { tryConvertDocument } from './batch/try-convert-document.ts'
export { convertDocumentBatch } from './batch/convert-document-batch.ts'
export { checkCrossYear, type YearReport } from './checks/cross-year.ts'
export { CSV_COLUMNS } from './csv/columns.ts'
export { BATCH_CSV_COLUMNS, batchCsvHeader, batchCsvLine, batchToCsv, csvField, reportsToCsv, UTF8_BOM, type CsvOptions } from './csv/write.ts'
export {
  BatchItem,
  BatchResponse,
  ConvertResult,
  CrossYearCheck,
  MAX_BATCH_DOCUMENTS,
} from './schema/batch.ts'
export { DEFAULT_LIMITS, LIMIT_SETTINGS, limitsFromVars, resolveLimits, type Limits } from './limits/options.ts'
