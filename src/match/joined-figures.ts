import type { Equation } from '../model/equations.ts'
import type { CellModel } from '../model/index.ts'
import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import { readCellValue } from './read-cell.ts'
import type { StatedFact } from '../locate/stated-facts.ts'
import type { Warning } from '../schema/report.ts'
import { arithmeticOf, evaluate, type Constraint } from './glued-constraints.ts'
import type { CellValues } from './glued.ts'

/**
 * Cells a PDF's geometry left unreadable with one reading in reserve: pieces that are one figure if a word
 * processor broke it inside its cell (`2` / `8，5` / `33`), or not a figure at all. Arithmetic is evidence
 * between those two readings: the figure is read where an equation of the report (SPEC §3.5) or a figure its
 * overview states holds with it, every other cell of that equation known, and no equation it is part of fails.
 * Otherwise the cell stays null with its `unreadable_cell` warning. The number itself is never changed.
 */
export interface JoinedCandidate {
  path: string
  /** The cell's token (provenance). */
  token: number
  value: number
  /** Where the unit printed with the figure is kept, if the column keeps one, and that unit. */
  unitPath: string | null
  unit: string | null
}

/** An unreadable cell's token with a joined reading that its column can hold: the candidate; else null. */
export function joinedCandidate(tokens: readonly Token[], index: number, cell: CellModel): JoinedCandidate | null {
  const token = tokens[index]
  if (!token || token.joined === '') return null
  const folded = fold(token.joined)
  const read = readCell(folded)
  if (read.kind !== 'number') return null
  const value = readCellValue({ ...token, kind: 'number', folded, value: read.value, unit: read.unit }, cell.column)
  if (value.kind !== 'value') return null
  return { path: cell.path, token: index, value: value.value, unitPath: cell.unitPath, unit: value.unit }
}

/** Rounds of confirming: a figure confirmed may complete an equation for another. Each round is linear. */
const MAX_ROUNDS = 8

export interface JoinedResult {
  confirmed: JoinedCandidate[]
  warnings: Warning[]
}

export function confirmJoined(candidates: readonly JoinedCandidate[], values: CellValues, equations: readonly Equation[], facts: readonly StatedFact[]): JoinedResult {
  const confirmed: JoinedCandidate[] = []
  const warnings: Warning[] = []
  if (candidates.length === 0) return { confirmed, warnings }
  const { byPath } = arithmeticOf(equations, facts)
  let open = [...candidates]
  for (let round = 0; round < MAX_ROUNDS && open.length > 0; round++) {
    const still: JoinedCandidate[] = []
    for (const c of open) {
      if (holdsWith(c, byPath.get(c.path) ?? [], values)) {
        values.set(c.path, c.value)
        if (c.unitPath) values.set(c.unitPath, c.unit)
        confirmed.push(c)
        warnings.push({
          code: 'joined_figure',
          message: "The cell's figure was printed broken over lines; read as one figure because the report's arithmetic holds with it.",
          path: c.path,
        })
      } else still.push(c)
    }
    if (still.length === open.length) break
    open = still
  }
  return { confirmed, warnings }
}

/** Some constraint holding the cell once holds with its figure, the others all known; none fails. */
function holdsWith(c: JoinedCandidate, tests: readonly Constraint[], values: CellValues): boolean {
  const value = (path: string) => {
    if (path === c.path) return c.value
    const v = values.get(path)
    return typeof v === 'number' ? v : null
  }
  let holds = false
  for (const t of tests) {
    // A cell on both sides cancels out: such an equation says nothing of its figure.
    if (t.left.filter((p) => p === c.path).length + t.right.filter((p) => p === c.path).length !== 1) continue
    const result = evaluate(t, value)
    if (result === false) return false
    if (result === true) holds = true
  }
  return holds
}
