import type { Warning } from '../schema/report.ts'
import { isValueKind, type Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'
import { rowsBut, type RowOnPage, type RowsOnPages } from './row-places.ts'
import { unreadRows, type RowPaths } from './unread-rows.ts'

/**
 * pdftotext `-layout` prints each block of a page at a text column it computes for the block, and may set a block
 * holding one column's words over several rows before its left neighbour's or past the row's end: those rows give
 * their figures out of the page's order, every column still holding a word (no count shows it) and each row its own
 * total (15240: `０` of 法律服务机构 set before 自然人's figure on 四's row and 总计's, `０ 0 0 0 1 6 7` for
 * 0 0 0 1 0 6 7; 14381: a column's `0` set past the blank totals' `-` on five rows). What the text still shows is the
 * block: the row's first figure stands apart — a wide gap from its label before it and from the row's next figure
 * after it — at a place where no figure of the page's other rows stands but those of the run of rows around it that
 * stand there too (the block, two rows or more); or its last figure does so past the figure before it, that one
 * standing where the page's other rows print their last piece (by place, the row's last cell). Such a figure may be
 * any column's: the text allows another order, and the row is left unread where its cells are not all alike. Text
 * without columns (`-raw`, reading order) shows no places: there nothing is doubted.
 */

/** Characters two figures' spans may stand apart and still meet: pdftotext's columns drift by a character. */
const SLACK = 1

/** Rows of the page outside the run, at least, that hold no figure there: the page's columns are seen elsewhere. */
const MIN_OTHERS = 3

/** Characters between a moved figure and the pieces beside it, at least: wider than the gap between two columns. */
const GAP = 12

/** The last figures' places drift more: a mark and a figure of one column stand two characters apart. */
const LAST_SLACK = 2

/** Rows whose first figure stands apart, in a block of rows no other row of the page stands in: unread. */
export function doubtMovedBlocks(tokens: readonly Token[], placed: RowsOnPages | undefined, values: CellValues, sources: Map<string, number>, warnings: readonly Warning[]): { warnings: Warning[]; rows: RowsOnPages | undefined } {
  // Rows are placed by their cells' columns: text without columns has none to weigh (the warnings as unreadRows leaves them).
  if (!placed) return { warnings: [...warnings], rows: placed }
  const doubted: RowPaths[] = []
  for (const table of placed.tables) {
    // By line, a copy: the table's order stays the later guards' (their warnings come in it).
    const rows = [...table].sort((a, b) => a.line - b.line)
    rows.forEach((r, i) => {
      if (allAlike(r.cells)) return
      const moved = movedFirst(tokens, rows, i) || movedLast(tokens, rows, i)
      if (moved) doubted.push({ path: r.path, paths: r.paths })
    })
  }
  const message =
    "A figure of the row stands apart from the others, where only the rows around it print one: a viewer set a column's words out of their order over those rows, and the text does not say which column it is; left blank rather than guessed."
  // The rows left unread are no longer placed: the later guards weigh the others as placing them again would give.
  return { warnings: unreadRows(doubted, values, sources, warnings, message), rows: doubted.length === 0 ? placed : rowsBut(placed, new Set(doubted.map((d) => d.path))) }
}

/** Every value the first's, a cell not a number counting as blank (SameValueZero, as a Set of them would count one): no Set made a row. */
function allAlike(cells: readonly (number | string | null)[]): boolean {
  const first = asNumber(cells[0])
  for (const c of cells) {
    const v = asNumber(c)
    if (!(v === first || (v !== v && first !== first))) return false
  }
  return true
}

function asNumber(c: number | string | null | undefined): number | null {
  return typeof c === 'number' ? c : null
}

/**
 * The run of rows around row `i` holding a figure where the span stands (one block of pdftotext's), where no figure
 * of the page's other rows stands there (three rows at least); undefined elsewhere.
 */
function orphan(rows: readonly RowOnPage[], i: number, span: [number, number]): [number, number] | undefined {
  const r = rows[i] as RowOnPage
  const touches = (n: RowOnPage) => n.spans.some((s) => meets(s, span))
  let lo = i
  while (lo > 0 && (rows[lo - 1] as RowOnPage).page === r.page && touches(rows[lo - 1] as RowOnPage)) lo--
  let hi = i
  while (hi + 1 < rows.length && (rows[hi + 1] as RowOnPage).page === r.page && touches(rows[hi + 1] as RowOnPage)) hi++
  let others = 0
  rows.forEach((n, k) => {
    if (n.page === r.page && (k < lo || k > hi)) others++
  })
  if (others < MIN_OTHERS) return undefined
  return rows.some((n, k) => n.page === r.page && (k < lo || k > hi) && touches(n)) ? undefined : [lo, hi]
}

/** The nearest piece set out on the line of token `s`, going `step` (empty cells between are no pieces). */
function beside(tokens: readonly Token[], s: number, step: 1 | -1): Token | undefined {
  const at = besideAt(tokens, s, step)
  return at === undefined ? undefined : tokens[at]
}

/** The index of that piece. */
function besideAt(tokens: readonly Token[], s: number, step: 1 | -1): number | undefined {
  const line = (tokens[s] as Token).line
  for (let i = s + step; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i] as Token
    if (t.line !== line) return undefined
    if (t.col !== undefined && t.kind !== 'empty') return i
  }
  return undefined
}

/** Two spans of columns meet, give or take SLACK. */
function meets(a: [number, number] | undefined, b: [number, number], slack = SLACK): boolean {
  return a !== undefined && a[0] < b[1] + slack && b[0] < a[1] + slack
}

/** The row's first figure, a wide gap from its label before it and from the row's next figure after it, in a block of rows of its own. */
function movedFirst(tokens: readonly Token[], rows: readonly RowOnPage[], i: number): boolean {
  const r = rows[i] as RowOnPage
  const span = r.spans[0]
  const s = r.tokens[0]
  if (span === undefined || s === undefined) return false
  const label = beside(tokens, s, -1)
  const next = beside(tokens, s, 1)
  if (label?.colEnd === undefined || span[0] - label.colEnd < GAP) return false
  if (next?.col === undefined || !isValueKind(next.kind) || next.col - span[1] < GAP) return false
  const run = orphan(rows, i, span)
  return run !== undefined && run[1] > run[0]
}

/**
 * The row's last figure, alone at its line's end a wide gap past the figure before it, in a block of rows of its own,
 * where that figure before it stands where the page's other rows print their last: by place that one is the row's
 * last cell, and the figure past it some column's set out of its order.
 */
function movedLast(tokens: readonly Token[], rows: readonly RowOnPage[], i: number): boolean {
  const r = rows[i] as RowOnPage
  const k = r.spans.length - 1
  const span = r.spans[k]
  const s = r.tokens[k]
  if (span === undefined || s === undefined) return false
  const before = beside(tokens, s, -1)
  if (beside(tokens, s, 1) !== undefined) return false
  if (before?.col === undefined || before.colEnd === undefined || !isValueKind(before.kind) || span[0] - before.colEnd < GAP) return false
  const run = orphan(rows, i, span)
  if (run === undefined || run[1] === run[0]) return false
  const place: [number, number] = [before.col, before.colEnd]
  return rows.some((n, m) => n.page === r.page && (m < run[0] || m > run[1]) && meets(lastOnLine(tokens, n.tokens), place, LAST_SLACK))
}

/** The columns of the last piece on the line of the row's last cell read from a token (a blank's mark among them). */
function lastOnLine(tokens: readonly Token[], ids: readonly (number | undefined)[]): [number, number] | undefined {
  let s: number | undefined
  for (const id of ids) if (id !== undefined) s = id
  if (s === undefined) return undefined
  for (let next = besideAt(tokens, s, 1); next !== undefined && isValueKind((tokens[next] as Token).kind); next = besideAt(tokens, s, 1)) s = next
  const t = tokens[s] as Token
  return t.col === undefined || t.colEnd === undefined ? undefined : [t.col, t.colEnd]
}
