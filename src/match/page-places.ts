import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import type { RowOnPage, RowsOnPages } from './row-places.ts'

/**
 * Rows read whole from pieces set out in columns (pdftotext `-layout`), placed on their page: each cell's piece with
 * its span of character columns, and the places the page's other rows print each cell at. What the guards that weigh
 * a row against its page's columns share (page-guards.ts): they only withhold cells.
 */

/** Characters two spans may stand apart and still meet: pdftotext's columns drift by a character. */
const SLACK = 1

/** The share of a page's pieces near their column's middle, at least (half), for the page to be set in columns. */
const COLUMNED = 0.5

/** Characters a piece's middle may stand from its column's: pdftotext's drift, and figures of other widths. */
const TIGHT = 2

/** Other rows of the page, at least, for their pieces to show where its columns stand. */
export const MIN_OTHERS = 3

/** A cell of a row as read: its value (null: printed blank) and the span of the piece it was read from, if any. */
export interface Item {
  value: number | null
  span: [number, number] | undefined
}

/** A row read whole from pieces set out in columns, with its page. */
export interface PlacedRow {
  path: string
  paths: readonly string[]
  items: Item[]
  page: number
  line: number
  blanks: number
}

/** A row's cells to leave blank. */
export interface Doubted {
  path: string
  cells: string[]
}

/** The located tables' rows placed on their pages once, for every guard that weighs a row against its page's columns. */
export interface Placing {
  tables: PlacedRow[][]
  /** Per table: whether a page is set in columns (columned), weighed once a page. */
  inColumns: ((page: number) => boolean)[]
  blankPaths: Set<string>
  /** What the guards ask of a row against its page, worked out once a placing: each guard asks the same (Seen). */
  seen: Map<PlacedRow, Seen>
}

/** A row's other rows on its page (othersOf), its cells' places (placesOf) and its pieces' votes (clear-places.ts). */
export interface Seen {
  others?: number
  places?: [number, number][][]
  votes?: (number[] | undefined)[]
}

/**
 * The rows placed (placedTables) from the rows read on their pages (row-places.ts, as the values, sources and warnings
 * hold them now); undefined for text without columns (`-raw`, reading order): nothing there is doubted.
 */
export function placeRows(tokens: readonly Token[], rows: RowsOnPages | undefined, warnings: readonly Warning[]): Placing | undefined {
  if (!rows) return undefined
  const blankPaths = blankPathsOf(warnings)
  const tables = placedTables(tokens, rows, blankPaths)
  return { tables, inColumns: tables.map((t) => columnedPages(t)), blankPaths, seen: new Map() }
}

/**
 * The placing as placing the rows again would give once the doubted cells are left blank: a withheld cell (null, its
 * source and blank warning gone) unplaces its own row only, and the pages of its table are weighed again without it
 * (and every row's places: some lost the row's).
 */
export function withoutRows(placing: Placing, doubted: readonly Doubted[]): Placing {
  const rows = new Set(doubted.map((d) => d.path))
  const blankPaths = new Set(placing.blankPaths)
  for (const d of doubted) for (const p of d.cells) blankPaths.delete(p)
  const tables = placing.tables.map((t) => (t.some((r) => rows.has(r.path)) ? t.filter((r) => !rows.has(r.path)) : t))
  return { tables, inColumns: tables.map((t, i) => (t === placing.tables[i] ? (placing.inColumns[i] as (page: number) => boolean) : columnedPages(t))), blankPaths, seen: new Map() }
}

/**
 * Each placed row `wanted` asks for (asked first: the cheap test of a row's own cells), standing on a page set in
 * columns beside at least MIN_OTHERS other rows of its table, with those rows (placesOf, placesAt).
 */
export function eachPlacedRow(placing: Placing, wanted: (r: PlacedRow) => boolean, visit: (r: PlacedRow, rows: readonly PlacedRow[]) => void): void {
  placing.tables.forEach((rows, t) => {
    const inColumns = placing.inColumns[t] as (page: number) => boolean
    for (const r of rows) {
      if (!wanted(r) || !inColumns(r.page)) continue
      const seen = seenOf(placing, r)
      if ((seen.others ??= othersOf(rows, r)) >= MIN_OTHERS) visit(r, rows)
    }
  })
}

/** What the placing has worked out of the row so far. */
export function seenOf(placing: Placing, r: PlacedRow): Seen {
  let seen = placing.seen.get(r)
  if (!seen) placing.seen.set(r, (seen = {}))
  return seen
}

/** The paths the warnings say are printed blank. */
export function blankPathsOf(warnings: readonly Warning[]): Set<string> {
  const out = new Set<string>()
  for (const w of warnings) if (w.code === 'blank_cell' && w.path) out.add(w.path)
  return out
}

/** Each located table's rows placed on the page (placedRow), with the page each stands on. */
function placedTables(tokens: readonly Token[], rows: RowsOnPages, blankPaths: ReadonlySet<string>): PlacedRow[][] {
  return rows.tables.map((table) => {
    const out: PlacedRow[] = []
    for (const row of table) {
      const placed = placedRow(tokens, row, blankPaths)
      if (placed) out.push({ path: row.path, paths: row.paths, ...placed, page: placed.line === row.line ? row.page : rows.pageAt(placed.line) })
    }
    return out
  })
}

/**
 * The other rows of r's page that stand on lines of their own, counted: table 四 sets its rows side by side on one
 * line, and no row there places another.
 */
function othersOf(rows: readonly PlacedRow[], r: PlacedRow): number {
  let others = 0
  for (const n of rows) if (n !== r && n.page === r.page && n.line !== r.line) others++
  return others
}

/** Each cell's places: where the pieces the page's other rows (othersOf) read for it stand; made once a placing. */
export function placesOf(placing: Placing, rows: readonly PlacedRow[], r: PlacedRow): [number, number][][] {
  const seen = seenOf(placing, r)
  return (seen.places ??= pagePlaces(rows, r))
}

function pagePlaces(rows: readonly PlacedRow[], r: PlacedRow): [number, number][][] {
  // Plain loops: flatMap's small arrays made this a tenth of a text conversion, asked once a row.
  const places: [number, number][][] = r.paths.map(() => [])
  for (const n of rows) {
    if (n === r || n.page !== r.page || n.line === r.line) continue
    for (let k = 0; k < places.length; k++) {
      const span = n.items[k]?.span
      if (span) (places[k] as [number, number][]).push(span)
    }
  }
  return places
}

/** Cell k's places alone (placesOf's). */
export function placesAt(rows: readonly PlacedRow[], r: PlacedRow, k: number): [number, number][] {
  const at: [number, number][] = []
  for (const n of rows) {
    const span = n === r || n.page !== r.page || n.line === r.line ? undefined : n.items[k]?.span
    if (span) at.push(span)
  }
  return at
}

/**
 * The row's cells with the spans of their pieces: a number's from its token, a blank's from the mark standing
 * between its neighbours' figures (when the marks there are as many as the blank cells). Undefined where a cell is
 * neither read nor printed blank, or a figure was read from no piece set out in columns.
 */
function placedRow(tokens: readonly Token[], row: RowOnPage, blankPaths: ReadonlySet<string>): { items: Item[]; line: number; blanks: number } | undefined {
  const at: (number | undefined)[] = []
  const items: Item[] = []
  let line: number | undefined
  let blanks = 0
  for (let k = 0; k < row.cells.length; k++) {
    const v = row.cells[k]
    if (v === null) {
      if (!blankPaths.has(row.paths[k] as string)) return undefined
      blanks++
      items.push({ value: null, span: undefined })
      at.push(undefined)
      continue
    }
    const span = row.spans[k]
    const s = row.tokens[k] as number
    if (typeof v !== 'number' || span === undefined) return undefined
    items.push({ value: v, span })
    at.push(s)
    const l = (tokens[s] as Token).line
    if (line === undefined || l < line) line = l
  }
  if (line === undefined) return undefined
  // The marks of each run of blank cells, between the figures read before and after it on their lines.
  for (let k = 0; k < items.length; ) {
    if (at[k] !== undefined) {
      k++
      continue
    }
    let end = k
    while (end < items.length && at[end] === undefined) end++
    const marks = marksBetween(tokens, k > 0 ? at[k - 1] : undefined, end < items.length ? at[end] : undefined)
    if (marks.length === end - k) marks.forEach((m, i) => ((items[k + i] as Item).span = m))
    k = end
  }
  return { items, line, blanks }
}

/** The spans of the marks between two pieces on a line (after `from`, before `to`; one of them may be missing). */
function marksBetween(tokens: readonly Token[], from: number | undefined, to: number | undefined): [number, number][] {
  const line = from !== undefined ? (tokens[from] as Token).line : to !== undefined ? (tokens[to] as Token).line : undefined
  if (line === undefined) return []
  if (from !== undefined && to !== undefined && (tokens[to] as Token).line !== line) return []
  const out: [number, number][] = []
  const first = from !== undefined ? from + 1 : (to as number) - 1
  const step = from !== undefined ? 1 : -1
  for (let i = first; i >= 0 && i < tokens.length && i !== to; i += step) {
    const t = tokens[i] as Token
    if (t.line !== line) break
    if (t.kind === 'text') {
      if (from === undefined) break
      continue
    }
    if (t.kind === 'mark' && t.col !== undefined && t.colEnd !== undefined) out.push([t.col, t.colEnd])
  }
  return step === 1 ? out : out.reverse()
}

/**
 * The page sets its rows in columns: half of its rows' pieces at least stand within TIGHT characters of the middle of their
 * cell's pieces on the page. Text spaced without columns (a copy of a PDF's text, runs of spaces of any width between
 * cells) shows no places to weigh, and nothing there is doubted.
 */
export function columned(rows: readonly PlacedRow[], page: number): boolean {
  let pieces = 0
  let near = 0
  let width = 0
  for (const r of rows) if (r.page === page) width = Math.max(width, r.items.length)
  // Each piece's middle doubled (its first column plus the one after its last: a whole number), kept in order as
  // it comes (a page's rows are few): no typed array nor sort a column.
  const twice: number[] = []
  for (let k = 0; k < width; k++) {
    twice.length = 0
    for (const r of rows) {
      const span = r.page === page ? r.items[k]?.span : undefined
      if (!span) continue
      const m = span[0] + span[1]
      let i = twice.length
      for (; i > 0 && (twice[i - 1] as number) > m; i--) twice[i] = twice[i - 1] as number
      twice[i] = m
    }
    if (twice.length === 0) continue
    const middle = twice[twice.length >> 1] as number
    pieces += twice.length
    for (const m of twice) if (Math.abs(m - middle) <= 2 * TIGHT) near++
  }
  return pieces > 0 && near >= pieces * COLUMNED
}

/** columned, asked once a page of the table: each row of a page would otherwise weigh the whole page again. */
export function columnedPages(rows: readonly PlacedRow[]): (page: number) => boolean {
  const known = new Map<number, boolean>()
  return (page) => {
    let is = known.get(page)
    if (is === undefined) known.set(page, (is = columned(rows, page)))
    return is
  }
}

/** Two spans of columns meet, give or take SLACK. */
export function meets(a: readonly [number, number], b: readonly [number, number], slack = SLACK): boolean {
  return a[0] < b[1] + slack && b[0] < a[1] + slack
}
