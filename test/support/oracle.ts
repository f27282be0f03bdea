import { valueAt } from '../../src/schema/paths.ts'

/**
 * The corpus oracle's rules (test/fixtures/corpus/README.md) as one function: every number of the three
 * tables and every report field equal, narrative substrings present and absent, the failing checks
 * exactly those listed, the listed source fields equal. Returns the differences, so a test can show them.
 */
export interface Expected {
  report?: Record<string, unknown>
  activeDisclosure?: unknown
  applications?: unknown
  reviewLitigation?: unknown
  narrative?: Record<string, { contains?: string[]; excludes?: string[] }>
  expectChecks?: 'all-pass' | string[]
  source?: Record<string, unknown>
}

type Leaf = [string, unknown]

export function leaves(value: unknown, prefix: string, out: Leaf[] = []): Leaf[] {
  if (value === null || typeof value !== 'object') {
    out.push([prefix, value])
    return out
  }
  for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out)
  return out
}

export { valueAt } from '../../src/schema/paths.ts'

const TABLES = ['activeDisclosure', 'applications', 'reviewLitigation'] as const

export function compareWithOracle(expected: Expected, got: unknown): string[] {
  const diffs: string[] = []
  const same = (path: string, want: unknown) => {
    const have = valueAt(got, path)
    if (have !== want) diffs.push(`${path}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`)
  }
  for (const [k, v] of Object.entries(expected.report ?? {})) same(`report.${k}`, v)
  for (const table of TABLES) {
    if (!(table in expected)) continue
    if (expected[table] === null) same(table, null)
    else for (const [path, want] of leaves(expected[table], table)) same(path, want)
  }
  for (const [k, v] of Object.entries(expected.source ?? {})) same(`source.${k}`, v)
  for (const [k, spec] of Object.entries(expected.narrative ?? {})) {
    const value = valueAt(got, `narrative.${k}`)
    const text = typeof value === 'string' ? value : ''
    for (const s of spec.contains ?? []) if (!text.includes(s)) diffs.push(`narrative.${k} lacks ${JSON.stringify(s)}`)
    for (const s of spec.excludes ?? []) if (text.includes(s)) diffs.push(`narrative.${k} holds ${JSON.stringify(s)}`)
  }
  if (expected.expectChecks !== undefined) {
    const checks = (valueAt(got, 'checks') ?? []) as { id: string; status: string }[]
    const failing = checks.filter((c) => c.status === 'fail' && /^(applications|reviewLitigation)\./.test(c.id)).map((c) => c.id).sort()
    const want = (expected.expectChecks === 'all-pass' ? [] : [...expected.expectChecks]).sort()
    if (checks.length === 0) diffs.push('checks: none returned')
    if (JSON.stringify(failing) !== JSON.stringify(want)) diffs.push(`checks: want failing ${JSON.stringify(want)} got ${JSON.stringify(failing)}`)
  }
  return diffs
}

/** Numbers the converter gave that the oracle does not have: the worst kind of error (a cell may be null, never different). */
export function inventedNumbers(expected: Expected, got: unknown): string[] {
  const out: string[] = []
  for (const table of TABLES) {
    if (!expected[table]) continue
    for (const [path, want] of leaves(expected[table], table)) {
      const have = valueAt(got, path)
      if (typeof have === 'number' && have !== want) out.push(`${path}: want ${JSON.stringify(want)} got ${have}`)
    }
  }
  return out
}

/**
 * Cells that the input's text alone cannot settle. In the crawler dumps of the Pingtan reports the cells of
 * table 二 are glued with no separator and no arithmetic ties them (`898989` may be 89|89|89 or 8|9|8989);
 * the oracle took them from the original page's table, which is not the input. The converter must leave
 * these rows null with an `ambiguous_cells` warning, and match the oracle everywhere else.
 */
export const AMBIGUOUS_FROM_TEXT: Record<string, string[]> = {
  '02-pingtan-2019': [
    'activeDisclosure.normativeDocuments',
    'activeDisclosure.administrativeLicensing',
    'activeDisclosure.otherExternalServices',
    'activeDisclosure.administrativePunishment',
    'activeDisclosure.administrativeCoercion',
    'activeDisclosure.administrativeFees',
    'activeDisclosure.centralizedProcurement',
  ],
  '06-pingtan-2023': ['activeDisclosure.normativeDocuments'],
}

/** The oracle comparison, with the rows of AMBIGUOUS_FROM_TEXT required to be null and flagged instead. */
export function compareWithOracleAllowingAmbiguity(stem: string, expected: Expected, got: unknown): string[] {
  const rows = AMBIGUOUS_FROM_TEXT[stem.replace(/^.*\//, '')] ?? []
  const unit = (path: string) => /\.amountUnit$/.test(path)
  const diffs = compareWithOracle(expected, got).filter((d) => !rows.some((row) => d.startsWith(`${row}.`) && !unit(d.split(':')[0] ?? '')))
  const warnings = (valueAt(got, 'warnings') ?? []) as { code: string; path?: string }[]
  for (const row of rows) {
    for (const [path, value] of leaves(valueAt(got, row), row)) {
      if (!unit(path) && value !== null) diffs.push(`${path}: want null (ambiguous from the text) got ${JSON.stringify(value)}`)
    }
    if (!warnings.some((w) => w.code === 'ambiguous_cells' && w.path === row)) diffs.push(`${row}: no ambiguous_cells warning`)
  }
  return diffs
}
