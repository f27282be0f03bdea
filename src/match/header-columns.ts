import type { Token } from '../tokens/token.ts'

/**
 * A flat HTML grid (every span written out, as CMS and spreadsheet exports make them) prints a covered
 * position and a blank cell alike, as an empty cell: `（一）予以公开 | (empty) | 5 | 0 | … | (empty)` can be
 * spacer-then-values or values-then-blank. The span-aware grid settles it: the header rows above the row
 * name the value columns (自然人 … 总计 stand at grid columns 3–9), and each cell is placed in its column.
 *
 * Used only where a row holds more cells than the model gives it, and only when the header and the row
 * agree on the table's width and every figure of the row stands under a header column: a header whose
 * spans disagree with the data is never trusted for a column.
 */

/** How far above a row its header is looked for (lines). */
const MAX_ROWS_UP = 60

const isData = (t: Token) => t.kind !== 'text' && t.kind !== 'empty'

/** The tokens of each line, by line, for the lines of a region. */
function linesIn(tokens: readonly Token[], start: number, end: number): Map<number, number[]> {
  const lines = new Map<number, number[]>()
  for (let i = start; i < end; i++) {
    const t = tokens[i] as Token
    const list = lines.get(t.line) ?? []
    list.push(i)
    lines.set(t.line, list)
  }
  return lines
}

/**
 * For the row whose label token is `label` and whose cells are `values` (token indices on its line, in
 * order), the column of each cell (0 … want-1), or -1 for a position the header names no column for.
 * Null where the grid cannot say.
 */
export function columnsByHeader(tokens: readonly Token[], label: number, values: readonly number[], want: number, searchFrom: number): Map<number, number> | null {
  const first = tokens[values[0] ?? -1]
  const lastValue = tokens[values.at(-1) ?? -1]
  const head = tokens[label]
  if (!first || !lastValue || !head || first.tableId === undefined || head.x === undefined) return null
  if (values.some((v) => tokens[v]?.x === undefined)) return null
  const labelEnd = head.x + head.colspan
  const rowEnd = (lastValue.x ?? 0) + lastValue.colspan
  const lines = linesIn(tokens, Math.max(searchFrom, 0), label)
  const order = [...lines.keys()].sort((a, b) => b - a)
  // Up from the row: past the data rows, then through the header rows (no figure, no blank mark) that name columns.
  const columns = new Set<number>()
  let headerEnd = 0
  let collecting = false
  for (const line of order.slice(0, MAX_ROWS_UP)) {
    const cells = (lines.get(line) ?? []).map((i) => tokens[i] as Token)
    const lead = cells[0]
    if (!lead || !lead.tableRow || lead.tableId !== first.tableId) break
    if (cells.some(isData)) {
      if (collecting) break
      continue
    }
    const named = cells.filter((c) => c.folded !== '' && c.x !== undefined && c.x >= labelEnd)
    if (named.length === 0) continue
    collecting = true
    for (const c of named) columns.add(c.x ?? 0)
    const lastCell = cells.at(-1)
    headerEnd = Math.max(headerEnd, (lastCell?.x ?? 0) + (lastCell?.colspan ?? 1))
  }
  if (columns.size !== want || headerEnd !== rowEnd) return null
  const sorted = [...columns].sort((a, b) => a - b)
  const out = new Map<number, number>()
  for (const v of values) {
    const t = tokens[v] as Token
    const k = sorted.indexOf(t.x ?? -1)
    // A figure outside the header's columns would be dropped: refuse rather than lose it.
    if (k === -1 && t.kind !== 'empty') return null
    out.set(v, k)
  }
  return out
}
