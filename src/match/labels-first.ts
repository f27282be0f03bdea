import type { TableRegion } from '../locate/locate.ts'
import type { Equation } from '../model/equations.ts'
import { rowPaths, type TableModel } from '../model/index.ts'
import { holdsWords, type Token } from '../tokens/token.ts'
import { segmentPieces, type Reading } from './labels-first-parse.ts'
import { evaluate } from './glued-constraints.ts'
import { figureAmongWords, pinnedLines } from './labels-among.ts'
import { betweenLabels, cutExtent } from './label-below.ts'
import { labelNumberApart } from './label-number-apart.ts'

/**
 * A narrow print in a viewer's reading order sets the labels of most of a table's rows first and then all its
 * figures, or sets labels among the figure lines where no label stands by all its figures (labels-among.ts), a
 * figure wrapped over two or three lines a cell (`17 94 98 31 41` / `97 99` / `63 9 2 07 0 90 341` for
 * 9763 17999 2 9407 980 3190 41341). No label stands by its figures, but the text still proves three things: the
 * figures come row after row in the model's fixed order, each row on lines of its own (rows do not overlap on the
 * page), and on a line a row's pieces stand left to right, each cell's pieces top to bottom. So the lines are cut
 * into the table's rows in order, each row's lines into its cells that way, and a row is read where every cut of
 * the whole run whose rows keep their equations gives it the same figures (labels-first-parse.ts).
 */

/** Lines of one piece at most, of the run's lines: Chromium's narrow prints 0.38–0.58, LibreOffice's blocks 0.64–0.73. */
const ONE_PIECE_SHARE = 0.6

export interface LabelsFirstRead {
  /** Cell path → value (null: a blank printed as a mark). */
  values: Map<string, number | null>
  sources: Map<string, number>
  /** Paths of the rows read. */
  rows: string[]
}

/** The region's figures by line, from its first, and per row the token span its lines must stand in; null where the text keeps columns. */
export function labelsFirstLines(tokens: readonly Token[], region: TableRegion): { lines: number[][]; after: number[]; before: number[] } | null {
  let first = -1
  for (let i = region.start; i < region.end; i++) {
    const t = tokens[i] as Token
    if (t.col !== undefined) return null // a text that keeps columns places its figures by them
    if (first < 0 && t.kind !== 'text' && t.kind !== 'empty') first = i
  }
  if (first < 0) return null
  // The labels may come as a block before the figures, or among them (a label, then its row's figure lines, or
  // several rows' between labels): the figures keep the rows' order either way.
  // A label among the figures stands in its row's band: rows above it end before it, rows below start after it.
  // Labels before the first figure (a block of labels) say nothing of where the figures stand.
  const R = region.table.rows.length
  const after = new Array<number>(R).fill(-1)
  const before = new Array<number>(R).fill(Infinity)
  let last = -1
  for (let r = 0; r < R; r++) {
    const label = region.labels.get(r)
    if (!label || label.length === 0 || (label[0] as number) < first || !amongFigures(tokens, label[0] as number, label.at(-1) as number)) continue
    // Labels among the figures out of the rows' order: the text is not in the page's order.
    if ((label[0] as number) < last) return null
    last = label.at(-1) as number
    for (let q = r + 1; q < R; q++) after[q] = Math.max(after[q] as number, last)
    for (let q = 0; q < r; q++) before[q] = Math.min(before[q] as number, label[0] as number)
  }
  const lines: number[][] = []
  let line = -1
  for (let i = first; i < region.end; i++) {
    const t = tokens[i] as Token
    // Words among the figures are a label's (a page's labels after its break): no piece of a cell. Digits among
    // words hide some (labels-first-parse.ts). A unit alone may be set on the next row's line (`件0`: the row
    // above's `0` / `件`), and it changes no figure: dropped, it only frees the order of its line's pieces.
    // A figure apart among a label's words is a piece the cut would miss: its own cut may then fit nowhere.
    if (figureAmongWords(t)) return null
    // A label's number apart from its words (`（2）`) is the label's piece, as they are (label-number-apart.ts).
    if (labelNumberApart(t)) continue
    if (t.kind === 'empty' || (t.kind === 'text' && (holdsWords(t) || !/[0-9]/.test(t.folded)))) continue
    if (t.line !== line) lines.push([])
    line = t.line
    lines.at(-1)?.push(i)
  }
  // The page's lines set a row's one-line cells side by side, so most lines hold several pieces; where most hold
  // one, the text gives a column's pieces one a line (LibreOffice's blocks), not the page's lines.
  if (lines.filter((l) => l.length === 1).length > ONE_PIECE_SHARE * lines.length) return null
  return { lines, after, before }
}

/**
 * A label set among figures, on the line after one and the line before another (or on their lines): a label
 * beside labels, or after a page's edge, may be one of a block of labels, which stands apart from its figures.
 */
function amongFigures(tokens: readonly Token[], from: number, to: number): boolean {
  let p = from - 1
  while (p >= 0 && tokens[p]?.kind === 'empty') p--
  let q = to + 1
  while (q < tokens.length && tokens[q]?.kind === 'empty') q++
  const prev = tokens[p]
  const next = tokens[q]
  const figure = (t: Token | undefined) => t !== undefined && t.kind !== 'text' && t.kind !== 'empty'
  if (!figure(prev) || !figure(next)) return false
  return (prev as Token).line >= (tokens[from] as Token).line - 1 && (next as Token).line <= (tokens[to] as Token).line + 1
}

/** The rows of a labels-first table left unread whose cut into cells is the same on every reading that fits. */
export function readLabelsFirst(tokens: readonly Token[], region: TableRegion, values: ReadonlyMap<string, unknown>, blanks: ReadonlySet<string>, equations: readonly Equation[], sources: ReadonlyMap<string, number>): LabelsFirstRead {
  const out: LabelsFirstRead = { values: new Map(), sources: new Map(), rows: [] }
  const table: TableModel = region.table
  if (table.inline) return out
  const shape = labelsFirstLines(tokens, region)
  if (!shape) return out
  const known = table.rows.map((row) => rowPaths(row).map((path) => {
    const v = values.get(path)
    return typeof v === 'number' ? v : blanks.has(path) ? null : undefined
  }))
  // Lines holding a figure of a row read before are that row's (labels-among.ts).
  const pins = pinnedLines(shape.lines, table, values, sources)
  if (!pins) return out
  const readings: (Reading | null)[] = segmentPieces(tokens, { ...shape, pins }, table, known, equations)
  table.rows.forEach((row, r) => {
    const reading = readings[r]
    if (!reading) return
    let changed = false
    rowPaths(row).forEach((path, k) => {
      if ((values.get(path) ?? null) !== null || blanks.has(path)) return
      const v = reading.values[k]
      if (v === undefined) return
      out.values.set(path, v)
      const source = reading.sources[k]
      if (v !== null && source !== undefined) out.sources.set(path, source)
      changed = true
    })
    if (changed) out.rows.push(row.path)
  })
  // The table's own equations down its columns weigh the rows read so: one broken, with all its cells known, says
  // the cut of the run is not the text's, and none of them is read.
  const at = (p: string): number | null | undefined => {
    if (out.values.has(p)) return out.values.get(p) ?? null
    const v = values.get(p)
    return typeof v === 'number' ? v : blanks.has(p) ? null : undefined
  }
  for (const e of equations) {
    const paths = [...e.left, ...e.right]
    if (!paths.some((p) => out.values.has(p)) || paths.some((p) => at(p) === undefined)) continue
    if (e.left.every((p) => at(p) === null)) continue
    // Every cell known here: a blank counts nothing.
    if (evaluate({ left: e.left, right: e.right, value: 0 }, (p) => at(p) ?? 0) === false) return { values: new Map(), sources: new Map(), rows: [] }
  }
  // Last, once the reading is weighed as before: a row whose lines stand between the label above and its own may be
  // the row above's (label-below.ts); its cells are not read.
  return withoutBetween(tokens, region, readings, known, out)
}

function withoutBetween(tokens: readonly Token[], region: TableRegion, readings: readonly (Reading | null)[], known: readonly (number | null | undefined)[][], out: LabelsFirstRead): LabelsFirstRead {
  const among = (from: number, to: number) => amongFigures(tokens, from, to)
  const doubted = new Set<string>()
  region.table.rows.forEach((row, r) => {
    const reading = readings[r]
    if (!reading || !out.rows.includes(row.path)) return
    const extent = cutExtent(tokens, reading.sources, reading.last)
    const upperKnown = (known[r - 1] ?? []).some((v) => v !== undefined)
    if (extent && betweenLabels(region.labels, r, extent[0], extent[1], among, upperKnown)) doubted.add(row.path)
  })
  if (doubted.size === 0) return out
  const inDoubt = (path: string) => doubted.has(path.slice(0, path.lastIndexOf('.')))
  return {
    values: new Map([...out.values].filter(([p]) => !inDoubt(p))),
    sources: new Map([...out.sources].filter(([p]) => !inDoubt(p))),
    rows: out.rows.filter((p) => !doubted.has(p)),
  }
}
