import type { FormatVersion } from '../model/versions.ts'
import type { Provenance } from './provenance.ts'
import { checkedSpans } from './provenance-spans.ts'
import { copyTable, type CheckedTableKey } from './table-check.ts'
import { checkedWarnings } from './warnings-check.ts'

/**
 * The bulk of a report checked before zod sees it: the provenance's spans (provenance-spans.ts), the three
 * tables (table-check.ts) and the warnings (warnings-check.ts), each exactly as its zod schema would take it or
 * left to zod. zod is then given each part checked blank (an empty record, a null table, no warnings: what the
 * schema takes at once) and checks everything else; the parts go back in place of the blanks, so the report's
 * keys keep the schema's order.
 */
export interface CheckedParts {
  /** What zod is given in place of each part checked here. */
  blanks: Record<string, unknown>
  /** The parts, as zod would have returned them. */
  values: Record<string, unknown>
}

const TABLES: readonly CheckedTableKey[] = ['activeDisclosure', 'applications', 'reviewLitigation']

/** What of the candidate was made for it alone: its provenance (no entry shared, or the list of its entries: checkedSpans' `own`), its tables (copyTable's). */
export interface OwnParts {
  provenance?: boolean | readonly unknown[]
  tables?: boolean
}

export function checkParts(version: FormatVersion, candidate: { provenance?: Provenance; warnings?: unknown } & Record<CheckedTableKey, unknown>, own: OwnParts = {}): CheckedParts {
  const blanks: Record<string, unknown> = {}
  const values: Record<string, unknown> = {}
  const spans = candidate.provenance ? checkedSpans(candidate.provenance, own.provenance) : null
  if (spans) {
    blanks.provenance = {}
    values.provenance = spans
  }
  const warnings = checkedWarnings(candidate.warnings)
  if (warnings) {
    blanks.warnings = []
    values.warnings = warnings
  }
  for (const key of TABLES) {
    const table = candidate[key] === null ? null : copyTable(version, key, candidate[key], own.tables)
    if (table === null) continue
    blanks[key] = null
    values[key] = table
  }
  return { blanks, values }
}
