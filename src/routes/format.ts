import type { Context } from 'hono'
import { UTF8_BOM } from '../csv/write.ts'
import { ConvertError } from '../input/errors.ts'

/** The answer forms of the convert routes: JSON (the default) or CSV (`?format=csv`, SPEC §5). */
export type AnswerFormat = 'json' | 'csv'

export function answerFormat(c: Context): AnswerFormat {
  const format = (c.req.query('format') ?? 'json').toLowerCase()
  if (format === 'json' || format === 'csv') return format
  throw new ConvertError('invalid_format', `format=${JSON.stringify(format)} is not offered; use format=json (the default) or format=csv.`)
}

/**
 * `?provenance=false` leaves out where each number was read (SPEC §3 `provenance`): a smaller answer, and the
 * work of naming the sources saved. `true` (the default) keeps it; any other value is refused, not guessed.
 */
export function wantsProvenance(c: Context): boolean {
  const value = (c.req.query('provenance') ?? 'true').toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new ConvertError('invalid_format', `provenance=${JSON.stringify(value)} is not offered; use provenance=true (the default) or provenance=false.`)
}

/** A CSV table as UTF-8 with its byte-order mark, so that Excel opens Chinese right. */
export function csvResponse(c: Context, csv: string) {
  const body = csv.startsWith(UTF8_BOM) ? csv : UTF8_BOM + csv
  return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8' })
}
