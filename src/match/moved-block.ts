import type { Located } from '../locate/locate.ts'
import { rowPaths, TABLE_KEYS } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import { isValueKind, type Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'
import { after } from './pieces-beside.ts'
import { unreadRows, type RowPaths } from './unread-rows.ts'

/**
 * pdftotext `-layout` prints each block of a page at a text column it computes for the block, and may set a block
 * holding one column's words over several rows before its left neighbour's: those rows give their figures out of the
 * page's order, every column still holding a word (no count shows it) and each row its own total (15240: `０` of
 * 法律服务机构 set before 自然人's figure on 四's row and 总计's, `０ 0 0 0 1 6 7` for 0 0 0 1 0 6 7). What the text
 * still shows is the block: the row's first figure stands apart — a wide gap from its label before it and from the
 * row's next figure after it — at a place where no figure of the page's other rows stands but those of the run of
 * rows around it that stand there too (the block, two rows or more). Such a figure may be any column's: the text
 * allows another order, and the row is left unread where its cells are not all alike. Text without columns (`-raw`,
 * reading order) shows no places: there nothing is doubted.
 */

/** Characters two figures' spans may stand apart and still meet: pdftotext's columns drift by a character. */
const SLACK = 1

/** Rows of the page outside the run, at least, that hold no figure there: the page's columns are seen elsewhere. */
const MIN_OTHERS = 3

/** Cells a row has at least to be weighed (table 三's rows: seven). */
const MIN_CELLS = 4

/** Characters between a moved figure and the pieces beside it, at least: wider than the gap between two columns. */
const GAP = 12

/** A row read from text set out in columns: each cell's value, and its figure's columns on its line and token. */
interface PlacedRow {
  path: string
  paths: readonly string[]
  values: (number | null)[]
  spans: ([number, number] | undefined)[]
  /** Each cell's token's index. */
  tokens: (number | undefined)[]
  line: number
  page: number
}

/** Rows whose first figure stands apart, in a block of rows no other row of the page stands in: unread. */
export function doubtMovedBlocks(tokens: readonly Token[], located: Located, values: CellValues, sources: Map<string, number>, warnings: readonly Warning[]): Warning[] {
  const page = pageEdges(tokens)
  const doubted: RowPaths[] = []
  for (const key of TABLE_KEYS) {
    const region = located.tables[key]
    if (!region) continue
    const rows: PlacedRow[] = []
    for (const row of region.table.rows) {
      const paths = rowPaths(row)
      if (paths.length < MIN_CELLS) continue
      const at: ([number, number] | undefined)[] = []
      const vals: (number | null)[] = []
      const ids: (number | undefined)[] = []
      let line: number | undefined
      for (const p of paths) {
        const s = sources.get(p)
        const t = s === undefined ? undefined : tokens[s]
        ids.push(s)
        const v = values.get(p)
        vals.push(typeof v === 'number' ? v : null)
        at.push(t?.col === undefined || t.colEnd === undefined ? undefined : [t.col, t.colEnd])
        if (t && t.col !== undefined && (line === undefined || t.line < line)) line = t.line
      }
      if (line === undefined || paths.some((p) => values.get(p) === undefined)) continue
      rows.push({ path: row.path, paths, values: vals, spans: at, tokens: ids, line, page: page(line) })
    }
    rows.sort((a, b) => a.line - b.line)
    rows.forEach((r, i) => {
      if (new Set(r.values).size < 2) return
      // The row's first figure, a wide gap from its label before it and from the row's next figure after it (a
      // figure: a wrapped cell's piece on a label's line is no block), in a block of rows of its own on the page.
      const span = r.spans[0]
      const s = r.tokens[0]
      if (span === undefined || s === undefined) return
      const label = beside(tokens, s, -1)
      const next = beside(tokens, s, 1)
      if (label?.colEnd === undefined || span[0] - label.colEnd < GAP) return
      if (next?.col === undefined || !isValueKind(next.kind) || next.col - span[1] < GAP) return
      const run = orphan(rows, i, span)
      const moved = run !== undefined && run[1] > run[0]
      if (moved) doubted.push({ path: r.path, paths: r.paths })
    })
  }
  const message =
    "A figure of the row stands apart from the others, where only the rows around it print one: a viewer set a column's words out of their order over those rows, and the text does not say which column it is; left blank rather than guessed."
  return unreadRows(doubted, values, sources, warnings, message)
}

/**
 * The run of rows around row `i` holding a figure where the span stands (one block of pdftotext's), where no figure
 * of the page's other rows stands there (three rows at least); undefined elsewhere.
 */
function orphan(rows: readonly PlacedRow[], i: number, span: [number, number]): [number, number] | undefined {
  const r = rows[i] as PlacedRow
  const touches = (n: PlacedRow) => n.spans.some((s) => meets(s, span))
  let lo = i
  while (lo > 0 && (rows[lo - 1] as PlacedRow).page === r.page && touches(rows[lo - 1] as PlacedRow)) lo--
  let hi = i
  while (hi + 1 < rows.length && (rows[hi + 1] as PlacedRow).page === r.page && touches(rows[hi + 1] as PlacedRow)) hi++
  let others = 0
  rows.forEach((n, k) => {
    if (n.page === r.page && (k < lo || k > hi)) others++
  })
  if (others < MIN_OTHERS) return undefined
  return rows.some((n, k) => n.page === r.page && (k < lo || k > hi) && touches(n)) ? undefined : [lo, hi]
}

/** The nearest piece set out on the line of token `s`, going `step` (empty cells between are no pieces). */
function beside(tokens: readonly Token[], s: number, step: 1 | -1): Token | undefined {
  const line = (tokens[s] as Token).line
  for (let i = s + step; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i] as Token
    if (t.line !== line) return undefined
    if (t.col !== undefined && t.kind !== 'empty') return t
  }
  return undefined
}

/**
 * The page of a line: how many jumps of two lines or more in the tokens' lines (a page's footer and header, dropped)
 * come at or before it. A blank line inside a page is one line and parts nothing.
 */
function pageEdges(tokens: readonly Token[]): (line: number) => number {
  const edges: number[] = []
  let last: number | undefined
  for (const t of tokens) {
    if (last !== undefined && t.line > last + 2) edges.push(t.line)
    last = t.line
  }
  return (line) => after(edges, line)
}

/** Two spans of columns meet, give or take SLACK. */
function meets(a: [number, number] | undefined, b: [number, number]): boolean {
  return a !== undefined && a[0] < b[1] + SLACK && b[0] < a[1] + SLACK
}
