import type { Equation } from '../model/equations.ts'
import type { TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { keepsPins } from './labels-among.ts'

/**
 * The lines of a labels-first table's figures (labels-first.ts) cut into its rows, in the model's order, and each
 * row's lines into its cells: on a line a row's pieces stand left to right in its columns, a cell's pieces top to
 * bottom, each cell one piece at least. A cut of lines is a row's reading where its pieces join so into figures that
 * keep the row's own equations; lines no join reads as a row (a unit glued ahead of a digit, too many pieces) may
 * be any row's, read as nothing. Every cut of the whole run is weighed; a row is read where all that fit agree.
 */

/** A row's lines at most: three pieces a cell, a unit's line and a label's rest between. */
const MAX_LINES = 7
/** Steps of the search of one cut of lines, past which its figures count as any row's (unread). */
const MAX_STEPS = 5_000
/** Steps of the search of all the cuts of one run (12001–12400 spend 780,000 at most), past which nothing of it is read. */
const MAX_RUN_STEPS = 1_000_000
/** Readings kept per cut of lines; more leave its row unread anyway. */
const MAX_READINGS = 8

/** A cell's joined text so far may still become a figure: no leading zero. */
const PREFIX = /^(?:0|[1-9][0-9,]*)?$/
/** A cell's joined text is one figure, its separators every three digits. */
const WHOLE = /^(0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)$/

export interface Reading {
  /** Per column: the figure, null for a blank mark, undefined where a piece no join models stands. */
  values: (number | null | undefined)[]
  /** Per column: the token of the cell's first piece. */
  sources: (number | undefined)[]
  /** The last piece of the latest cut of lines that gives the row this reading (labels-first.ts weighs its label after it). */
  last?: number
}

/** Per row: the one reading every fitting cut of the lines gives it, or null. */
export function segmentPieces(tokens: readonly Token[], shape: { lines: readonly number[][]; after: readonly number[]; before: readonly number[]; pins?: readonly (number | undefined)[] | undefined }, table: TableModel, known: readonly (number | null | undefined)[][], equations: readonly Equation[]): (Reading | null)[] {
  const { lines, after, before, pins } = shape
  const rows = table.rows
  const R = rows.length
  const L = lines.length
  const local = rows.map((row) => localEquations(row.path, row.columns.map((c) => c.key), equations))
  // Only rows the arithmetic holds: a row no equation checks reads any cut of its pieces.
  if (local.some((l) => l.length === 0)) return rows.map(() => null)
  // Per row, per first line, per last line: the readings of that cut (filtered by the row's known cells), or 'any'.
  const parses = new Map<string, Reading[] | 'none' | 'any'>()
  const spent = { steps: 0 }
  const options = (r: number, i: number, j: number): Reading[] | 'any' | null => {
    const row = rows[r]
    if (!row) return null
    if ((lines[i]?.[0] as number) <= (after[r] as number) || (lines[j]?.at(-1) as number) >= (before[r] as number)) return null
    if (!keepsPins(pins, r, i, j)) return null
    const n = row.columns.length
    const key = `${n}|${JSON.stringify(local[r])}|${i}|${j}`
    let parsed = parses.get(key)
    if (parsed === undefined) {
      if (spent.steps > MAX_RUN_STEPS) return null
      parsed = parseCut(tokens, lines.slice(i, j + 1), n, local[r] ?? [], spent)
      parses.set(key, parsed)
    }
    if (parsed === 'none') return null
    if (parsed === 'any') return 'any'
    const fit = parsed.filter((x) => x.values.every((v, k) => agrees(v, known[r]?.[k])))
    return fit.length > 0 ? fit : null
  }
  const reach = (r: number, i: number, j: number) => options(r, i, j) !== null
  // forward[r][i]: rows before r cover lines before i; backward[r][i]: rows from r cover lines from i.
  const forward = Array.from({ length: R + 1 }, () => new Array<boolean>(L + 1).fill(false))
  const backward = Array.from({ length: R + 1 }, () => new Array<boolean>(L + 1).fill(false))
  ;(forward[0] as boolean[])[0] = true
  for (let r = 0; r < R; r++) for (let i = 0; i < L; i++) {
    if (!forward[r]?.[i]) continue
    for (let j = i; j < Math.min(L, i + MAX_LINES); j++) if (reach(r, i, j)) (forward[r + 1] as boolean[])[j + 1] = true
  }
  ;(backward[R] as boolean[])[L] = true
  // Only where the rows before reach: a cut elsewhere is in no cover, and its search would be spent for nothing.
  for (let r = R - 1; r >= 0; r--) for (let i = 0; i < L; i++) {
    if (!forward[r]?.[i]) continue
    for (let j = i; j < Math.min(L, i + MAX_LINES); j++) if (backward[r + 1]?.[j + 1] && reach(r, i, j)) { (backward[r] as boolean[])[i] = true; break }
  }
  // Past the run's budget some cuts went unweighed: any row may be read otherwise.
  if (!forward[R]?.[L] || spent.steps > MAX_RUN_STEPS) return rows.map(() => null)
  return rows.map((_, r) => {
    let one: Reading | null = null
    let last = -1
    for (let i = 0; i < L; i++) {
      if (!forward[r]?.[i]) continue
      for (let j = i; j < Math.min(L, i + MAX_LINES); j++) {
        if (!backward[r + 1]?.[j + 1]) continue
        const o = options(r, i, j)
        if (o === null) continue
        if (o === 'any') return null
        for (const x of o) {
          if (x.values.some((v) => v === undefined)) return null
          if (one === null) one = x
          else if (!x.values.every((v, k) => v === one?.values[k])) return null
          last = Math.max(last, lines[j]?.at(-1) ?? -1)
        }
      }
    }
    return one && { ...one, last }
  })
}

/** A known cell (number, or null for a blank) and a reading's value agree; undefined is a cell not read yet. */
function agrees(v: number | null | undefined, known: number | null | undefined): boolean {
  return known === undefined || v === undefined || v === known
}

/** The equations whose cells all stand in one row, as column indices: [total, parts]. */
function localEquations(path: string, keys: readonly string[], equations: readonly Equation[]): [number[], number[]][] {
  const index = (p: string) => (p.startsWith(`${path}.`) ? keys.indexOf(p.slice(path.length + 1)) : -1)
  const out: [number[], number[]][] = []
  for (const e of equations) {
    const left = e.left.map(index)
    const right = e.right.map(index)
    if (left.every((k) => k >= 0) && right.every((k) => k >= 0)) out.push([left, right])
  }
  return out
}

/** A cut's lines joined into n cells every way the text allows, kept where the row's equations hold; 'none' where none reads. */
function parseCut(tokens: readonly Token[], lines: readonly number[][], n: number, local: readonly [number[], number[]][], spent: { steps: number }): Reading[] | 'none' | 'any' {
  const texts = lines.map((l) => l.map((t) => pieceText(tokens[t] as Token)))
  // A piece the joins cannot model (cells glued into one token, a unit among digits) stands for one piece or more
  // of some columns in a row on its line, whatever they print: those cells are read as nothing.
  const hidden = texts.some((l) => l.some((x) => x === null))
  // Two such pieces or more: the cells they may fill are too many to weigh; the cut may be any row's.
  if (texts.reduce((s, l) => s + l.filter((x) => x === null).length, 0) > 1) return 'any'
  const count = lines.reduce((s, l) => s + l.length, 0)
  if ((count < n && !hidden) || count > 4 * n || lines.some((l) => l.length > n)) return 'none'
  const cells: string[] = new Array<string>(n).fill('')
  const firsts: (number | undefined)[] = new Array<number | undefined>(n).fill(undefined)
  const free: number[] = new Array<number>(n).fill(0)
  const found = new Map<string, Reading>()
  // Pieces from each line on, and columns still without a piece.
  const left = lines.map((_, li) => lines.slice(li).reduce((s, l) => s + l.length, 0))
  left.push(0)
  let empty = n
  const read = new Map<string, number | null>()
  let steps = 0
  let over = false
  // Joinings into n figures that break the row's equations: a row the report itself slipped may be such.
  let slipped = false
  const place = (li: number, p: number, from: number): void => {
    if (over) return
    if (++steps > MAX_STEPS) {
      over = true
      return
    }
    // Every column still without a piece needs one of the pieces left (a hidden piece may fill several).
    if (!hidden && empty > (left[li] as number) - p) return
    const line = lines[li]
    if (!line) {
      const reading = finish(cells, firsts, free, local, read)
      if (reading === 'slip') slipped = true
      else if (reading) found.set(reading.values.join(' '), reading)
      if (found.size > MAX_READINGS) over = true
      return
    }
    if (p === line.length) return place(li + 1, 0, 0)
    const text = (texts[li] as (string | null)[])[p] ?? null
    if (text === null) {
      for (let a = from; a <= n - (line.length - p); a++) for (let b = a; b <= n - (line.length - p); b++) {
        for (let c = a; c <= b; c++) {
          if (free[c] === 0 && cells[c] === '') empty--
          free[c] = (free[c] as number) + 1
        }
        place(li, p + 1, b + 1)
        for (let c = a; c <= b; c++) {
          free[c] = (free[c] as number) - 1
          if (free[c] === 0 && cells[c] === '') empty++
        }
      }
      return
    }
    for (let c = from; c <= n - (line.length - p); c++) {
      const before = cells[c] as string
      // A blank mark is a cell alone, or a mark cut over lines (`－` / `－`): never part of a figure.
      const below = text === '—' ? (before === '' || before === '—' ? '—' : null) : before === '—' ? null : before + text
      // A viewer may give a cell's lines bottom first (`14` / `11` for 1114): the other order is a reading too.
      const above = text !== '—' && before !== '' && before !== '—' ? text + before : null
      for (const joined of above === null || above === below ? [below] : [below, above]) {
        if (joined === null || (joined !== '—' && !PREFIX.test(joined))) continue
        cells[c] = joined
        const had = firsts[c]
        if (had === undefined) firsts[c] = line[p]
        if (before === '' && free[c] === 0) empty--
        place(li, p + 1, c + 1)
        if (before === '' && free[c] === 0) empty++
        cells[c] = before
        firsts[c] = had
      }
    }
  }
  place(0, 0, 0)
  spent.steps += steps
  if (over) return 'any'
  // Figures that break the row's equations may be the report's own slip: that row is read as nothing, but may be.
  if (found.size === 0) return slipped ? 'any' : 'none'
  return [...found.values()]
}

/** A piece's text as joined: digits, separators and a unit; a blank mark as '—'; null for anything else. */
function pieceText(t: Token): string | null {
  if (t.kind === 'mark') return /\s/.test(t.text.trim()) ? null : '—'
  // A run of digits is a piece (`07`, a rest), and so is a first part cut at its separator (`7，`, no cell alone);
  // digits apart inside one token are cells glued, not one piece.
  if (t.kind === 'text' || t.kind === 'empty' || /[0-9０-９,，]\s+[0-9０-９]/.test(t.text)) return null
  // A unit is no part of the figure's value and may stand apart from it (labels-first.ts): left out.
  const s = t.folded.replace(/，/g, ',').replace(/件$/, '')
  return /^[0-9,]+$/.test(s) ? s : null
}

/** The cells' joined texts as figures, where each is one and the row's equations hold. */
function finish(cells: readonly string[], firsts: readonly (number | undefined)[], free: readonly number[], local: readonly [number[], number[]][], read: Map<string, number | null>): Reading | 'slip' | null {
  const values: (number | null | undefined)[] = new Array<number | null | undefined>(cells.length).fill(undefined)
  for (let k = 0; k < cells.length; k++) {
    if ((free[k] as number) > 0) continue
    const c = cells[k] as string
    if (c === '—') {
      values[k] = null
      continue
    }
    // Each joined text read once per cut: the search meets the same cells at many of its ends.
    let v = read.get(c)
    if (v === undefined) {
      const m = WHOLE.exec(c)
      v = m ? Number((m[1] as string).replace(/,/g, '')) : -1
      read.set(c, v)
    }
    if (v === -1) return null
    values[k] = v
  }
  for (const [left, right] of local) {
    let sum = 0
    let skip = false
    let blank = false
    for (const k of left) {
      const v = values[k]
      if (v === null) blank = true
      if (v === undefined || v === null) skip = true
      else sum += v
    }
    for (const k of right) {
      const v = values[k]
      if (v === undefined) skip = true
      else sum -= v ?? 0
    }
    // A total printed blank weighs nothing: the cut alone would place the row's figures, and a viewer's order of
    // lines is not proof enough (14921: `14` / `11` read 1411 for 1114 beside a blank total). Such a row is read as
    // nothing, as a slip is, though the cut may be its.
    if (blank || (!skip && sum !== 0)) return 'slip'
  }
  return { values, sources: [...firsts] }
}
