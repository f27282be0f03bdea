import type { TableRegion } from '../locate/locate.ts'
import { isValueKind, type Token } from '../tokens/token.ts'

/**
 * Text that sets one cell per line (LibreOffice's text of a table) prints a blank cell as a blank line —
 * and prints the spanned labels beside a row (covered cells) as blank lines before it. Which is which, the
 * table itself says: the rows whose figures are all there show how many blank lines stand before a row of
 * each kind (the same group, first of its group or not), and that many blank lines after the row before
 * are no cells. Blank lines inside a row, and any more than that, stay possible blank cells.
 */

/** Rows whose figures are all there, per group, that a pattern needs before it is believed. */
const MIN_ROWS = 2

const isBlankLine = (t: Token | undefined) => t !== undefined && t.kind === 'empty' && t.weak && !t.tableRow
const isFigure = (t: Token | undefined) => t !== undefined && isValueKind(t.kind) && t.kind !== 'empty'

/** Token indices of the blank lines that only end a row. */
export function rowSeparators(tokens: readonly Token[], region: TableRegion): Set<number> {
  const out = new Set<number>()
  const rows = region.table.rows
  const firsts = [...region.labels]
    .map(([row, pieces]) => ({ row, at: pieces[0] ?? -1 }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
  // Per row with a next label: the blank lines just before that label, and whether all its figures are there.
  const stretches = firsts.slice(0, -1).map((x, k) => {
    const next = firsts[k + 1] as { row: number; at: number }
    let figures = 0
    for (let i = x.at + 1; i < next.at; i++) if (isFigure(tokens[i])) figures++
    // The blank lines after the row's last figure (a group's label standing between is no figure).
    const blanks: number[] = []
    for (let i = next.at - 1; i > x.at && !isFigure(tokens[i]); i--) if (isBlankLine(tokens[i])) blanks.push(i)
    const row = rows[x.row]
    // What a row's end looks like depends on the row after it: the spanned labels beside it, printed empty.
    const after = rows[next.row]
    const key = `${after?.group ?? ''}|${after?.group !== rows[next.row - 1]?.group}`
    return { key, complete: figures === row?.columns.length && next.row === x.row + 1, blanks }
  })
  const least = (list: typeof stretches) => (list.length >= MIN_ROWS ? Math.min(...list.map((s) => s.blanks.length)) : 0)
  for (const s of stretches) {
    const known = least(stretches.filter((t) => t.complete && t.key === s.key))
    for (const i of s.blanks.slice(0, known)) out.add(i)
  }
  return out
}
