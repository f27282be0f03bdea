import { assembleNarrative } from './assemble/narrative.ts'
import { pagedTextHints } from './assemble/paged-hint.ts'
import { assembleTables } from './assemble/tables.ts'
import { checkReport } from './checks/index.ts'
import { extractHtml } from './extract/html.ts'
import { extractText } from './extract/text.ts'
import { assertLineLengths } from './extract/bounds.ts'
import type { Extracted } from './extract/extracted.ts'
import { decode } from './input/decode.ts'
import { ConvertError } from './input/errors.ts'
import { assertSize } from './input/size.ts'
import { sniffInputType, type InputType } from './input/sniff.ts'
import { resolveLimits, type Limits } from './limits/options.ts'
import { locate } from './locate/locate.ts'
import { matchTables } from './match/match.ts'
import { cleanText } from './normalize/clean-text.ts'
import { ConvertedReportOf, type ConvertedReport, type Warning } from './schema/report.ts'
import { buildProvenance } from './provenance/build.ts'
import { checkParts } from './schema/checked-parts.ts'
import { makeTokens } from './tokens/make-tokens.ts'

export interface ConvertOptions {
  /** `html` or `text`; sniffed from the content when absent. */
  inputType?: InputType
  /** The charset of a byte input, as declared by its sender (Content-Type header); else `<meta>`, else UTF-8. */
  charset?: string | null
  /** Bounds on size and shape (src/limits/options.ts); each one left out keeps its default. */
  limits?: Partial<Limits>
  /** Where each value was read (SPEC §3 `provenance`); true by default, false leaves it out (and its cost). */
  provenance?: boolean
}

/**
 * A report, as bytes or text, → the validated JSON of SPEC §3. Pure: the same in Workers, Node and
 * browsers. Throws ConvertError for what the caller can fix (not_a_report, unsupported_format, …).
 *
 * decode → normalize → extract, then readGrid: tokens → locate → match → assemble → validate → check.
 */
export function convertReport(input: string | Uint8Array, options: ConvertOptions = {}): ConvertedReport {
  const limits = resolveLimits(options.limits)
  assertSize(input, limits.maxBytes)
  const decoded = typeof input === 'string' ? { text: input, encoding: 'utf-8', replaced: 0 } : decode(input, options.charset)
  const warnings: Warning[] = []
  if (decoded.replaced > 0) {
    warnings.push({ code: 'replaced_characters', message: `${decoded.replaced} byte sequence(s) were not valid ${decoded.encoding} and were replaced.` })
  }
  const inputType = options.inputType ?? sniffInputType(decoded.text)
  const cleaned = cleanText(decoded.text)
  const { grid, pageTitle } = inputType === 'html' ? extractHtml(cleaned.text, limits) : { grid: extractText(cleaned.text, limits), pageTitle: null }
  return readGrid(
    {
      grid,
      inputType,
      pageTitle,
      encoding: decoded.encoding,
      characters: decoded.text.length,
      annotationsRemoved: cleaned.annotationsRemoved,
      warnings,
      source: { input: decoded.text, clean: cleaned },
    },
    limits,
    options.provenance ?? true,
  )
}

/** The extracted grid → the validated report, each stage once, in the data's order. */
export function readGrid(extracted: Extracted, limits: Limits, withProvenance = true): ConvertedReport {
  assertLineLengths(extracted.grid, limits.maxLineLength)
  const glueable = extracted.inputType === 'text'
  const { tokens, script, noiseRemoved, paged, warnings: tokenWarnings } = makeTokens(extracted.grid, { glueable, limits })
  const located = locate(tokens, extracted.pageTitle ?? null)
  // Text keeps its own lines: a narrow print's pieces are read from them as printed (match/stack-runs.ts).
  const matched = matchTables(tokens, located, glueable, glueable ? extracted.source?.clean.text : undefined)
  if (!Object.values(matched.found).some(Boolean) && located.fields.title === null) {
    throw new ConvertError('not_a_report', 'No standard table and no report title (…政府信息公开工作年度报告) were found.')
  }
  const tables = assembleTables(located.version, matched.values, matched.found)
  const { title, organ, year, publishedOn } = located.fields
  const provenance = withProvenance ? buildProvenance(tokens, extracted, matched.values, matched.sources, located.fields, located.fieldTokens) : null
  const candidate = {
    schemaVersion: '1' as const,
    report: { title, organ, year, publishedOn, formatVersion: located.version },
    activeDisclosure: tables.activeDisclosure,
    applications: tables.applications,
    reviewLitigation: tables.reviewLitigation,
    narrative: assembleNarrative(tokens, located),
    checks: [],
    warnings: [...extracted.warnings, ...tokenWarnings, ...located.warnings, ...matched.warnings, ...pagedTextHints(paged, located.version, [...located.warnings, ...matched.warnings])],
    ...(provenance ? { provenance: provenance.record } : {}),
    source: {
      inputType: extracted.inputType,
      encoding: extracted.encoding,
      script,
      characters: extracted.characters,
      annotationsRemoved: extracted.annotationsRemoved,
      noiseRemoved,
    },
  }
  // The spans and tables checked first, and zod given them blank (schema/checked-parts.ts).
  const checked = checkParts(located.version, candidate, { provenance: provenance ? provenance.entries : true, tables: true })
  const parsed = ConvertedReportOf[located.version].safeParse({ ...candidate, ...checked.blanks })
  if (!parsed.success) {
    // Our own output broke our own contract: a bug of ours, never the caller's. No document text in it.
    throw new ConvertError('internal', 'The converter produced a response that does not match its schema.', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code })),
    })
  }
  const report = Object.assign(parsed.data, checked.values)
  report.checks = checkReport(report, located.facts)
  return report
}
