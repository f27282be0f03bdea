import { ConvertError } from '../input/errors.ts'
import { FIRST_FORMAT_YEAR, MODELS, versionOfYear, type FormatVersion, type SectionModel, type TableKey, type TableModel } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import { linesOf, sectionText, type Line } from '../tokens/lines.ts'
import type { Token } from '../tokens/token.ts'
import { align, type Alignment } from './align.ts'
import { findCandidates, type Candidate } from './candidates.ts'
import { groupsAlone } from './group-rows.ts'
import { readFields, type FieldLines, type ReportFields } from './fields.ts'
import { ITEM_MODELS, type Item } from './items.ts'
import { statedFacts, type StatedFact } from './stated-facts.ts'
import { detectVersion } from './version.ts'

/**
 * tokens → where everything stands: the version, the section headings, each table's region and its
 * rows' labels, the report's fields. A table is found by its labels in their fixed order (align.ts); its
 * heading, where there is one, only tells where its region begins.
 */

export type NarrativeKey = 'overview' | 'problems' | 'other'

export interface TableRegion {
  table: TableModel
  /** Tokens [start, end) hold the table. */
  start: number
  end: number
  /** Per row (index in table.rows): the text tokens of its label. */
  labels: Map<number, number[]>
  /** Rows whose label two texts dispute (left without a label rather than guessed). */
  disputed: Set<number>
  /** Tokens of group labels printed as one row, without their rows' labels (group-rows.ts). */
  groups: number[]
  /** It ends where the next table's or section's heading starts (not at prose or the text's end). */
  headed?: boolean
}

export interface Located {
  version: FormatVersion
  fields: ReportFields
  /** The tokens each field was read from (first and last, inclusive), for provenance; absent: none named. */
  fieldTokens: FieldTokens
  tables: Record<TableKey, TableRegion | null>
  narrative: Record<NarrativeKey, { start: number; end: number } | null>
  /** The overview as clean text (tokens/lines.ts sectionText): read here for its stated facts, and the narrative's. */
  overview: string | null
  facts: StatedFact[]
  warnings: Warning[]
}

/** Rows a table must show before it counts as found without its heading: one 合计 and a number is not table 三. */
const MIN_ROWS_WITHOUT_HEADING = 3
/** A text this long after a table is prose: the table has ended. */
const PROSE = 60

function alignWith(tokens: readonly Token[], version: FormatVersion): { alignment: Alignment; items: readonly Item[]; candidates: Candidate[]; furniture: (i: number) => boolean } {
  const model = ITEM_MODELS[version]
  const { candidates, explained } = findCandidates(tokens, model)
  const furniture = (i: number) => model.index.furnitureShare(model.index.probe(tokens[i]?.folded ?? '')) >= 0.5
  return { alignment: align(tokens, model.items, candidates, explained), items: model.items, candidates, furniture }
}

/**
 * Where a table without its heading begins: back from its first label over its header cells (and any
 * figures among them), up to the first text that is not the format's furniture.
 */
function headerStart(tokens: readonly Token[], first: number, furniture: (i: number) => boolean): number {
  let start = first
  for (let i = first - 1; i >= 0; i--) {
    const t = tokens[i] as Token
    if (t.kind !== 'text' || t.folded.length <= 2) continue
    if (t.folded.length > PROSE || !furniture(i)) break
    start = i
  }
  return start
}

export type FieldTokens = Partial<Record<'title' | 'year' | 'publishedOn', { first: number; last: number }>>

function fieldTokensOf(lines: readonly Line[], at: FieldLines): FieldTokens {
  const range = (from: number, to: number) => {
    const a = lines[from]
    const b = lines[to]
    return a && b ? { first: a.first, last: b.last } : undefined
  }
  const out: FieldTokens = {}
  if (at.title) out.title = range(at.title.from, at.title.to)
  if (at.year) out.year = range(at.year.from, at.year.to)
  if (at.publishedOn >= 0) out.publishedOn = range(at.publishedOn, at.publishedOn)
  return out
}

export function locate(tokens: readonly Token[], pageTitle: string | null): Located {
  const warnings: Warning[] = []
  const detected = detectVersion(tokens)
  let version: FormatVersion = detected ?? '2021'
  let aligned = alignWith(tokens, version)
  const firstPlaced = aligned.alignment.placed[0]?.start ?? tokens.length
  const lines = linesOf(tokens, 0, firstPlaced)
  const fields = readFields(lines, pageTitle)
  if (fields.year !== null && fields.year < FIRST_FORMAT_YEAR) {
    throw new ConvertError('unsupported_format', `This is a report for ${fields.year}; only reports in the 2019 and 2021 formats (for 2019 onwards) can be converted.`, { year: fields.year })
  }
  const byYear = fields.year === null ? null : versionOfYear(fields.year)
  if (detected && byYear && detected !== byYear) {
    warnings.push({ code: 'format_year_mismatch', message: `The tables use the ${detected} format, but a ${fields.year} report would use the ${byYear} format.`, path: 'report.formatVersion' })
  }
  if (!detected) {
    if (byYear && byYear !== version) {
      version = byYear
      aligned = alignWith(tokens, version)
    }
    warnings.push({
      code: 'format_assumed',
      message: `No label names the format version; the ${version} format is assumed${fields.year ? ` from the year ${fields.year}` : ''}.`,
      path: 'report.formatVersion',
    })
  }

  const { alignment, items } = aligned
  const placed = alignment.placed.filter((p) => !alignment.disputed.has(p.item))
  const headings = new Map<SectionModel['key'], { start: number; end: number }>()
  for (const p of placed) {
    const item = items[p.item] as Item
    if (item.kind === 'section' && item.section) headings.set(item.section.key, { start: p.start, end: p.end })
  }

  const tables = {} as Record<TableKey, TableRegion | null>
  const model = MODELS[version]
  for (const table of model.tables) {
    const mine = placed.filter((p) => items[p.item]?.table === table.key)
    const heading = headings.get(table.key)
    if (mine.length < (heading ? 1 : MIN_ROWS_WITHOUT_HEADING)) {
      tables[table.key] = null
      warnings.push({ code: 'missing_table', message: 'The table was not found in the report.', path: table.key })
      continue
    }
    const labels = new Map<number, number[]>()
    for (const p of mine) {
      const item = items[p.item] as Item
      if (!item.row) continue
      const pieces: number[] = []
      for (let i = p.start; i <= p.end; i++) if (tokens[i]?.kind === 'text') pieces.push(i)
      labels.set(item.rowIndex, pieces)
    }
    const disputed = new Set<number>()
    for (const item of alignment.disputed) {
      const it = items[item]
      if (it?.row && it.table === table.key) disputed.add(it.rowIndex)
    }
    const first = mine[0] as (typeof mine)[number]
    const start = heading && heading.end < first.start ? heading.end + 1 : headerStart(tokens, first.start, aligned.furniture)
    tables[table.key] = { table, start, end: tokens.length, labels, disputed, groups: [] }
  }

  // Each table ends where the next thing begins: the next table, the next heading, or prose.
  const starts: number[] = []
  for (const h of headings.values()) starts.push(h.start)
  for (const t of Object.values(tables)) if (t) starts.push(t.start)
  starts.sort((a, b) => a - b)
  for (const region of Object.values(tables)) {
    if (!region) continue
    // Loops, not a spread of the labels flattened: Array.prototype.flat cost ~15 µs a table (a hundredth of a text).
    let lastLabel = region.start
    for (const pieces of region.labels.values()) for (const i of pieces) if (i > lastLabel) lastLabel = i
    let end = starts.find((s) => s > lastLabel) ?? tokens.length
    region.headed = end < tokens.length
    for (let i = lastLabel + 1; i < end; i++) {
      const t = tokens[i] as Token
      if (t.kind === 'text' && t.folded.length > PROSE) {
        end = i
        region.headed = false
        break
      }
    }
    region.end = end
    region.groups = groupsAlone(tokens, region.table, region.start, end, region.labels, ITEM_MODELS[version].groups[region.table.key])
  }
  const narrative = {} as Located['narrative']
  for (const key of ['overview', 'problems', 'other'] as const) {
    const heading = headings.get(key)
    narrative[key] = heading ? { start: heading.end + 1, end: starts.find((s) => s > heading.end) ?? tokens.length } : null
  }
  const overview = sectionText(tokens, narrative.overview)
  return { version, fields, fieldTokens: fieldTokensOf(lines, fields.at), tables, narrative, overview, facts: statedFacts(overview), warnings }
}
