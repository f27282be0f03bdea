import type { ColumnModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { cellValue, DEAD, UNIT, type StackPiece, type StackRow } from './stack-cells.ts'
import { agreement, type Confirms, type StackReading } from './stack-agreement.ts'
import { lineCounts } from './stack-lines.ts'

/**
 * Narrow prints (`pdftotext -layout` of a page whose columns are a few characters wide) wrap every wide figure
 * into pieces on lines of their own, and a row's pieces stand among its neighbours': read row by row, each row
 * waits for the next. Read together, a run of unread rows is one puzzle with fixed rules, not a pattern: each
 * line's pieces stand in column order, one a column, and are one row's (a row is a band across the page: pdftotext
 * prints a line per baseline, and two rows' figures share none), the rows' lines in the rows' order; a column's
 * pieces, top to bottom, are its cells' pieces in the rows' order, each cell at least one piece, each piece within
 * reach of its row's label lines. Every way of
 * placing the pieces so is listed (bounded), each cell read from its pieces, and the report's arithmetic drops
 * the placings it breaks (each row's own equations, and those across the run's rows where every cell they name is
 * known). A row is read where every placing left gives it the same values; its neighbours may stay in doubt.
 */

/**
 * One row's cells and values in a listed placing, and the rest of that placing's rows: placings from a row on share
 * their later rows, so a listing holds each row once, not once per listing it is a tail of.
 */
interface Tail {
  cells: StackPiece[][]
  vals: (number | null)[]
  next: Tail | null
}

/**
 * The rows of a run read from their pieces, by row index within `rows`; `whole` the equations across the rows.
 * Null where the search passed its budget of steps (`budget.left`, spent as it goes): then no row of the run is read.
 */
export function readStacks(
  tokens: readonly Token[],
  rows: readonly StackRow[],
  pieces: readonly StackPiece[],
  whole: (values: readonly (readonly (number | null)[])[]) => boolean,
  budget: { left: number },
  confirms: Confirms = () => false,
): Map<number, StackReading> | null {
  const n = rows[0]?.columns.length ?? 0
  if (n === 0 || rows.some((r) => r.columns.length !== n)) return new Map()
  const sorted = [...pieces].sort((a, b) => a.line - b.line || a.col - b.col)
  const last = rows.length - 1
  // ptr[k]: the row column k's last piece went to (-1: none yet); open[k]: that cell's pieces so far.
  const ptr = new Array<number>(n).fill(-1)
  const open: StackPiece[][] = Array.from({ length: n }, () => [])
  const closed: (StackPiece[] | null)[][] = rows.map(() => new Array<StackPiece[] | null>(n).fill(null))
  const vals: (number | null)[][] = rows.map(() => new Array<number | null>(n).fill(null))
  const closedCount = rows.map(() => 0)
  const agreed = agreement(tokens, rows, sorted, whole, confirms)
  const { suffix, rest, need } = lineCounts(sorted, n)
  let over = false
  // A cell's value by its column and pieces: the search closes the same cells over and over.
  const memo = new Map<string, number | null | undefined>()
  // Each open cell's key (its column and pieces), grown and cut back with it.
  const keys: string[] = Array.from({ length: n }, (_, k) => `${k}`)
  // Each open cell's text so far, and the pieces no cell may start with (both for DEAD, without joining again).
  const texts: string[] = new Array<string>(n).fill('')
  const alone = sorted.map((p) => DEAD.test(p.text))
  const valueOf = (r: number, k: number, cell: readonly StackPiece[]) => {
    const key = keys[k] as string
    let v = memo.get(key)
    if (v === undefined && !memo.has(key)) {
      v = cellValue(tokens, cell, (rows[r] as StackRow).columns[k] as ColumnModel)
      memo.set(key, v)
    }
    return v
  }
  const partly: (number | null | undefined)[] = new Array<number | null | undefined>(n)

  const close = (k: number): boolean => {
    const r = ptr[k] as number
    const row = rows[r] as StackRow
    const v = valueOf(r, k, open[k] as StackPiece[])
    if (v === undefined) return false
    const rv = vals[r] as (number | null)[]
    const rc = closed[r] as (StackPiece[] | null)[]
    rv[k] = v
    for (let j = 0; j < n; j++) partly[j] = j === k || rc[j] ? rv[j] : undefined
    if ((closedCount[r] ?? 0) + 1 === n ? !row.fits(rv) : !row.partial(partly)) return false
    rc[k] = open[k] as StackPiece[]
    closedCount[r] = (closedCount[r] ?? 0) + 1
    return true
  }
  const unclose = (k: number, r: number, cell: StackPiece[]) => {
    ;(closed[r] as (StackPiece[] | null)[])[k] = null
    closedCount[r] = (closedCount[r] ?? 0) - 1
    open[k] = cell
  }
  const record = () => agreed.record(closed, vals)
  // A placing whose every row keeps its equations: its rows are a tail of every listing under way.
  const heads: (Tail | null)[] = rows.map(() => null)
  const complete = () => {
    const from = frames[0]?.t
    if (from !== undefined) {
      // Rows from a replayed tail on are that tail's; the rows above it are copied once per replay (its tails share
      // them), else once per placing. Every listing under way starts above the replayed row.
      const end = reused ? reused.at : last + 1
      let next = reused ? reused.tail : null
      for (let r = end - 1; r >= from; r--) {
        let copy = upper?.[r]
        if (!copy) {
          copy = { cells: (closed[r] as StackPiece[][]).map((cell) => cell.slice()), vals: (vals[r] as (number | null)[]).slice() }
          if (upper) upper[r] = copy
        }
        next = { cells: copy.cells, vals: copy.vals, next }
        heads[r] = next
      }
      for (const f of frames) f.tails.push(heads[f.t] as Tail)
    }
    if (whole(vals)) record()
  }
  const finish = (): void => {
    // Every column's last cell is the last row's: close them all.
    if (ptr.some((r) => r !== last)) return
    const saved: StackPiece[][] = []
    let k = 0
    for (; k < n; k++) {
      saved.push(open[k] as StackPiece[])
      if (!close(k)) break
    }
    if (k === n) complete()
    for (let j = Math.min(k, n - 1); j >= 0; j--) if ((closed[last] as (StackPiece[] | null)[])[j]) unclose(j, last, saved[j] as StackPiece[])
  }
  // After a line: a column still short of a row whose last line has passed can no longer be filled.
  const alive = (line: number) => ptr.every((r) => r >= last || line < (rows[r + 1] as StackRow).hi)
  const enough = (i: number) => ptr.every((r, k) => last - r <= ((suffix[i] as number[])[k] ?? 0))
  // A row is a band across the page: a line's pieces are one row's, and a row's lines come after the row above's
  // (`line`: this line's row, -1 before its first piece; `floor`: the row of the last line with pieces). Starting a
  // row's lines, every column holds the row above's cell.
  const inBand = (t: number, line: number, floor: number) => {
    if (line >= 0) return t === line
    if (t < floor) return false
    for (let j = 0; j < n; j++) if ((ptr[j] as number) < t - 1) return false
    return t === floor || t === 0 || done(t - 1)
  }
  // The row above a row's first line is whole: its cells take no more pieces, so its equations are weighed now, not
  // as its last column closes (which may be lines later).
  const ended: (number | null)[] = new Array<number | null>(n).fill(null)
  const done = (r: number) => {
    const rc = closed[r] as (StackPiece[] | null)[]
    const rv = vals[r] as (number | null)[]
    for (let j = 0; j < n; j++) {
      if (rc[j]) ended[j] = rv[j] as number | null
      else {
        const v = ptr[j] === r ? valueOf(r, j, open[j] as StackPiece[]) : undefined
        if (v === undefined) return false
        ended[j] = v
      }
    }
    return (rows[r] as StackRow).fits(ended)
  }
  // Where a line starts a row's lines, the rows above are whole and what follows does not depend on how they were
  // read: the placings of the rows from there on (`tails`) are listed once per (piece, row) and then reused.
  const listed = new Map<number, Tail[]>()
  // While a listed tail is replayed: it and the row it starts at, and the rows above it, copied once for all its tails.
  let reused: { at: number; tail: Tail } | null = null
  let upper: { cells: StackPiece[][]; vals: (number | null)[] }[] | null = null
  const frames: { t: number; tails: Tail[] }[] = []
  // `joins`: pieces this line set beside another of their cell's; `paired`: no piece may join the last column used.
  const place = (i: number, minCol: number, line: number, floor: number, joins = 0, paired = true): void => {
    if (over || --budget.left < 0) {
      over = true
      return
    }
    if (!enough(i)) return
    const p = sorted[i]
    if (!p) return finish()
    const lineEnds = sorted[i + 1]?.line !== p.line
    // `set`: the piece was set beside another of its cell's (1), a unit that takes no column (0), or neither.
    const go = (k: number, t: number, set?: 0 | 1) => {
      if (!lineEnds) place(i + 1, k + 1, t, floor, joins + (set ?? 0), set !== undefined)
      else if (alive(p.line)) place(i + 1, 0, -1, t >= 0 ? t : floor)
    }
    if (UNIT.test(p.text)) go(minCol - 1, line, 0)
    // Columns its line's later pieces still need right of it, each join left saving one.
    const right = Math.max(0, (rest[i] ?? 0) - ((need[i] ?? 0) - joins))
    if (!paired && line >= 0 && joins < (need[i] ?? 0)) join(i, p, minCol - 1, right, go)
    // `ready`: the band's start was weighed already.
    const opening = (k: number, ready = false) => {
      const r = ptr[k] as number
      const key = keys[k] as string
      const to = r + 1
      if (alone[i] || (!ready && !inBand(to, line, floor))) return
      if (to > last || p.line < (rows[to] as StackRow).lo || p.line > (rows[to] as StackRow).hi) return
      const cell = open[k] as StackPiece[]
      if (r >= 0 && !close(k)) return
      ptr[k] = to
      open[k] = [p]
      const was = texts[k] as string
      texts[k] = p.text
      keys[k] = `${k}:${to},${i}`
      go(k, to)
      keys[k] = key
      texts[k] = was
      ptr[k] = r
      if (r >= 0) unclose(k, r, cell)
      else open[k] = cell
    }
    const starts = line < 0 && floor + 1 <= last && ptr.every((r) => r === floor)
    for (const k of p.columns) {
      if (k < minCol || k > n - 1 - right) continue
      const r = ptr[k] as number
      // The same cell, or the next row's in this column (closing this one).
      const key = keys[k] as string
      const was = texts[k] as string
      if (r >= 0 && p.line <= (rows[r] as StackRow).hi && inBand(r, line, floor) && !DEAD.test(was + p.text)) {
        ;(open[k] as StackPiece[]).push(p)
        texts[k] = was + p.text
        keys[k] = `${key},${i}`
        go(k, r)
        keys[k] = key
        texts[k] = was
        ;(open[k] as StackPiece[]).pop()
      }
      if (!starts) opening(k)
    }
    if (!starts || !inBand(floor + 1, line, floor)) return
    const t = floor + 1
    // A negative figure above could yet fail a partial sum as its row closes: then the rows above still count.
    const sure = ended.every((v) => v === null || v >= 0)
    const id = i * rows.length + t
    const known = sure ? listed.get(id) : undefined
    if (known) return replay(known, t)
    const frame = { t, tails: [] as Tail[] }
    if (sure) frames.push(frame)
    for (const k of p.columns) if (k >= minCol && k <= n - 1 - right) opening(k, true)
    if (!sure) return
    frames.pop()
    if (!over) listed.set(id, frame.tails)
  }
  // Two pieces of one column on one line (`１` / `４ ５` / `７`; `4， 39`): a wrapped cell is centred in its row, half a
  // line off a neighbour of another line count, and pdftotext may set two of its lines as one, either one first.
  const join = (i: number, p: StackPiece, k: number, right: number, go: (k: number, t: number, set: 1) => void) => {
    const cell = open[k] as StackPiece[]
    const lead = cell[cell.length - 1]
    const r = ptr[k] as number
    if (!lead || lead.line !== p.line || k > n - 1 - right || !p.columns.includes(k) || p.line > (rows[r] as StackRow).hi) return
    const [key, was] = [keys[k] as string, texts[k] as string]
    for (const upper of [false, true]) {
      const text = upper ? was.slice(0, was.length - lead.text.length) + p.text + lead.text : was + p.text
      if (DEAD.test(text)) continue
      if (upper) cell.splice(cell.length - 1, 0, p)
      else cell.push(p)
      texts[k] = text
      keys[k] = `${key}${upper ? '^' : ','}${i}`
      go(k, r, 1)
      ;[keys[k], texts[k]] = [key, was]
      cell.splice(cell.indexOf(p), 1)
    }
  }
  // Rows from t on taken from a listed tail, the rows above as read so far (row t - 1 its open cells, whole).
  const replay = (tails: readonly Tail[], t: number) => {
    const above = closed[t - 1] as (StackPiece[] | null)[]
    const aboveVals = vals[t - 1] as (number | null)[]
    const savedVals = aboveVals.slice()
    for (let j = 0; j < n; j++) {
      above[j] = open[j] as StackPiece[]
      aboveVals[j] = ended[j] as number | null
    }
    const saved = rows.map((_, r) => (r >= t ? { c: closed[r], v: vals[r] } : null))
    upper = []
    for (const tail of tails) {
      if (over || --budget.left < 0) {
        over = true
        break
      }
      for (let x: Tail | null = tail, r = t; x; x = x.next, r++) {
        closed[r] = x.cells
        vals[r] = x.vals
      }
      reused = { at: t, tail }
      complete()
    }
    reused = null
    upper = null
    saved.forEach((x, r) => {
      if (x) {
        closed[r] = x.c as (StackPiece[] | null)[]
        vals[r] = x.v as (number | null)[]
      }
    })
    for (let j = 0; j < n; j++) {
      above[j] = null
      aboveVals[j] = savedVals[j] as number | null
    }
  }
  place(0, 0, -1, 0)
  if (over) return null
  return agreed.readings()
}
