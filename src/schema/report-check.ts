import type { CheckedParts } from './checked-parts.ts'
import { ReportFields, Source, type ConvertedReport } from './report.ts'

/**
 * The whole report checked without zod, where checkParts has checked its bulk: the few fields left (its version,
 * title, organ, year, date and format, the narrative, the source, the checks still empty) are what zod was called
 * for, and one call cost ~1% of a conversion (its code cold by then, 30 µs where a warm call takes 1). What this
 * passes, `ConvertedReportOf[version]` passes too and gives the same value (fresh objects, keys in the schema's
 * order); anything else returns null, and zod checks the report as before, so it still decides every error.
 */

/** The pattern `z.iso.date()` tests, read off the schema itself. */
const DATE = (() => {
  const inner = (ReportFields.shape.publishedOn.unwrap() as unknown as { _zod: { def: { pattern?: RegExp } } })._zod.def.pattern
  if (!(inner instanceof RegExp)) throw new Error('publishedOn: z.iso.date() no longer has a pattern')
  return inner
})()

/** The enums' values, read off the schema. */
const INPUT_TYPES = new Set<unknown>(Source.shape.inputType.options)
const SCRIPTS = new Set<unknown>(Source.shape.script.options)
const FORMATS = new Set<unknown>(ReportFields.shape.formatVersion.unwrap().options)

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype
const stringOrNull = (v: unknown) => v === null || typeof v === 'string'
/** `z.number().int().nonnegative()`. */
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0

/** The report's own fields, narrative and source as zod gives them, or null where zod must look. */
function rest(candidate: Record<string, unknown>): Pick<ConvertedReport, 'report' | 'narrative' | 'source'> | null {
  const { report: r, narrative: n, source: s } = candidate
  if (!isPlain(r) || !isPlain(n) || !isPlain(s)) return null
  const { title, organ, year, publishedOn, formatVersion } = r
  if (!stringOrNull(title) || !stringOrNull(organ) || !(year === null || Number.isSafeInteger(year))) return null
  if (!(publishedOn === null || (typeof publishedOn === 'string' && DATE.test(publishedOn))) || !(formatVersion === null || FORMATS.has(formatVersion))) return null
  const { overview, problems, other } = n
  if (!stringOrNull(overview) || !stringOrNull(problems) || !stringOrNull(other)) return null
  const { inputType, encoding, script, characters, annotationsRemoved, noiseRemoved } = s
  if (!INPUT_TYPES.has(inputType) || typeof encoding !== 'string' || !SCRIPTS.has(script)) return null
  if (!isCount(characters) || !isCount(annotationsRemoved) || typeof noiseRemoved !== 'boolean') return null
  return {
    report: { title, organ, year, publishedOn, formatVersion } as ConvertedReport['report'],
    narrative: { overview, problems, other } as ConvertedReport['narrative'],
    source: { inputType, encoding, script, characters, annotationsRemoved, noiseRemoved } as ConvertedReport['source'],
  }
}

const TABLES = ['activeDisclosure', 'applications', 'reviewLitigation'] as const

/**
 * What `ConvertedReportOf[version].safeParse(candidate).data` would be, given what checkParts made of its bulk; null
 * where a part is left to zod. Only a report before its checks are run (`checks` empty) is taken.
 */
export function checkedReport(candidate: Record<string, unknown>, parts: CheckedParts): ConvertedReport | null {
  if (!isPlain(candidate) || candidate.schemaVersion !== '1' || !Array.isArray(candidate.checks) || candidate.checks.length !== 0) return null
  const { values } = parts
  // Each table null, or checked; the warnings checked; the provenance absent, or checked.
  for (const key of TABLES) if (candidate[key] !== null && !(key in values)) return null
  if (!('warnings' in values)) return null
  const hasProvenance = 'provenance' in candidate
  if (hasProvenance && !('provenance' in values)) return null
  const fields = rest(candidate)
  if (!fields) return null
  const out = {
    schemaVersion: '1',
    report: fields.report,
    activeDisclosure: values.activeDisclosure ?? null,
    applications: values.applications ?? null,
    reviewLitigation: values.reviewLitigation ?? null,
    narrative: fields.narrative,
    checks: [],
    warnings: values.warnings,
    ...(hasProvenance ? { provenance: values.provenance } : {}),
    source: fields.source,
  }
  return out as ConvertedReport
}
