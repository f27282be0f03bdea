import type { Random } from './random.ts'
import type { Version } from './labels.ts'

/**
 * The numbers of a random report. Consistent by construction (every row total, the results total, the
 * balance 一 + 二 = 三(七) + 四 and table 四's totals hold), then optionally broken on purpose, then
 * optionally blanked: the converter must return exactly these, whatever the checks say about them.
 */

export const APPLICANTS = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceAgency', 'otherOrganization'] as const
export const OUTCOMES = ['upheld', 'corrected', 'other', 'pending'] as const
export const GROUPS = ['administrativeReview', 'litigationWithoutReview', 'litigationAfterReview'] as const

/** The result rows of table 三 below `applications.rows.results`, in print order. */
export function resultRows(version: Version): string[] {
  return [
    'disclosed',
    'partiallyDisclosed',
    ...['stateSecret', 'prohibitedByLaw', 'threeSecuritiesOneStability', 'thirdPartyRights', 'internalAffairs', 'processInformation', 'lawEnforcementFiles', 'administrativeQuery'].map((k) => `notDisclosed.${k}`),
    ...['notHeld', 'needsCreation', 'stillUnclear'].map((k) => `unableToProvide.${k}`),
    ...['petitionOrComplaint', 'repeated', 'publication', 'excessiveRepeated', 'confirmationRequest'].map((k) => `notProcessed.${k}`),
    ...(version === '2021' ? ['otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'otherHandling.other'] : ['otherHandling']),
  ]
}

/** Every Row of table 三 (path below `applications.rows`), in print order. */
export function applicationRows(version: Version): string[] {
  return ['newlyReceived', 'carriedOver', ...resultRows(version).map((p) => `results.${p}`), 'results.total', 'carriedForward']
}

export type Kind = 'count' | 'signed' | 'decimal' | 'amount'

/** One cell: its full path, what it is, and its number (null: the report leaves it blank). */
export interface Value {
  path: string
  kind: Kind
  value: number | null
}

/** Table 二's rows: path, cell keys and their kinds, per version. */
export function activeRows(version: Version): { path: string; cells: [string, Kind][] }[] {
  const p = (k: string) => `activeDisclosure.${k}`
  if (version === '2021') {
    const docs: [string, Kind][] = [['issued', 'count'], ['repealed', 'count'], ['inForce', 'count']]
    return [
      { path: p('regulations'), cells: docs },
      { path: p('normativeDocuments'), cells: docs },
      { path: p('administrativeLicensing'), cells: [['decisions', 'count']] },
      { path: p('administrativePunishment'), cells: [['decisions', 'count']] },
      { path: p('administrativeCoercion'), cells: [['decisions', 'count']] },
      { path: p('administrativeFees'), cells: [['amount', 'decimal']] },
    ]
  }
  const docs: [string, Kind][] = [['produced', 'count'], ['published', 'count'], ['totalPublished', 'count']]
  const items: [string, Kind][] = [['previousYearItems', 'count'], ['change', 'signed'], ['decisions', 'count']]
  return [
    { path: p('regulations'), cells: docs },
    { path: p('normativeDocuments'), cells: docs },
    { path: p('administrativeLicensing'), cells: items },
    { path: p('otherExternalServices'), cells: items },
    { path: p('administrativePunishment'), cells: items },
    { path: p('administrativeCoercion'), cells: items },
    { path: p('administrativeFees'), cells: [['previousYearItems', 'count'], ['change', 'signed']] },
    { path: p('centralizedProcurement'), cells: [['projects', 'count'], ['amount', 'amount']] },
  ]
}

/**
 * Counts as reports have them: mostly zero or small, sometimes large — a city's 新收 runs to a few thousand
 * (淮安 2024: 3,119), a big department's to tens of thousands; a row's 总计 adds up to six of them.
 */
function count(r: Random): number {
  const size = r.int(0, 9)
  if (size < 4) return 0
  if (size < 8) return r.int(0, 30)
  return r.int(0, size === 8 ? 2000 : 30000)
}

export interface Numbers {
  /** Every cell by full path (`applications.rows.newlyReceived.total`), in print order. */
  cells: Map<string, Value>
  /** Whether any cell was changed after the arithmetic was made to hold. */
  broken: boolean
}

/**
 * `glued`: a crawler's dump — no blanks (a blank would vanish without a trace) and the arithmetic left
 * whole: glued digits are read by that arithmetic, and a report that breaks it can have a wrong reading that
 * fits it exactly (3|12|0|0|24 glued as `3120024` also reads 3|1|20|0|24, which adds up): no reader can
 * tell those apart.
 */
export function generateNumbers(r: Random, version: Version, glued = false): Numbers {
  const withBlanks = !glued
  const cells = new Map<string, Value>()
  const set = (path: string, kind: Kind, value: number | null) => cells.set(path, { path, kind, value })

  for (const row of activeRows(version)) {
    for (const [key, kind] of row.cells) {
      let value: number
      if (kind === 'signed') value = r.int(-400, 400) * (r.bool(0.3) ? 0 : 1)
      else if (kind === 'decimal') value = r.int(0, 99999) / r.pick([1, 10, 100])
      else if (kind === 'amount') value = r.bool(0.5) ? r.int(0, 3_000_000_000) : r.int(0, 999999) / r.pick([1, 100])
      else value = count(r)
      set(`${row.path}.${key}`, kind, value)
    }
  }

  const A = 'applications.rows'
  const results = resultRows(version)
  const totals = APPLICANTS.map(() => 0)
  for (const row of results) {
    const parts = APPLICANTS.map((col, k) => {
      const v = r.bool(k === 0 ? 0.7 : 0.25) ? count(r) : 0
      totals[k] = (totals[k] ?? 0) + v
      set(`${A}.results.${row}.${col}`, 'count', v)
      return v
    })
    set(`${A}.results.${row}.total`, 'count', parts.reduce((s, v) => s + v, 0))
  }
  const row = (name: string, parts: number[]) => {
    APPLICANTS.forEach((col, k) => set(`${A}.${name}.${col}`, 'count', parts[k] ?? 0))
    set(`${A}.${name}.total`, 'count', parts.reduce((s, v) => s + v, 0))
  }
  row('results.total', totals)
  const forward = totals.map(() => (r.bool(0.4) ? r.int(0, 12) : 0))
  const over = totals.map((t, k) => Math.min(t + (forward[k] ?? 0), r.bool(0.4) ? r.int(0, 12) : 0))
  row('newlyReceived', totals.map((t, k) => t + (forward[k] ?? 0) - (over[k] ?? 0)))
  row('carriedOver', over)
  row('carriedForward', forward)

  for (const group of GROUPS) {
    const parts = OUTCOMES.map((o) => {
      const v = r.bool(0.35) ? r.int(0, 12) : 0
      set(`reviewLitigation.${group}.${o}`, 'count', v)
      return v
    })
    set(`reviewLitigation.${group}.total`, 'count', parts.reduce((s, v) => s + v, 0))
  }

  // Reports whose own arithmetic is wrong: a few cells of 三 and 四 off by a little.
  let broken = false
  if (!glued && r.bool(0.3)) {
    const targets = [...cells.values()].filter((c) => c.path.startsWith('applications') || c.path.startsWith('reviewLitigation'))
    for (let k = r.int(1, 3); k > 0; k--) {
      const cell = r.pick(targets)
      cell.value = (cell.value ?? 0) + r.int(1, 9)
      broken = true
    }
  }

  // Blanks: scattered cells, or (as many reports print it) every 总计 of table 三 left empty.
  if (withBlanks && r.bool(0.4)) {
    const share = r.pick([0.02, 0.05, 0.15])
    for (const cell of cells.values()) if (r.bool(share)) cell.value = null
  }
  if (withBlanks && r.bool(0.1)) for (const cell of cells.values()) if (cell.path.startsWith(A) && cell.path.endsWith('.total')) cell.value = null
  return { cells, broken }
}
