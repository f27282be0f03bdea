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

export function valueAt(root: unknown, path: string): unknown {
  let node = root
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

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
    const text = String(valueAt(got, `narrative.${k}`) ?? '')
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
