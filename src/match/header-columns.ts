import { readCell } from '../normalize/numbers.ts'
import type { Token } from './tokens.ts'

/**
 * A flat HTML grid (every span written out, as CMS and spreadsheet exports make them) prints a covered
 * position and a blank cell alike, as an empty cell: `（一）予以公开 | (empty) | 5 | 0 | … | (empty)` can be
 * spacer-then-values or values-then-blank. The span-aware grid settles it: the header rows above the row
 * name the value columns (自然人 … 总计 stand at grid columns 3–9), and each value is read in its column.
 *
 * Used only where the row alone admits two readings, and only when the header and the row agree on the
 * table's width and every non-empty cell of the row stands under a header column: a header whose spans
 * disagree with the data is never trusted for a column.
 */

/** How far above a row its header is looked for. */
const MAX_ROWS_UP = 60

/** A data cell: a number or a blank mark (`—`, `/`); a header never prints either. Empty cells say nothing. */
function isData(token: Token): boolean {
  return token.folded !== '' && readCell(token.folded).kind !== 'text'
}

/** The cells of the row that ends at token index `end - 1`, and where it starts. */
function rowBefore(tokens: readonly Token[], end: number): { start: number; cells: Token[] } {
  const last = tokens[end - 1]
  let start = end - 1
  while (start > 0 && tokens[start - 1]?.row === last?.row) start--
  return { start, cells: tokens.slice(start, end) }
}

/** The values of a row in the grid columns its header names, or null where the grid cannot say. */
export function valuesByHeader(tokens: readonly Token[], values: readonly Token[], want: number): string[] | null {
  const first = values[0]
  const lastValue = values.at(-1)
  if (!first || !lastValue || first.x === undefined || first.tableId === undefined) return null
  if (values.some((v) => v.row !== first.row || v.x === undefined)) return null
  const at = tokens.indexOf(first)
  const label = tokens[at - 1]?.row === first.row ? tokens[at - 1] : undefined
  const labelEnd = label?.x === undefined ? 0 : label.x + label.colspan
  const rowEnd = (lastValue.x ?? 0) + lastValue.colspan

  // Up from the row: past the data rows, then through the header rows (no figure, no blank mark) that name columns.
  const columns = new Set<number>()
  let headerEnd = 0
  let collecting = false
  let end = tokens[at]?.row === first.row ? rowBefore(tokens, at + 1).start : at
  for (let n = 0; n < MAX_ROWS_UP && end > 0; n++) {
    const { start, cells } = rowBefore(tokens, end)
    end = start
    const head = cells[0]
    if (!head || !head.tableRow || head.tableId !== first.tableId) break
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
  const byX = new Map(values.map((v) => [v.x, v]))
  // A number outside the header's columns would be dropped: refuse rather than lose it.
  if (values.some((v) => v.folded !== '' && !columns.has(v.x ?? -1))) return null
  const out: string[] = []
  for (const x of [...columns].sort((a, b) => a - b)) {
    const cell = byX.get(x)
    if (!cell) return null
    out.push(cell.folded)
  }
  return out
}
