import type { TableRegion } from '../locate/locate.ts'
import type { Token } from '../tokens/token.ts'
import type { TableModel } from '../model/index.ts'
import type { Event, ValueAlignment } from './align-types.ts'
import { near } from './column-pairs.ts'
import { joinedApart } from './outside-pieces.ts'

/**
 * Text that keeps the page's columns (pdftotext -layout) prints a row whose label wrapped as two or three
 * lines, and sets each of the row's figures beside whichever of those lines its baseline fell nearest: the
 * first cells on one line and the last on the next, or one cell on the first line and the rest below it. In
 * reading order the label's later piece then stands among the row's figures, and the figures may not be in
 * the row's order. The columns say where each stands: where the figures between the label's first piece and
 * the end of its last piece's line are as many as the row's cells, every one placed, and the figures of
 * different lines share no column, they are the row's cells in the order of their columns. Anything else —
 * a figure without a column, one too many or too few, two lines' figures in one column — is left as it was,
 * for the alignment to read or leave null.
 */

interface Span {
  /** Events [from, to) that hold the row's label pieces and figures. */
  from: number
  to: number
}

/** The events of row `row`'s wrapped label and the figures beside it, or null where its pieces are not apart. */
function spanOf(tokens: readonly Token[], events: readonly Event[], pieces: readonly number[], row: number): Span | null {
  const first = pieces[0]
  const last = pieces.at(-1)
  if (first === undefined || last === undefined) return null
  const lastLine = tokens[last]?.line ?? -1
  if ((tokens[first]?.line ?? -1) === lastLine) return null
  const from = events.findIndex((e) => e.type === 'label' && e.token === first)
  if (from < 0) return null
  let to = from + 1
  for (; to < events.length; to++) {
    const e = events[to] as Event
    if ((tokens[e.token]?.line ?? Infinity) > lastLine || (e.type === 'label' && e.row !== row)) break
  }
  return { from, to }
}

/** Figures of the span sorted by column, or null where any has none or two lines' figures share columns. */
function byColumn(tokens: readonly Token[], values: readonly Event[]): Event[] | null {
  const placed = values.map((e) => tokens[e.token] as Token)
  if (placed.some((t) => t.col === undefined || t.colEnd === undefined)) return null
  const lines = new Set(placed.map((t) => t.line))
  if (lines.size < 2) return null
  const sorted = [...values].sort((a, b) => (tokens[a.token]?.col ?? 0) - (tokens[b.token]?.col ?? 0))
  for (let k = 1; k < sorted.length; k++) {
    const a = tokens[sorted[k - 1]?.token ?? -1] as Token
    const b = tokens[sorted[k]?.token ?? -1] as Token
    // A space between them at least: figures that touch or overlap may be one cell's pieces, or columns in doubt.
    if ((a.colEnd ?? 0) >= (b.col ?? 0)) return null
  }
  return sorted
}

export function orderWrappedRows(tokens: readonly Token[], region: TableRegion, events: Event[]): Event[] {
  if (region.table.inline) return events
  let out = events
  for (const [row, pieces] of region.labels) {
    const span = spanOf(tokens, out, pieces, row)
    if (!span) continue
    const inside = out.slice(span.from, span.to)
    const labels = inside.filter((e) => e.type === 'label')
    const values = inside.filter((e) => e.type === 'value' && tokens[e.token]?.kind !== 'empty')
    if (values.length !== (region.table.rows[row]?.columns.length ?? -1) || values.length + labels.length !== inside.length) continue
    const sorted = byColumn(tokens, values)
    if (!sorted) continue
    const placed: Event[] = sorted.map((e) => (e.type === 'value' ? { ...e, rowHint: row } : e))
    out = [...out.slice(0, span.from), ...labels, ...placed, ...out.slice(span.to)]
  }
  return out
}

/**
 * A row whose figures stand on two or more lines, several on each: a reading order that wrapped the row, where
 * a figure may have been cut in two at the wrap (`54 ２７４` / `８７ 6861 …`). Its arithmetic decides (match.ts).
 */
export function isWrapped(tokens: readonly Token[], readings: readonly ValueAlignment['cells'][number][]): boolean {
  if (readings.some((r) => r.fills.some((f) => tokens[f.token] !== undefined && joinedApart(tokens[f.token] as Token)))) return true
  const onLines: number[] = []
  const figures: Token[] = []
  for (const r of readings) {
    const f = r.fills[0]
    if (f?.type !== 'token') continue
    const t = tokens[f.token] as Token
    if (t.kind !== 'empty') figures.push(t)
    onLines.push(t.line)
  }
  // The lines holding two of them or more, counted over the row's few cells (no map made for every row read).
  let lines = 0
  for (let i = 0; i < onLines.length; i++) if (onLines.indexOf(onLines[i] as number) === i && onLines.indexOf(onLines[i] as number, i + 1) >= 0) lines++
  if (lines < 2) return false
  // Where the text keeps the page's columns, a figure cut at the wrap leaves its pieces one over the other: a row
  // whose lines' figures stand in columns apart (`16 1件 592 0件 ０` over `0 608` right of them) cut none.
  if (figures.every((t) => t.col !== undefined)) return figures.some((a) => figures.some((b) => a.line < b.line && near(a, b)))
  return true
}

/**
 * Rows of text with columns whose figures, in the order the alignment gave its cells, are not in their columns'
 * order: a later cell's figure on a later line stands wholly left of an earlier one's (`28，959` on the label's
 * first line, `0 ０ 0` left of it on the next). Reading order is not the table's there.
 */
export function outOfColumns(tokens: readonly Token[], readings: ValueAlignment['cells'], table: TableModel): number[] {
  const out: number[] = []
  let j = 0
  table.rows.forEach((row, r) => {
    let last: Token | undefined
    for (let k = 0; k < row.columns.length; k++, j++) {
      const f = readings[j]?.fills[0]
      const t = f?.type === 'token' ? tokens[f.token] : undefined
      if (!t || t.col === undefined || t.kind === 'empty') continue
      if (last && t.line > last.line && (t.colEnd ?? 0) <= (last.col ?? 0)) out.push(r)
      last = t
    }
  })
  return out
}
