import type { Equation } from '../model/equations.ts'
import { rowPaths, type RowModel } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import type { StatedFact } from '../locate/stated-facts.ts'
import { GLUED_UNIT, MAX_READINGS_PER_ROW, listable, listReadings, piecesOf } from './glued-cuts.ts'
import { heldReadings } from './glued-held.ts'
import { readingsThatHold } from './glued-sums.ts'
import { arithmeticOf, evaluate, holdsIn, inRow, touchingAny, type Constraint, type RowConstraint } from './glued-constraints.ts'
import { components, onlyValue } from './glued-components.ts'

/** The value of each cell by its full dot path (`applications.rows.newlyReceived.total`). */
export type CellValues = Map<string, number | string | null>

/** A row whose cells arrived glued into one run of figures (`801000081`): read by arithmetic. */
export interface GluedRow {
  row: RowModel
  /** The run as printed (half-width), white space kept: a space still separates two cells. */
  text: string
  /** The run's token: the source every cell cut from it names (provenance). */
  token: number
}

/**
 * Reading rows whose cells arrived glued together (`801000081` for 80|1|0|0|0|0|81). Every way of cutting
 * each run into the row's cells is listed (no leading zeros, a sign only at a cell's start, decimals only
 * where the column takes them, white space always a cut); then the report's own arithmetic — the same
 * equations the checks use, and the figures the overview states — is applied to all glued rows at once.
 * A cell gets a value only if every reading that fits gives it that value; otherwise it stays null with an
 * `ambiguous_cells` warning. One of several readings is never picked.
 */

/** Search steps across rows before giving up (the run stays ambiguous rather than slow). */
const MAX_STEPS = 200_000
/** Solutions collected per group of tied rows; past this the group is left ambiguous rather than guessed. */
const MAX_SOLUTIONS = 5000
/** Cells the search for a row's held readings tries before it lists them instead (a bound on time, never on answers). */
const HELD_TRIES = 20_000

type Reading = number[]

interface Variable {
  row: GluedRow
  paths: readonly string[]
  readings: Reading[]
  /** The constraints that hold the row's cells (touchingAny), found once for the row's own readings and the joint search. */
  touching: Constraint[]
}

/**
 * A row's cell paths (rowPaths: made once per isolate and joined flat, so that each lookup or comparison of one
 * against every cell of each constraint, in each reading tested, sees a mismatch at once by its kept hash).
 */
const SHAPES = new WeakMap<RowModel, RowShape>()

/** A row's cell paths, and which of its columns take decimals (`1` per amount): runs cut alike in rows of one shape. */
interface RowShape {
  paths: readonly string[]
  decimals: string
}

function shapeOf(row: RowModel): RowShape {
  let shape = SHAPES.get(row)
  if (!shape) {
    shape = { paths: rowPaths(row), decimals: row.columns.map((c) => (c.kind === 'amount' ? 1 : 0)).join('') }
    SHAPES.set(row, shape)
  }
  return shape
}

export interface GluedResult {
  values: CellValues
  warnings: Warning[]
}

export function resolveGlued(glued: readonly GluedRow[], known: CellValues, equations: readonly Equation[], facts: readonly StatedFact[]): GluedResult {
  const values: CellValues = new Map()
  const warnings: Warning[] = []
  if (glued.length === 0) return { values, warnings }
  // The equations' part once per isolate (glued-constraints.ts): only the stated facts are the report's own.
  const { constraints, byPath } = arithmeticOf(equations, facts)

  const vars: Variable[] = []
  const assigned = new Map<string, number>()
  const value = (path: string) => {
    const a = assigned.get(path)
    if (a !== undefined) return a
    const k = known.get(path)
    return typeof k === 'number' ? k : k === null ? null : undefined
  }
  const holds = (c: Constraint) => evaluate(c, value)

  // A run printed alike in rows of one shape (`0000000` down a table's rows) is listed once: readings are not changed after.
  const listings = new Map<string, Reading[] | null>()
  for (const row of glued) {
    const { paths, decimals } = shapeOf(row.row)
    // The unit printed after the run (2122500000元) is known whatever the cut.
    for (const c of row.row.columns) if (c.unitKey) values.set(`${row.row.path}.${c.unitKey}`, GLUED_UNIT.exec(row.text.trim())?.[1] ?? null)
    // Equations inside the row (its 总计) narrow its own readings before the joint search.
    const touching = touchingAny(byPath, paths)
    const local = touching.flatMap((c) => inRow(c, paths, known) ?? [])
    const readings = rowReadings(row, paths, decimals, local, listings)
    if (typeof readings === 'string') {
      for (const p of paths) values.set(p, null)
      warnings.push({ code: 'ambiguous_cells', message: readings, path: row.row.path })
      continue
    }
    vars.push({ row, paths, readings, touching })
  }

  // Rows tied by a constraint are read together; rows tied to nothing are read alone.
  for (const component of components(vars, constraints)) solveComponent(component, assigned, holds, values, warnings)
  return { values, warnings }
}

/**
 * A glued row's readings for the joint search: those that keep its own arithmetic (its 总计), or its one reading where
 * none does; else why it has none, the warning's message.
 */
function rowReadings(row: GluedRow, paths: readonly string[], decimals: string, local: readonly RowConstraint[], listings: Map<string, Reading[] | null>): Reading[] | string {
  const want = paths.length
  const decimal = (k: number) => row.row.columns[k]?.kind === 'amount'
  const key = `${decimals}:${row.text}`
  let listed = listings.get(key)
  let pieces: string[] | undefined
  if (listed === undefined) {
    pieces = piecesOf(row.text)
    // The cuts that keep the row's own arithmetic, found without listing the others (glued-held.ts): where the run
    // is listable, the same readings in the same order. Listed where none is found (then how many there are says
    // what the row is) or where the search is unsure.
    const held = heldReadings(pieces, want, local, HELD_TRIES)
    // One alone: what the listing would keep, and what readingsThatHold gives a run too long to list (the same search,
    // within fewer tries) — the row is read so whether or not the run is listable, which is not counted then.
    if (held?.length === 1) return held
    if (listable(pieces, want, decimal)) {
      if (held && held.length > 0) return held
      listed = listReadings(pieces, want, decimal)
    } else listed = null
    listings.set(key, listed)
  }
  // Too many cuts to list: those that keep the row's own arithmetic, found without listing the others.
  const all = listed ?? readingsThatHold(pieces ?? piecesOf(row.text), want, local, MAX_READINGS_PER_ROW)
  if (!all || (all.length === 0 && listed !== null)) return `The row's cells arrived glued together and cannot be cut into its ${want} cells with confidence.`
  const fitting = listed ? all.filter((reading) => local.every((c) => holdsIn(c, reading))) : all
  // Every cut breaks the row's own total: none is the row, and cells the cuts happen to agree on are no
  // evidence (`25 0 23 8 0 0` with its total unprinted, cut as seven cells, puts 8 in the wrong column).
  if (fitting.length === 0 && (all.length > 1 || listed === null)) {
    return `The row's cells arrived glued together and no way of cutting them into its ${want} cells keeps the row's total.`
  }
  return fitting.length > 0 ? fitting : all
}

/**
 * Every reading of a group of tied rows that satisfies all its constraints (fewest readings first; a
 * constraint is tested as soon as all its cells are known). A cell takes a value only if every solution
 * gives it that value; a search cut short by its bounds leaves the group's uncertain cells null.
 */
function solveComponent(
  vars: Variable[],
  assigned: Map<string, number>,
  holds: (c: Constraint) => boolean | null,
  values: CellValues,
  warnings: Warning[],
) {
  vars.sort((a, b) => a.readings.length - b.readings.length)
  const solutions: Reading[][] = []
  let steps = 0
  let complete = true
  // The readings chosen so far, one stack copied only when a solution is complete.
  const chosen: Reading[] = []
  const search = (i: number) => {
    if (!complete) return
    if (solutions.length >= MAX_SOLUTIONS || ++steps > MAX_STEPS) {
      complete = false
      return
    }
    if (i === vars.length) {
      solutions.push(chosen.slice())
      return
    }
    const v = vars[i] as Variable
    const { paths } = v
    // A constraint's truth changes only when one of its cells does: each row tests the ones that hold its cells.
    const tests = v.touching
    for (const reading of v.readings) {
      for (let k = 0; k < paths.length; k++) assigned.set(paths[k] as string, reading[k] ?? 0)
      if (tests.every((c) => holds(c) !== false)) {
        chosen.push(reading)
        search(i + 1)
        chosen.pop()
      }
      for (const p of paths) assigned.delete(p)
      if (!complete) return
    }
  }
  search(0)
  // No reading satisfies the report's arithmetic (the report itself is inconsistent): each row falls back
  // to its own readings, and only a row that can be read one way alone gets values.
  const inconsistent = complete && solutions.length === 0
  vars.forEach((v, i) => {
    const seen = inconsistent ? v.readings : solutions.map((s) => s[i] ?? [])
    const unsure: string[] = []
    v.paths.forEach((p, k) => {
      const only = complete ? onlyValue(seen, k) : undefined
      values.set(p, only ?? null)
      if (only === undefined) unsure.push(p.slice(v.row.row.path.length + 1))
    })
    if (unsure.length > 0) {
      warnings.push({
        code: 'ambiguous_cells',
        message: `The row's cells arrived glued together and more than one reading fits the report's arithmetic; left blank: ${unsure.join(', ')}.`,
        path: v.row.row.path,
      })
    } else {
      // Said for every row read this way: a reader should know these numbers were cut out of a run.
      warnings.push({
        code: 'glued_cells',
        message: inconsistent
          ? "The row's cells arrived glued together; the only possible reading was used, though the report's arithmetic does not hold."
          : "The row's cells arrived glued together; the one reading that fits the report's arithmetic was used.",
        path: v.row.row.path,
      })
    }
  })
}
