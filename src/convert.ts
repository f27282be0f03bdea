import { buildTables } from './build/tables.ts'
import { readNarrative } from './build/narrative.ts'
import { readReportFields } from './build/report-fields.ts'
import { checkReport, EQUATIONS, statedFacts } from './checks/index.ts'
import { extractHtml } from './extract/html.ts'
import { extractText } from './extract/text.ts'
import type { Grid } from './extract/grid.ts'
import { decode } from './input/decode.ts'
import { ConvertError } from './input/errors.ts'
import { assertLineLengths, assertSize, markLongNumbers } from './limits/enforce.ts'
import { resolveLimits, type Limits } from './limits/options.ts'
import { sniffInputType, type InputType } from './input/sniff.ts'
import { detectVersion, findSections, matchTables, tokenize } from './match/index.ts'
import { unglue } from './match/unglue.ts'
import { resolveGlued } from './match/glued.ts'
import { cleanText } from './normalize/clean-text.ts'
import { isNoise } from './normalize/noise.ts'
import { classifyScript, countScript, toSimplified, type Script } from './normalize/script.ts'
import { ConvertedReport, type FormatVersion, type Warning } from './schema/report.ts'

export interface ConvertOptions {
  /** `html` or `text`; sniffed from the content when absent. */
  inputType?: InputType
  /** The charset of a byte input, as declared by its sender (Content-Type header); else `<meta>`, else UTF-8. */
  charset?: string | null
  /** Bounds on size and shape (src/limits/options.ts); each one left out keeps its default. */
  limits?: Partial<Limits>
}

/** The first year of the revised Regulations' format; older reports had free-form tables. */
const FIRST_FORMAT_YEAR = 2019

/** normalize, the costly part: drop spam rows, then convert the script of what is left in one call. */
function simplify(grid: Grid): { grid: Grid; script: Script; noiseRemoved: boolean } {
  const kept = grid.filter((row) => !row.cells.some((c) => isNoise(c.text)))
  const noiseRemoved = kept.length !== grid.length
  const texts = kept.flatMap((row) => row.cells.map((c) => c.text))
  const count = countScript(texts.join(''))
  const script = classifyScript(count)
  if (count.traditional === 0) return { grid: kept, script, noiseRemoved }
  const simplified = toSimplified(texts)
  let k = 0
  const converted = kept.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c, text: simplified[k++] ?? c.text })) }))
  return { grid: converted, script, noiseRemoved }
}

function chooseVersion(detected: FormatVersion | null, year: number | null, warnings: Warning[]): FormatVersion {
  const fromYear: FormatVersion | null = year === null ? null : year >= 2021 ? '2021' : '2019'
  if (detected && fromYear && detected !== fromYear) {
    warnings.push({
      code: 'format_year_mismatch',
      message: `The tables use the ${detected} format, but a ${year} report would use the ${fromYear} format.`,
      path: 'report.formatVersion',
    })
  }
  if (detected) return detected
  warnings.push({
    code: 'format_assumed',
    message: `No label names the format version; the ${fromYear ?? '2021'} format is assumed${year ? ` from the year ${year}` : ''}.`,
    path: 'report.formatVersion',
  })
  return fromYear ?? '2021'
}

/**
 * What extraction hands to the rest of the pipeline, whatever the input was: the grid and the facts about
 * the source that the response reports. PDF and Word readers (loaded on first use) produce the same shape.
 */
export interface Extracted {
  grid: Grid
  inputType: 'html' | 'text' | 'pdf' | 'docx'
  encoding: string
  /** Characters of the decoded input (for a PDF or Word file: of its text). */
  characters: number
  annotationsRemoved: number
  warnings: Warning[]
}

/**
 * A report, as bytes or text, → the validated JSON of SPEC §3. Pure: the same in Workers, Node and
 * browsers. Throws ConvertError for what the caller can fix (422 not_a_report, unsupported_format, …).
 *
 * decode → normalize → extract → match → build → validate → check
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
  const grid = inputType === 'html' ? extractHtml(cleaned.text, limits) : extractText(cleaned.text, limits)
  return readGrid(
    { grid, inputType, encoding: decoded.encoding, characters: decoded.text.length, annotationsRemoved: cleaned.annotationsRemoved, warnings },
    limits,
  )
}

/** The extracted grid → the validated report: normalize what was extracted, match, build, validate, check. */
export function readGrid(extracted: Extracted, limits: Limits): ConvertedReport {
  const warnings: Warning[] = [...extracted.warnings]
  assertLineLengths(extracted.grid, limits.maxLineLength)
  const { grid, script, noiseRemoved } = simplify(extracted.grid)
  const tokens = unglue(tokenize(grid))
  warnings.push(...markLongNumbers(tokens, limits.maxNumberDigits))

  const sections = findSections(tokens)
  const headings = Object.values(sections).filter((i) => i >= 0)
  const fields = readReportFields(tokens, headings.length > 0 ? Math.min(...headings) : -1)
  const detected = detectVersion(tokens)
  if (fields.year !== null && fields.year < FIRST_FORMAT_YEAR) {
    throw new ConvertError('unsupported_format', `This is a report for ${fields.year}; only reports in the 2019 and 2021 formats (for 2019 onwards) can be converted.`, { year: fields.year })
  }
  const version = chooseVersion(detected, fields.year, warnings)
  const matched = matchTables(tokens, version, extracted.inputType !== 'text')
  const anyTable = Object.values(matched.found).some(Boolean)
  if (!anyTable && fields.title === null) {
    throw new ConvertError('not_a_report', 'No standard table and no report title (…政府信息公开工作年度报告) were found.')
  }
  const narrative = readNarrative(tokens, matched.sections)
  const glued = resolveGlued(matched.glued, matched.values, EQUATIONS[version], statedFacts(narrative.overview))
  for (const [path, value] of glued.values) matched.values.set(path, value)
  warnings.push(...glued.warnings, ...matched.warnings)
  const tables = buildTables(version, matched.values, matched.found)

  const candidate = {
    schemaVersion: '1' as const,
    report: { title: fields.title, organ: fields.organ, year: fields.year, publishedOn: fields.publishedOn, formatVersion: version },
    activeDisclosure: tables.activeDisclosure,
    applications: tables.applications,
    reviewLitigation: tables.reviewLitigation,
    narrative,
    checks: [],
    warnings,
    source: {
      inputType: extracted.inputType,
      encoding: extracted.encoding,
      script,
      characters: extracted.characters,
      annotationsRemoved: extracted.annotationsRemoved,
      noiseRemoved,
    },
  }
  const parsed = ConvertedReport.safeParse(candidate)
  if (!parsed.success) {
    // Our own output broke our own contract: a bug of ours, never the caller's. No document text in it.
    throw new ConvertError('internal', 'The converter produced a response that does not match its schema.', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code })),
    })
  }
  const report = parsed.data
  report.checks = checkReport(report)
  return report
}
