/**
 * The library entry of the `xxgk-json` package: the same converter the Worker runs, for Node, Workers
 * and browsers alike. Nothing here imports Node-only modules.
 */
export { convertReport, type ConvertOptions } from './convert.ts'
export { ConvertError, type ErrorCode } from './input/errors.ts'
export { ConvertedReport, Check, Warning, type FormatVersion } from './schema/report.ts'
export { DEFAULT_LIMITS, type Limits } from './limits/options.ts'
