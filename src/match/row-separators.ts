import type { TableRegion } from '../locate/locate.ts'
import { isValueKind, type Token } from '../tokens/token.ts'

/**
 * Text that sets one cell per line prints a blank cell as a blank line — and often sets blank lines between
 * its cells too (a mirror site's dump), ends its rows with more (LibreOffice prints the spanned labels beside
 * a row as blank lines before it). Which blank line is which, the table itself says: its rows whose figures
 * are all there show how many blank lines stand between two cells and how many before each kind of row (the
 * same group, first of its group or not). A run of blank lines is then that many separators around as many
 * blank cells as fit; where the runs do not fit the pattern, every blank line stays a possible blank cell.
 */

/** Rows whose figures are all there that a pattern needs before it is believed. */
const MIN_ROWS = 2

const isBlankLine = (t: Token | undefined) => t !== undefined && t.kind === 'empty' && t.weak && !t.tableRow
const isFigure = (t: Token | undefined) => t !== undefined && isValueKind(t.kind) && t.kind !== 'empty'

interface Stretch {
  /** The kind of row that follows (its group, and whether it starts it). */
  key: string
  /** Whether the row that follows starts its group. */
  first: boolean
  complete: boolean
  /** Runs of blank lines between the label and the figures, and between figures, in order. */
  inner: number[][]
  /** The blank lines after the last figure, up to the next label (the nearest to it first). */
  trailing: number[]
  /** Figures of the row, and whether the next label is the next row's (the stretch holds one row's cells). */
  figures: number
  columns: number
  adjacent: boolean
}

/** The key of the table's last row, whose blank lines after it are the table's end. */
const END = 'end'

function stretches(tokens: readonly Token[], region: TableRegion): Stretch[] {
  const rows = region.table.rows
  const firsts = [...region.labels]
    .map(([row, pieces]) => ({ row, at: pieces.at(-1) ?? -1 }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
  const stretch = (x: { row: number; at: number }, end: number, nextRow: number | null): Stretch => {
    let figures = 0
    let last = x.at
    const inner: number[][] = []
    let run: number[] = []
    for (let i = x.at + 1; i < end; i++) {
      const t = tokens[i]
      if (isBlankLine(t)) run.push(i)
      else if (isFigure(t)) {
        figures++
        inner.push(run)
        run = []
        last = i
      }
    }
    const trailing: number[] = []
    for (let i = end - 1; i > last; i--) if (isBlankLine(tokens[i])) trailing.push(i)
    const columns = rows[x.row]?.columns.length ?? 0
    // The table's last row: what follows it ends the table, and teaches nothing about the partings between rows.
    if (nextRow === null) return { key: END, first: false, complete: false, inner, trailing, figures, columns, adjacent: x.row === rows.length - 1 }
    const after = rows[nextRow]
    const first = after?.group !== rows[nextRow - 1]?.group
    const adjacent = nextRow === x.row + 1
    return { key: `${after?.group ?? ''}|${first}`, first, complete: figures === columns && adjacent, inner, trailing, figures, columns, adjacent }
  }
  const out = firsts.slice(0, -1).map((x, k) => {
    const next = firsts[k + 1] as { row: number; at: number }
    return stretch(x, next.at, next.row)
  })
  const final = firsts.at(-1)
  if (final) {
    // It ends at the first words after it (the next heading) or the region's end.
    let end = final.at + 1
    while (end < region.end && tokens[end]?.kind !== 'text') end++
    out.push(stretch(final, end, null))
  }
  return out
}

/** The one number every list shows, or null. */
function agreed(values: readonly number[]): number | null {
  if (values.length < MIN_ROWS) return null
  return values.every((v) => v === values[0]) ? (values[0] as number) : null
}

/** The count most stretches show, when more than half of at least MIN_ROWS of them do; else 0. */
function usual(list: readonly Stretch[]): number {
  if (list.length < MIN_ROWS) return 0
  const counts = new Map<number, number>()
  for (const s of list) counts.set(s.trailing.length, (counts.get(s.trailing.length) ?? 0) + 1)
  for (const [n, c] of counts) if (2 * c > list.length) return n
  return 0
}

/**
 * An inline table (四) prints its cells in one row: where that row sets its figures on touching lines, a run of
 * blank lines before or among them (after its header's words) is that many blank cells, and the cells those
 * and its figures leave over are the first blank lines after its last figure; the blank lines past them end
 * the table (LibreOffice prints one).
 */
function inlineSeparators(tokens: readonly Token[], region: TableRegion): Set<number> {
  const out = new Set<number>()
  const cells = region.table.rows.reduce((n, row) => n + row.columns.length, 0)
  const runs: number[][] = []
  let run: number[] = []
  let leading = 0
  let figures = 0
  for (let i = region.start; i < region.end; i++) {
    const t = tokens[i]
    if (isBlankLine(t)) run.push(i)
    else if (isFigure(t)) {
      if (figures > 0) runs.push(run)
      else leading = run.length
      run = []
      figures++
    } else if (t?.kind === 'text' && figures === 0) run = []
    else if (t?.kind === 'text') break
  }
  // The figures touch where most pairs of them do; otherwise the partings are not known.
  if (figures < 2 || 2 * runs.filter((r) => r.length === 0).length <= runs.length) return out
  const left = cells - figures - leading - runs.reduce((n, r) => n + r.length, 0)
  if (left < 0) return out
  for (const i of run.slice(left)) out.add(i)
  return out
}

/**
 * Where the text sets a row's cells on touching lines (no parting between them, nor after the label), every
 * blank line among them is a blank cell, and the row prints all its cells: the blank lines after its last figure
 * hold the cells its figures and those leave over, and the rest part it from the next row. Null where the row
 * does not say (partings inside it, or fewer lines than cells).
 */
function ownPartings(s: Stretch, afterLabel: number | null, between: number | null): number | null {
  if (afterLabel !== 0 || between !== 0 || !s.adjacent || s.figures === 0) return null
  const left = s.columns - s.figures - s.inner.reduce((n, run) => n + run.length, 0)
  return left >= 0 && left <= s.trailing.length ? s.trailing.length - left : null
}

/** Token indices of the blank lines that are no cells. */
export function rowSeparators(tokens: readonly Token[], region: TableRegion): Set<number> {
  // Only blank lines are ever separators: text that sets none in the table (rows on lines of their own) has none.
  // (Stretches run between labels' last pieces, which a region moved past borrowed figures may leave before its start.)
  let from = region.start
  let to = region.end
  for (const pieces of region.labels.values()) {
    const at = pieces.at(-1) ?? region.start
    if (at < from) from = at
    if (at >= to) to = at + 1
  }
  let blank = false
  for (let i = from; i < to && !blank; i++) blank = isBlankLine(tokens[i])
  if (!blank) return new Set()
  if (region.table.inline) return inlineSeparators(tokens, region)
  const out = new Set<number>()
  const all = stretches(tokens, region)
  const complete = all.filter((s) => s.complete)
  // Between two figures of a complete row, and between its label and its first figure.
  const between = agreed(complete.flatMap((s) => s.inner.slice(1).map((r) => r.length)))
  const afterLabel = agreed(complete.map((s) => s.inner[0]?.length ?? 0))
  const least = (list: readonly Stretch[]) => (list.length >= MIN_ROWS ? Math.min(...list.map((s) => s.trailing.length)) : 0)
  for (const s of all) {
    s.inner.forEach((run, k) => {
      const gap = k === 0 ? afterLabel : between
      if (gap === null || run.length < gap) return
      // A run of gap + n·(gap + 1) blank lines is n blank cells with their separators; the rest are separators.
      const cells = (run.length - gap) / (gap + 1)
      if (!Number.isInteger(cells)) return
      const keep = new Set(run.slice(gap, gap + cells))
      for (const i of run) if (!keep.has(i)) out.add(i)
    })
    // Rows of the same kind show the count; where too few of them are whole, rows that alike start a group
    // (or do not) show the count most of them agree on. Too many taken for partings leaves a cell unfilled
    // (the row null), never a figure moved.
    const same = complete.filter((t) => t.key === s.key)
    const learnt = () => (s.key === END ? 0 : same.length >= MIN_ROWS ? least(same) : usual(complete.filter((t) => t.first === s.first)))
    const known = ownPartings(s, afterLabel, between) ?? learnt()
    for (const i of s.trailing.slice(0, known)) out.add(i)
  }
  return out
}
