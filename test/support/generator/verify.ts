import type { Rendered } from './shapes.ts'
import { valueAt as at } from '../../../src/schema/paths.ts'

/**
 * What a converted report must hold for a generated one, as a list of differences (empty: right).
 * Every cell exactly the generated number; null with a warning naming it exactly where the generator
 * printed a blank, and nowhere else; the report fields, the narrative, every check's status and the
 * source block as generated.
 */

interface Got {
  report: Record<string, unknown>
  narrative: Record<string, string | null>
  checks: { id: string; status: string }[]
  warnings: { code: string; path?: string }[]
  source: Record<string, unknown>
  [table: string]: unknown
}


const CELL_WARNINGS = new Set(['blank_cell', 'unreadable_cell', 'unreadable_row', 'missing_row', 'missing_values', 'ambiguous_cells'])

/**
 * `exact`: every cell as generated. `never-wrong`, for a shape that is ambiguous in itself (a flat grid
 * whose covered cells and blank cells are both empty): a cell may also be null, with a warning naming it
 * — but never a different number, and a check may be skipped for it, never pass or fail the other way.
 */
export type Mode = 'exact' | 'never-wrong' | 'glued'

export function verify(rendered: Rendered, got: Got, mode: Mode = 'exact'): string[] {
  const { expected } = rendered.generated
  const diffs: string[] = []
  const show = (v: unknown) => JSON.stringify(v)
  const warned = (path: string) => got.warnings.some((w) => w.path !== undefined && (w.path === path || path.startsWith(`${w.path}.`)))
  const ambiguous = (path: string) => got.warnings.some((w) => w.code === 'ambiguous_cells' && w.path !== undefined && (w.path === path || path.startsWith(`${w.path}.`)))
  const tooLong = got.warnings.some((w) => w.code === 'number_too_long')
  const nulled = new Set<string>()
  for (const [path, want] of expected.cells) {
    // A table not found is null as a whole: its cells are null, named by its missing_table warning.
    const have = at(got, path) ?? null
    if (have === want) continue
    if (mode === 'never-wrong' && have === null && warned(path)) nulled.add(path)
    // A glued run longer than the conversion's digit bound (limits: maxNumberDigits) is refused whole, and said so.
    else if (mode === 'glued' && have === null && (ambiguous(path) || (tooLong && warned(path)))) nulled.add(path)
    else diffs.push(`${path}: want ${show(want)} got ${show(have)}`)
  }
  const blanks = new Set(expected.blanks)
  for (const path of blanks) if (!warned(path)) diffs.push(`${path}: blank, but no warning names it`)
  for (const w of got.warnings) {
    if (mode !== 'exact' || !CELL_WARNINGS.has(w.code) || !w.path) continue
    const covers = [...blanks].some((b) => b === w.path || b.startsWith(`${w.path}.`))
    if (!covers) diffs.push(`warning ${w.code} at ${w.path}, where the report prints a number`)
  }
  for (const [key, want] of Object.entries(expected.report)) {
    if (got.report[key] !== want) diffs.push(`report.${key}: want ${show(want)} got ${show(got.report[key])}`)
  }
  for (const [key, want] of Object.entries(expected.narrative)) {
    if (got.narrative[key] !== want) diffs.push(`narrative.${key}: want ${show(want)} got ${show(got.narrative[key])}`)
  }
  const checks = new Map(got.checks.map((c) => [c.id, c.status]))
  for (const check of expected.checks) {
    if (mode !== 'exact' && nulled.size > 0 && checks.get(check.id) === 'skipped') continue
    // A table not found has no checks: its equations have nothing to weigh.
    if (mode !== 'exact' && !checks.has(check.id) && got[check.id.split('.')[0] ?? ''] === null) continue
    if (checks.get(check.id) !== check.status) diffs.push(`check ${check.id}: want ${check.status} got ${checks.get(check.id) ?? 'none'}`)
  }
  const wantIds = new Set(expected.checks.map((c) => c.id))
  for (const id of checks.keys()) if (!wantIds.has(id)) diffs.push(`check ${id}: not expected`)
  const codes = new Set(got.warnings.map((w) => w.code))
  for (const code of expected.warnings) if (!codes.has(code)) diffs.push(`warning ${code} missing`)
  if (!expected.warnings.includes('format_year_mismatch') && codes.has('format_year_mismatch')) diffs.push('warning format_year_mismatch not expected')
  for (const [key, want] of Object.entries(rendered.source)) {
    if (got.source[key] !== want) diffs.push(`source.${key}: want ${show(want)} got ${show(got.source[key])}`)
  }
  return diffs
}
