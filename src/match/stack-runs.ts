import { rowPaths, type RowModel, type TableModel } from '../model/index.ts'
import { fold } from '../normalize/fold.ts'
import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'
import type { CellValues } from './glued.ts'
import { holdsIn, inRow, touchingAny, type ConstraintsByPath } from './glued-constraints.ts'
import { acrossRun, holdsAcross, mayHold, namesBlank } from './run-equations.ts'
import { bandRows } from './run-bands.ts'
import { runEdgesInDoubt } from './run-edges.ts'
import { readStacks } from './column-stacks.ts'
import type { StackReading } from './stack-agreement.ts'
import type { StackPiece, StackRow } from './stack-cells.ts'
import { linesBetween, NUMBERING, PARTS, PIECE, WORDS, type Line, type Word } from './run-lines.ts'

/**
 * The runs of unread rows a narrow print leaves, each read as one puzzle (column-stacks.ts): rows next to each
 * other in the table's order, each with its label found, between rows read (or the table's edge). Their pieces
 * are the words of the text's own lines as pdftotext set them — before any joining, which may have joined a
 * neighbour's piece — from the row above's last label line to the row below's first, that no read row holds, no
 * label is, and that the tokens kept (page furniture is none). A word of pieces (`件0`) gives each its own.
 */

/** Lines above a row's first label line and below its last that its cells' pieces may stand on. */
const REACH = 3
/**
 * Characters a piece may stand left or right of a column's position on the nearest lines that print a whole row
 * (above and below it): a line of pieces alone is set wider than a label's line (its columns drift right).
 */
const LEFT = 3
const RIGHT = 5
/** Steps of the searches for one table's runs: past it, the runs left are not read. */
const BUDGET = 20_000
/** Tokens before a word looked at for one holding it. */
const NEAR = 8

/** The rows of `left` read from their runs' pieces, by row index. `text`: the input the tokens' offsets name. */
export function readRuns(
  text: string,
  tokens: readonly Token[],
  table: TableModel,
  events: readonly Event[],
  left: ReadonlySet<number>,
  settled: ReadonlySet<number>,
  values: CellValues,
  byPath: ConstraintsByPath,
  doubted?: Set<number>,
): Map<number, StackReading> {
  const out = new Map<number, StackReading>()
  const n = table.rows[0]?.columns.length ?? 0
  if (left.size === 0 || n === 0 || table.rows.some((r) => r.columns.length !== n || r.columns.some((c) => c.unitKey))) return out
  const labels = new Map<number, number[]>()
  let first = Infinity
  let lastToken = -1
  for (const e of events) {
    const t = tokens[e.token] as Token
    if (t.kind === 'empty') continue
    // Only text that keeps the page's columns.
    if (t.col === undefined || t.start < 0) return out
    first = Math.min(first, e.token)
    lastToken = Math.max(lastToken, e.token)
    if (e.type !== 'label') continue
    const list = labels.get(e.row)
    if (list) list.push(e.token)
    else labels.set(e.row, [e.token])
  }
  if (lastToken < 0) return out
  // The table's lines as printed, REACH lines either side.
  let from = (tokens[first] as Token).start
  for (let k = 0; k <= REACH && from > 0; k++) from = text.lastIndexOf('\n', from - 1)
  let to = (tokens[lastToken] as Token).end
  for (let k = 0; k <= REACH && to >= 0 && to < text.length; k++) to = text.indexOf('\n', to + 1)
  if (to < 0) to = text.length
  const lines = linesBetween(text, from + 1, to)
  // The tokens printed there, by where they start and end (tokens stand in the text's order).
  const starts = new Map<number, number>()
  const ends = new Map<number, number>()
  const mark = (i: number) => {
    const t = tokens[i] as Token
    if (t.start < 0 || t.kind === 'empty') return
    starts.set(t.start, i)
    ends.set(t.end, i)
  }
  let a = first
  while (a > 0 && ((tokens[a - 1] as Token).start < 0 || (tokens[a - 1] as Token).start > from)) mark(--a)
  for (let i = first; i < tokens.length && ((tokens[i] as Token).start < 0 || (tokens[i] as Token).start <= to); i++) mark(i)
  // Tokens that hold words inside them, neither their first nor their last: a figure the tokens joined from three
  // lines or more (`２` / `５` / `件`), a run of figures read as one (`0 0 0`), words read as one text.
  const opens = [...starts.keys()].sort((x, y) => x - y)
  const across: number[] = []
  for (const i of starts.values()) {
    const t = tokens[i] as Token
    const nl = text.indexOf('\n', t.start)
    if (nl >= 0 && nl < t.end) across.push(i)
  }
  const holding = (w: Word): number | undefined => {
    const end = w.start + w.text.length
    let lo = 0
    let hi = opens.length - 1
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1
      if ((opens[m] as number) <= w.start) lo = m
      else hi = m - 1
    }
    // The nearest tokens starting before it on its line (a token's words follow each other), then those over lines.
    for (let b = lo; b >= 0 && b > lo - NEAR; b--) {
      const i = starts.get(opens[b] as number) as number
      const t = tokens[i] as Token
      if (t.start < w.start && t.end > end) return i
    }
    return across.find((i) => (tokens[i] as Token).start < w.start && (tokens[i] as Token).end > end)
  }
  // The tokens a word holds: those starting in it, or ending in it (a figure the tokens joined over lines); else the
  // token holding it.
  const tokensIn = (w: Word) => {
    const ts: number[] = []
    for (let o = w.start; o <= w.start + w.text.length; o++) {
      const s = starts.get(o)
      if (s !== undefined && o < w.start + w.text.length) ts.push(s)
      const e = ends.get(o)
      if (e !== undefined && o > w.start) ts.push(e)
    }
    if (ts.length > 0) return ts
    const h = holding(w)
    return h === undefined ? ts : [h]
  }
  const lineOf = (offset: number) => {
    let lo = 0
    let hi = lines.length - 1
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1
      if ((lines[m] as { start: number }).start <= offset) lo = m
      else hi = m - 1
    }
    return lo
  }
  // The columns' positions on lines printing a whole row: n figure words and at most a label beside them.
  const full: [number, number[]][] = []
  lines.forEach((l, k) => {
    const figures = l.words.filter((w) => PIECE.test(w.text) && tokensIn(w).length > 0)
    if (figures.length === n && l.words.length <= n + 2) full.push([k, figures.map((w) => w.col)])
  })
  if (full.length === 0) return out
  const columnsOf = (line: number, col: number) => {
    // The first full line at or below `line` (binary search: a run may hold many pieces, a table many full lines).
    let k = 0
    for (let hi = full.length; k < hi; ) {
      const m = (k + hi) >> 1
      if ((full[m] as [number, number[]])[0] < line) k = m + 1
      else hi = m
    }
    // The page's own, where it has one (pages are runs of lines: one of them is then next to `line`). Across a
    // page break the columns stand elsewhere: pdftotext may set a page's table 20 characters right of the last's.
    const around = [full[k - 1], full[k]].filter((f): f is [number, number[]] => f !== undefined)
    const onPage = around.filter((f) => (lines[f[0]] as Line).page === (lines[line] as Line).page)
    const near = onPage.length > 0 ? onPage : around
    const cs: number[] = []
    for (let c = 0; c < n; c++) {
      const xs = near.map((f) => f[1][c] as number)
      if (col >= Math.min(...xs) - LEFT && col <= Math.max(...xs) + RIGHT) cs.push(c)
    }
    // Right of every column: the last one's, nothing of the table stands past it (a line of pieces alone after a
    // long label's line drifts right by more than a column's gap: `１` under 28,125's `２` `８` at six).
    const last = Math.max(...near.map((f) => f[1][n - 1] as number))
    if (cs.length === 0 && col > last + RIGHT && col <= last + 2 * RIGHT) cs.push(n - 1)
    return cs
  }
  const labelTokens = new Set([...labels.values()].flat())
  const rowLines = (r: number) => (labels.get(r) ?? []).map((i) => lineOf((tokens[i] as Token).start))
  const sorted = [...left].sort((x, y) => x - y)
  const spans: [number, number][] = []
  for (let s = 0; s < sorted.length; ) {
    let e = s
    while (e + 1 < sorted.length && sorted[e + 1] === (sorted[e] as number) + 1) e++
    spans.push([sorted[s] as number, sorted[e] as number])
    s = e + 1
  }
  // Shorter runs first: a run's steps grow with its rows, and one long run past the budget would leave every run
  // after it unread (the runs are read apart, so their order changes no reading).
  spans.sort((x, y) => x[1] - x[0] - (y[1] - y[0]) || x[0] - y[0])
  // Rounds: each run not yet settled within a share of the steps, the share doubling each round, until twice the
  // budget is spent. A run with many placings spends no other run's steps first, and one that needs a few more
  // than its first share gets them (the rounds repeat at most as many steps as they give).
  let pending = spans
  let share = Math.max(1, Math.floor(BUDGET / spans.length))
  let spent = 0
  while (pending.length > 0 && spent < 2 * BUDGET) {
    const past: [number, number][] = []
    for (const [top, bottom] of pending) {
      const steps = { left: Math.min(share, 2 * BUDGET - spent) }
      if (steps.left <= 0) break
      const given = steps.left
      const run = read(top, bottom, steps)
      spent += given - Math.max(0, steps.left)
      if (steps.left < 0) past.push([top, bottom])
      if (run) for (const [k, reading] of run) out.set(top + k, reading)
      if (run && doubted) for (const k of run.doubt ?? []) doubted.add(top + k)
    }
    pending = past
    share *= 2
  }
  return out

  function read(top: number, bottom: number, steps: { left: number }): (Map<number, StackReading> & { doubt?: number[] }) | null {
    const rows: StackRow[] = []
    const paths: (readonly string[])[] = []
    const held: boolean[] = []
    for (let r = top; r <= bottom; r++) {
      const ls = rowLines(r)
      const row = table.rows[r] as RowModel
      if (ls.length === 0) return null
      const ps = rowPaths(row)
      const local = touchingAny(byPath, ps).flatMap((c) => inRow(c, ps, values) ?? [])
      paths.push(ps)
      // A row no equation holds: nothing tells its placings apart (read by none).
      held.push(local.length > 0)
      // An equation naming a blank that breaks with it as nothing is set aside: a blank is no figure, and the
      // report's total may count one it left out (`无 0 0 0 27 － 31`); such a reading reads the row nowhere.
      const broken = (vs: readonly (number | null)[]) => local.filter((c) => !holdsIn(c, vs.map((v) => v ?? 0)))
      const evidence = (vs: readonly (number | null)[]) => broken(vs).every((c) => namesBlank(c, vs))
      const aside = (vs: readonly (number | null)[]) => broken(vs).length > 0
      // Rows are bands down the page: no piece of a row stands on a line holding the label of the row above it
      // (`１` under `63` on 逾期不补正's second label line is 631's, not 120's). Downwards pdftotext does set a tall
      // cell's last line on the next row's first label line (`０` `830` beside `（5）属于三类内部`), so `hi` keeps its reach.
      const up = r > 0 ? rowLines(r - 1) : []
      const lo = Math.max(Math.min(...ls) - REACH, up.length > 0 ? Math.max(...up) + 1 : -Infinity)
      const hi = Math.max(...ls) + REACH
      rows.push({ columns: row.columns, lo, hi, fits: evidence, aside, partial: (vs) => local.every((c) => mayHold(c, vs)) })
    }
    // From the row above's last label line to the row below's first (at the table's edges, the rows' reach).
    const above = top > 0 ? Math.max(...rowLines(top - 1)) : (rows[0] as StackRow).lo
    const below = bottom + 1 < table.rows.length ? Math.min(...rowLines(bottom + 1)) : (rows[rows.length - 1] as StackRow).hi
    if (!Number.isFinite(above) || !Number.isFinite(below)) return null
    const pieces: StackPiece[] = []
    for (let k = Math.max(0, above); k <= Math.min(below, lines.length - 1); k++) {
      for (const w of (lines[k] as { words: Word[] }).words) {
        const ts = tokensIn(w)
        // Page furniture the tokens dropped, a label, a read row's figure: no piece of these rows.
        if (ts.length === 0 || ts.some((i) => labelTokens.has(i) || settled.has(i))) continue
        if (!PIECE.test(w.text)) {
          // Figures among words that are no label: what they are, nothing says.
          const f = fold(w.text)
          if (/\d/.test(f) && !WORDS.test(w.text) && !NUMBERING.test(f)) return null
          continue
        }
        const parts = w.text.match(PARTS) ?? []
        let at = w.col
        for (const part of parts) {
          pieces.push({ token: ts[0] as number, text: fold(part), line: k, col: at, columns: columnsOf(k, at) })
          at += part.length
        }
      }
    }
    if (pieces.length < rows.length * n) return null
    // Rows whole on their label's line hold it alone, and their printed slips are set aside (run-bands.ts).
    const slipped = bandRows(tokens, rows, pieces, top, rowLines)
    // The equations across the run's rows (a column's total), where every cell they name is known.
    const where = new Map<string, [number, number]>()
    paths.forEach((ps, k) => ps.forEach((p, j) => where.set(p, [k, j])))
    const across = acrossRun(touchingAny(byPath, paths.flat()), where, values)
    const aside = rows.map(() => false)
    const whole = (placing: readonly (readonly (number | null)[])[]) => {
      slipped.forEach((slip, k) => (aside[k] = slip !== undefined && slip(placing[k] ?? [])))
      return across.every((e) => holdsAcross(e, placing, aside))
    }
    // An equation across the run naming only figures, none of a row set aside, holds a cell of a row set aside.
    const confirms = (r: number, j: number, placing: readonly (readonly (number | null)[])[]) =>
      across.some((e) => e.terms.some(([k, c]) => k === r && c === j) && e.terms.every(([k, c]) => typeof placing[k]?.[c] === 'number' && !aside[k]) && holdsAcross(e, placing, aside))
    const result = readStacks(tokens, rows, pieces, whole, steps, confirms)
    if (!result) return null
    for (const k of [...result.keys()]) if (!held[k]) result.delete(k)
    // A line of pieces at an edge between two rows that either row's sums keep: neither reading stands (run-edges.ts).
    return Object.assign(result, { doubt: runEdgesInDoubt(tokens, rows, pieces, result, (k) => rowLines(top + k), (k) => (lines[k] as Line).page) })
  }
}
