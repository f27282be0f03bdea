import type { Located } from '../locate/locate.ts'
import type { Equation } from '../model/equations.ts'
import { rowPaths, TABLE_KEYS } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import { pageOf } from '../tokens/lines.ts'
import type { CellValues } from './glued.ts'
import { setInColumns } from './unread-rows.ts'

/**
 * A row with a blank cell holds fewer figures than cells, and which cell is the blank one is what its order says:
 * every figure after the blank a cell on. pdftotext `-layout` may set a blank's mark (`－－`) or a figure out of the
 * row's order (a block of the page at a text column of its own, a line compressed around a row's label), and the
 * row then reads a figure in a blank cell and the blank in the figure's (16166: 结转's blank total and its 其他组织's
 * `0` set in each other's places, `7 － －－ 0`, the row's block 25 characters left of the page's columns; 16332:
 * 其他处理's blank 自然人's `－－` set after the next three cells' `0`s, in the hole between two columns). A blank
 * traded for a zero changes no sum: nothing checks. So where the row's pieces stand out of the page's columns — one
 * between two columns' places, or two or more where no column of the page stands — each other cell the blank might
 * be is a reading the text allows (the pieces between moving a cell towards the blank's place), unless one piece
 * moved so, or the blank's own mark, stands where the page's other rows print its cell and not where they print the
 * cell it would move to, or the report's arithmetic rules it out (an equation holding as read breaks). The cells
 * those readings fill otherwise are left blank; cells every reading fills alike (`0 0 0` around a moved blank) are
 * read. Text without columns (`-raw`, reading order) shows no places: there nothing is doubted.
 */

/** Characters two spans may stand apart and still meet: pdftotext's columns drift by a character. */
const SLACK = 1

/**
 * Characters a piece may stand from every place of the page and still be in a column: a character of drift, and one
 * more where a narrow figure is centred against a wider one's.
 */
const OUT_SLACK = 2

/** Pieces out of every column that show a row's block shifted (one alone, past the page's columns, may be its edge's drift). */
const MIN_SHIFTED = 2

/** The share of a page's pieces near their column's middle, at least (half), for the page to be set in columns. */
const COLUMNED = 0.5

/** Characters a piece's middle may stand from its column's: pdftotext's drift, and figures of other widths. */
const TIGHT = 2

/** Cells a row has at least to be weighed (table 三's rows: seven; table 二's one to three have no blanks to move). */
const MIN_CELLS = 4

/** Other rows of the page, at least, for their pieces to show where its columns stand. */
const MIN_OTHERS = 3

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

/** Cells of rows holding a blank whose place the text does not settle: left blank, one warning a row naming them. */
export function doubtBlankPlaces(tokens: readonly Token[], located: Located, values: CellValues, sources: Map<string, number>, equations: readonly Equation[], warnings: readonly Warning[]): Warning[] {
  if (!setInColumns(tokens)) return [...warnings]
  const blankPaths = new Set<string>()
  for (const w of warnings) if (w.code === 'blank_cell' && w.path) blankPaths.add(w.path)
  let page: ((line: number) => number) | undefined
  let broken: ((paths: readonly string[], moved: readonly (number | null)[]) => boolean) | undefined
  const doubted: { path: string; cells: string[] }[] = []
  for (const key of TABLE_KEYS) {
    const region = located.tables[key]
    if (!region) continue
    const rows: PlacedRow[] = []
    for (const row of region.table.rows) {
      const paths = rowPaths(row)
      if (paths.length < MIN_CELLS) continue
      const placed = placedRow(tokens, paths, values, sources, blankPaths)
      if (placed) rows.push({ path: row.path, paths, ...placed, page: (page ??= pageOf(tokens, 2))(placed.line) })
    }
    for (const r of rows) {
      if (r.blanks === 0) continue
      // Each cell's places on the page: where the other rows' pieces read for it stand (a blank's mark among them),
      // rows on lines of their own (table 四 sets its rows side by side on one line: no row there places another).
      const others = rows.filter((n) => n !== r && n.page === r.page && n.line !== r.line)
      const places = r.paths.map((_, k) => others.flatMap((n) => (n.items[k]?.span ? [n.items[k].span] : [])))
      // Only a row with pieces out of the page's columns is in doubt (outOfPlace).
      if (others.length < MIN_OTHERS || !columned(rows, r.page)) continue
      const all = places.flat()
      if (!outOfPlace(r.items, all)) continue
      broken ??= breaksHeld(equations, values, blankPaths)
      const cells = unsettled(r.items, places, (moved) => (broken as NonNullable<typeof broken>)(r.paths, moved))
      if (cells.length > 0) doubted.push({ path: r.path, cells: cells.map((k) => r.paths[k] as string) })
    }
  }
  if (doubted.length === 0) return [...warnings]
  const gone = new Set<string>()
  for (const d of doubted) {
    for (const p of d.cells) {
      values.set(p, null)
      sources.delete(p)
      gone.add(p)
    }
  }
  const message = (cells: readonly string[]) =>
    `The row holds a blank cell, and the places of its figures do not say which cell it is (a viewer may set a blank's mark or a figure out of the row's order); left blank rather than guessed: ${cells.map((p) => p.slice(p.lastIndexOf('.') + 1)).join(', ')}.`
  return [...warnings.filter((w) => !(w.path !== undefined && gone.has(w.path))), ...doubted.map((d) => ({ code: 'ambiguous_cells' as const, message: message(d.cells), path: d.path }))]
}

/**
 * The row's cells with the spans of their pieces: a number's from its token, a blank's from the mark standing
 * between its neighbours' figures (when the marks there are as many as the blank cells). Undefined where a cell is
 * neither read nor printed blank, or a figure was read from no piece set out in columns.
 */
export function placedRow(tokens: readonly Token[], paths: readonly string[], values: CellValues, sources: ReadonlyMap<string, number>, blankPaths: ReadonlySet<string>): { items: Item[]; line: number; blanks: number } | undefined {
  const at: (number | undefined)[] = []
  const items: Item[] = []
  let line: number | undefined
  let blanks = 0
  for (const p of paths) {
    const v = values.get(p)
    if (v === null) {
      if (!blankPaths.has(p)) return undefined
      blanks++
      items.push({ value: null, span: undefined })
      at.push(undefined)
      continue
    }
    const s = sources.get(p)
    const t = s === undefined ? undefined : tokens[s]
    if (typeof v !== 'number' || t?.col === undefined || t.colEnd === undefined) return undefined
    items.push({ value: v, span: [t.col, t.colEnd] })
    at.push(s)
    if (line === undefined || t.line < line) line = t.line
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
 * The cells some reading the places allow fills otherwise: for each blank cell, each other cell it might be, the
 * pieces between moving one cell towards it, unless one of them (or the blank's mark) is pinned — stands where its
 * cell's figures stand on the page and not where the cell it would move to has its figures.
 */
function unsettled(items: readonly Item[], places: readonly (readonly [number, number][])[], ruledOut: (moved: readonly (number | null)[]) => boolean): number[] {
  const out = new Set<number>()
  const pinned = (span: [number, number] | undefined, from: number, to: number) => {
    if (span === undefined) return false
    const here = places[from] ?? []
    const there = places[to] ?? []
    return there.length > 0 && here.some((p) => meets(p, span)) && !there.some((p) => meets(p, span))
  }
  items.forEach((blank, k) => {
    if (blank.value !== null) return
    for (let j = 0; j < items.length; j++) {
      if (j === k || pinned(blank.span, k, j)) continue
      const step = j < k ? 1 : -1
      // Moving the blank to j sets each piece between one cell towards k.
      let allowed = true
      for (let i = j; i !== k; i += step) if (pinned((items[i] as Item).span, i, i + step)) allowed = false
      if (!allowed) continue
      const moved = items.map((x) => x.value)
      for (let i = j; i !== k; i += step) moved[i + step] = (items[i] as Item).value
      moved[j] = null
      if (ruledOut(moved)) continue
      moved.forEach((v, i) => {
        if (v !== (items[i] as Item).value) out.add(i)
      })
    }
  })
  return [...out].sort((a, b) => a - b)
}

/**
 * The page sets its rows in columns: half of its rows' pieces at least stand within TIGHT characters of the middle of their
 * cell's pieces on the page. Text spaced without columns (a copy of a PDF's text, runs of spaces of any width between
 * cells) shows no places to weigh, and nothing there is doubted.
 */
export function columned(rows: readonly PlacedRow[], page: number): boolean {
  const on = rows.filter((r) => r.page === page)
  let pieces = 0
  let near = 0
  const width = Math.max(0, ...on.map((r) => r.items.length))
  for (let k = 0; k < width; k++) {
    const middles = on.flatMap((r) => {
      const span = r.items[k]?.span
      return span ? [(span[0] + span[1]) / 2] : []
    })
    if (middles.length === 0) continue
    const sorted = [...middles].sort((a, b) => a - b)
    const middle = sorted[Math.floor(sorted.length / 2)] as number
    pieces += middles.length
    near += middles.filter((m) => Math.abs(m - middle) <= TIGHT).length
  }
  return pieces > 0 && near >= pieces * COLUMNED
}

/**
 * The row's pieces stand out of the page's columns: one between two columns' places (places on both sides, none
 * within OUT_SLACK), or two or more where no column stands (the row's block shifted against its neighbours').
 */
function outOfPlace(items: readonly Item[], all: readonly [number, number][]): boolean {
  let out = 0
  for (const x of items) {
    const span = x.span
    if (span === undefined || all.some((p) => meets(p, span, OUT_SLACK))) continue
    if (all.some((p) => p[1] <= span[0]) && all.some((p) => p[0] >= span[1])) return true
    out++
  }
  return out >= MIN_SHIFTED
}

/**
 * The report's arithmetic between two readings of a row: the other reading is ruled out where an equation holding
 * the row's cells holds as read and breaks with the cells moved, every other cell of it known (a blank counting
 * nothing). Trading a blank for a zero changes no sum, and is never ruled out so.
 */
export function breaksHeld(equations: readonly Equation[], values: CellValues, blankPaths: ReadonlySet<string>): (paths: readonly string[], moved: readonly (number | null)[]) => boolean {
  const byPath = new Map<string, Equation[]>()
  for (const eq of equations) {
    for (const p of [...eq.left, ...eq.right]) {
      const list = byPath.get(p)
      if (list) list.push(eq)
      else byPath.set(p, [eq])
    }
  }
  const known = (p: string): number | undefined => {
    const v = values.get(p)
    return typeof v === 'number' ? v : v === null && blankPaths.has(p) ? 0 : undefined
  }
  return (paths, moved) => {
    const at = new Map<string, number>()
    paths.forEach((p, k) => at.set(p, moved[k] ?? 0))
    const seen = new Set<Equation>()
    for (const p of paths) {
      for (const eq of byPath.get(p) ?? []) {
        if (seen.has(eq)) continue
        seen.add(eq)
        const sides = [eq.left, eq.right].map((side) => side.reduce<[number, number] | undefined>((s, q) => {
          const v = known(q)
          return s === undefined || v === undefined ? undefined : [s[0] + v, s[1] + (at.get(q) ?? v)]
        }, [0, 0]))
        const [l, r] = sides
        if (l !== undefined && r !== undefined && l[0] === r[0] && l[1] !== r[1]) return true
      }
    }
    return false
  }
}

/** Two spans of columns meet, give or take SLACK. */
export function meets(a: readonly [number, number], b: readonly [number, number], slack = SLACK): boolean {
  return a[0] < b[1] + slack && b[0] < a[1] + slack
}
