import type { FormatVersion, Warning } from '../schema/report.ts'
import { SECTION_KEYS, TEMPLATES, VERSION_CUES, type TableKey, type TableTemplate } from '../templates/index.ts'
import { matchTable, type CellValues, type GluedRow, type Range } from './match-table.ts'
import { findSections, sectionRange, type SectionMap } from './sections.ts'
import type { Token } from './tokens.ts'

export { tokenize, type Token } from './tokens.ts'
export { findSections, sectionRange, type SectionMap } from './sections.ts'
export type { CellValues, GluedRow } from './match-table.ts'

/** The format version the table labels speak for, or null when they name neither (SPEC §1). */
export function detectVersion(tokens: readonly Token[]): FormatVersion | null {
  let v2019 = 0
  let v2021 = 0
  for (const { folded } of tokens) {
    if (folded.length > 80) continue
    for (const cue of VERSION_CUES['2019']) if (cue.test(folded)) v2019++
    for (const cue of VERSION_CUES['2021']) if (cue.test(folded)) v2021++
  }
  if (v2019 === v2021) return null
  return v2021 > v2019 ? '2021' : '2019'
}

/** Rows a table must show before it counts as found when its section heading is missing. */
const MIN_ROWS_WITHOUT_HEADING = 3

/**
 * Where to look for a table whose heading is missing: after the table before it, up to the next heading.
 * A table found only by its position under a header (四) is not looked for without its heading.
 */
function headinglessRange(template: TableTemplate, sections: SectionMap, after: number, end: number): Range | null {
  if (template.rows.some((row) => row.label === null)) return null
  const later = SECTION_KEYS.slice(SECTION_KEYS.indexOf(template.table) + 1)
  const next = later.map((key) => sections[key]).filter((i) => i > after).sort((a, b) => a - b)[0]
  return { start: Math.max(after, sections.overview + 1), end: next ?? end }
}

export interface Matched {
  values: CellValues
  found: Record<TableKey, boolean>
  glued: GluedRow[]
  warnings: Warning[]
  sections: SectionMap
}

/**
 * Grids → the standard templates of one version. Each table is looked for between its section heading
 * and the next heading; a table whose heading is missing is looked for in the whole document.
 */
export function matchTables(tokens: readonly Token[], version: FormatVersion, cellsAreExact = false): Matched {
  const sections = findSections(tokens)
  const matched: Matched = {
    values: new Map(),
    found: { activeDisclosure: false, applications: false, reviewLitigation: false },
    glued: [],
    warnings: [],
    sections,
  }
  let after = 0
  for (const template of TEMPLATES[version]) {
    const headed = sectionRange(sections, template.table, tokens.length)
    const range = headed ?? headinglessRange(template, sections, after, tokens.length)
    const result = range ? matchTable(tokens, template, range, cellsAreExact) : null
    // Without its heading a table must show itself by several of its rows: one 合计 and a number is not table 三.
    if (!result || result.rowsFound < (headed ? 1 : MIN_ROWS_WITHOUT_HEADING)) {
      matched.found[template.table] = false
      matched.warnings.push({ code: 'missing_table', message: 'The table was not found in the report.', path: template.table })
      continue
    }
    after = result.end
    matched.found[template.table] = result.found
    for (const [path, value] of result.values) matched.values.set(path, value)
    matched.glued.push(...result.glued)
    if (result.found) matched.warnings.push(...result.warnings)
    else matched.warnings.push({ code: 'missing_table', message: 'The table was not found in the report.', path: template.table })
  }
  return matched
}
