import type { Equation } from '../model/equations.ts'
import type { ColumnModel } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import type { CellReading } from './align-types.ts'
import type { CellValues } from './glued.ts'
import { readCellValue } from './read-cell.ts'
import { rowOf } from './order-evidence.ts'
import { columnEquations, holdsKnown } from './column-pins.ts'

/** A figure the alignment put in a cell of a row it then left unread: the one token on every cheapest alignment. */
export interface Tentative {
  value: number
  token: number
}

/** The cells of an unread row that the alignment filled with one figure each, by path. */
export function tentativeCells(tokens: readonly Token[], cells: readonly { c: { path: string; column: ColumnModel }; reading: CellReading }[], out: Map<string, Tentative>): void {
  const read = cells.map(({ c, reading }) => {
    const f = reading.fills[0]
    if (reading.unfilled || reading.fills.length !== 1 || f?.type !== 'token') return null
    return { f, v: readCellValue(tokens[f.token] as Token, c.column) }
  })
  // A sum cannot tell 0 from a blank: where the row holds a blank (or a cell nothing filled), a 0 may be a blank's.
  const blank = read.some((r) => r === null || r.v.kind === 'blank')
  cells.forEach(({ c }, k) => {
    const r = read[k]
    if (r && r.v.kind === 'value' && typeof r.v.value === 'number' && !(blank && r.v.value === 0)) out.set(c.path, { value: r.v.value, token: r.f.token })
  })
}

/**
 * Cells of rows left unread whose figure, as the alignment placed it, an equation down its column holds (a column's
 * total, the balance: SPEC §3.5) with every other cell of it read: that figure is the one its column demands,
 * whichever row the text set it by, and is read — each in turn, as long as one is (a cell read so may complete
 * another column's equation; each step's equation has no other cell unknown). No figure is read twice, nor one a read
 * cell came from. The arithmetic only confirms the alignment's figure; it never makes one.
 */
export function readByColumns(tentative: ReadonlyMap<string, Tentative>, values: CellValues, sources: Map<string, number>, equations: readonly Equation[], blanks: ReadonlySet<string>): string[] {
  // Most reports hold no tentative cell: the tokens read are gathered only where some cell is still open.
  if (tentative.size === 0) return []
  const used = new Set(sources.values())
  const open = [...tentative].filter(([p, t]) => values.get(p) === null && !blanks.has(p) && !used.has(t.token))
  if (open.length === 0) return []
  const byPath = columnEquations(equations, rowOf)
  const known = (p: string): number | null => {
    const v = values.get(p)
    return typeof v === 'number' ? v : v === null && blanks.has(p) ? 0 : null
  }
  const read: string[] = []
  for (let changed = true; changed; ) {
    changed = false
    for (const [p, t] of open) {
      if (values.get(p) !== null) continue
      const holds = (byPath.get(p) ?? []).some((eq) => holdsKnown(eq, (q) => (q === p ? t.value : known(q))))
      if (!holds || used.has(t.token)) continue
      used.add(t.token)
      values.set(p, t.value)
      sources.set(p, t.token)
      read.push(p)
      changed = true
    }
  }
  return read
}

/** The warnings of rows some of whose cells were read by their columns after all: each names those cells. */
export function withColumnReads(warnings: readonly Warning[], read: readonly string[]): Warning[] {
  if (read.length === 0) return [...warnings]
  const byRow = new Map<string, string[]>()
  for (const p of read) {
    const row = p.slice(0, p.lastIndexOf('.'))
    byRow.set(row, [...(byRow.get(row) ?? []), p.slice(row.length + 1)])
  }
  return warnings.map((w) => {
    const cells = w.code !== 'blank_cell' && w.path !== undefined ? byRow.get(w.path) : undefined
    return cells ? { ...w, message: `${w.message} Read after all, as their columns' totals hold them: ${cells.join(', ')}.` } : w
  })
}
