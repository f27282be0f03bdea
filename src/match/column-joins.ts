import type { Equation } from '../model/equations.ts'
import { rowPaths, type RowModel } from '../model/index.ts'
import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'
import { columnEquations } from './column-pins.ts'
import { rowOf } from './order-evidence.ts'
import type { Unread } from './wrapped-resolve.ts'
import { takesReadMark } from './marks-of-read.ts'

/**
 * A row left unread whose every cell its column's equations name (each with every other cell read; a report's slip
 * may make two name two values), and whose own pieces — the figures between its label and the next row's label that
 * no read cell came from — join one way only, each piece in one cell and in the text's order, into values those
 * equations name: the text holds the figures and the arithmetic says which pieces are whose (LibreOffice's 总计 as
 * pdftotext -raw gives it, every cell's first line on one line: `总计 ５９ 539 991 215 １６ 162 １１`, then `２３`, `１`,
 * `7 7 77 25`, `２３`, `６３`). A blank written out (`—`, `/`) is a cell of its own: no equation can say which, so in a
 * row that prints one the cells begin in their order (`15523 ３３０ ２１ 15017 860 1208 11792 —`, 33021 set apart in
 * full-width digits, its total blank). Where the pieces are as many as the cells, each line's own cells begin in
 * their order. A piece left over, a cell no joining makes, or two joinings giving different values leave the row
 * unread. It never makes a number: every digit read is printed, in its order, and every piece of the row is used.
 */

/** Pieces of one row beyond which no joining is sought (seven cells of three pieces each). */
const MAX_PIECES = 24
/** Steps of the search per row. */
const MAX_STEPS = 4_000
/** Values the columns may name for one cell (a report's slip names a second). */
const MAX_NAMED = 3
/** Rounds over a report's unread rows (each round reads one row at least, or ends). */
const MAX_ROUNDS = 4

/**
 * The values the equations down a column name for `path`, each with every other cell known (at most a few: a
 * report's slip makes two equations name two). Empty where none names one.
 */
function named(path: string, equations: readonly Equation[], known: (p: string) => number | null): number[] {
  const found: number[] = []
  for (const eq of equations) {
    let sum = 0
    let sign = 0
    let whole = true
    for (const [side, s] of [[eq.left, 1], [eq.right, -1]] as const) {
      for (const p of side) {
        if (p === path) {
          sign += s
          continue
        }
        const v = known(p)
        if (v === null) whole = false
        else sum += s * v
      }
    }
    if (!whole || sign === 0) continue
    const v = -sum / sign
    if (Number.isInteger(v) && v >= 0 && !found.includes(v)) found.push(v)
  }
  return found
}

/**
 * A piece's digits (separators and a count unit dropped), or null where it holds anything else. A run of digits alone
 * (`02`, a wrapped figure's zero-led rest, is read as glued cells) is a piece like any other.
 */
function digitsOf(t: Token): string | null {
  if (t.kind !== 'number' && t.kind !== 'bad' && t.kind !== 'run') return null
  const d = fold(t.text).replace(/[,，]/g, '').replace(/件$/, '')
  return /^\d+$/.test(d) ? d : null
}

/**
 * The one way the pieces join, each in one cell in their order and every piece used, into one of each cell's
 * `targets`: the cells' values and pieces. Null where none does, or two give different values.
 */
function joins(tokens: readonly Token[], pieces: readonly number[], targets: readonly (readonly number[])[]): { values: (number | null)[]; parts: number[][] } | null {
  const want = targets.map((vs) => vs.map(String))
  const digits = pieces.map((p) => digitsOf(tokens[p] as Token))
  // A blank written out (`—`, `/`) is a cell of its own, and blank.
  const marks = pieces.map((p) => tokens[p]?.kind === 'mark')
  if (digits.some((d, i) => d === null && !marks[i])) return null
  const have = want.map(() => '')
  const parts: number[][] = want.map(() => [])
  let found: { values: (number | null)[]; parts: number[][] } | null = null
  let steps = 0
  let lastStarted = -1
  const ordered = marks.some(Boolean)
  // As many pieces as cells, none joining another: the search could only move figures between cells. It keeps the
  // order of each line (a reading order sets 科研机构 to 总计 on a line before the label, 自然人 and 法人 after it), and the
  // cells begun on one line begin there in their order: `5 9 8 0 ０ 0 14` gives 8 to the third cell, whatever two
  // columns' slips name (0 for the third, 8 for the fifth). A wrapped row's pieces may stand out of order on their
  // lines (a viewer sets a cell's first line after its neighbours'): there the columns' values place them.
  const lines = pieces.length === want.length ? pieces.map((p) => tokens[p]?.line ?? -1) : null
  const startedOn = want.map(() => -1)
  // Stops (false) when the steps run out or a second set of values fits: then nothing is read.
  const search = (i: number): boolean => {
    if (++steps > MAX_STEPS) return false
    if (i === pieces.length) {
      // Complete, and each cell as printed reads one of its values (separators where a number puts them), or is a blank.
      const values = parts.map((ps, k) => (have[k] === BLANK ? null : valueOf(ps.map((p) => tokens[p] as Token))))
      if (!values.every((v, k) => (v === null ? have[k] === BLANK : (targets[k] as readonly number[]).includes(v)))) return true
      if (found && found.values.some((v, k) => v !== values[k])) return false
      found ??= { values, parts: parts.map((ps) => [...ps]) }
      return true
    }
    for (let k = 0; k < want.length; k++) {
      const was = have[k] as string
      // Cells begin in their order: a cell's first piece stands after those of the cells before it.
      if (ordered && was === '' && k < lastStarted) continue
      if (lines && was === '' && laterOnLine(startedOn, k, lines[i] as number)) continue
      let next: string
      if (marks[i]) {
        if (was !== '') continue
        next = BLANK
      } else {
        const d = digits[i] as string
        next = was + d
        if (!(want[k] as string[]).some((w) => w.startsWith(next))) continue
        // A cell's first piece is no zero-led rest of another's.
        if (was === '' && d.length > 1 && d.startsWith('0')) continue
      }
      have[k] = next
      parts[k]?.push(pieces[i] as number)
      const before = lastStarted
      if (was === '') {
        lastStarted = k
        startedOn[k] = lines?.[i] ?? -1
      }
      const go = search(i + 1)
      lastStarted = before
      if (was === '') startedOn[k] = -1
      parts[k]?.pop()
      have[k] = was
      if (!go) return false
    }
    return true
  }
  return search(0) ? found : null
}

/** Whether a cell after `k` was begun on `line` already: then `k` begun there would stand right of it. */
function laterOnLine(startedOn: readonly number[], k: number, line: number): boolean {
  for (let j = k + 1; j < startedOn.length; j++) if (startedOn[j] === line) return true
  return false
}

/** A cell a blank mark filled: no figure joins it (no value's digits start so). */
const BLANK = '-'

function valueOf(ps: readonly Token[]): number | null {
  const read = readCell(fold(ps.map((t) => t.text).join('')))
  return read.kind === 'number' ? read.value : null
}

/**
 * The figures of row `r` that no read cell came from: those between its label's first piece and the next row's label,
 * and with `before`, those from the label before it on (a cell centred on a label's lines, LibreOffice's, starts
 * above the label's first line).
 */
function piecesOf(u: Unread, r: number, used: ReadonlySet<number>, before: boolean): number[] | null {
  const start = u.events.findIndex((e) => e.type === 'label' && e.row === r && e.first)
  if (start < 0 || u.events.some((e, k) => k !== start && e.type === 'label' && e.row === r && e.first)) return null
  let from = start
  if (before) while (from > 0 && u.events[from - 1]?.type !== 'label') from--
  const out: number[] = []
  for (let k = from; k < u.events.length; k++) {
    const e = u.events[k]
    if (!e) break
    if (e.type === 'label') {
      if (e.row !== r) break
      continue
    }
    if (used.has(e.token)) continue
    out.push(e.token)
    if (out.length > MAX_PIECES) return null
  }
  return out
}

/** Reads such rows: the paths of their figures (for withColumnReads' note) and of their blanks. */
export function readByColumnJoins(tokens: readonly Token[], unread: readonly Unread[], values: CellValues, sources: Map<string, number>, equations: readonly Equation[], blanks: ReadonlySet<string>): { read: string[]; blank: string[] } {
  const byPath = columnEquations(equations, rowOf)
  const known = (p: string): number | null => {
    const v = values.get(p)
    return typeof v === 'number' ? v : v === null && blanks.has(p) ? 0 : null
  }
  const read: string[] = []
  const blank: string[] = []
  const done = new Set<string>()
  // A row read settles its cells for the equations of the rows beside it: rounds until one reads nothing.
  for (let round = 0, more = true; more && round < MAX_ROUNDS; round++) {
    more = false
    for (const u of unread) {
      // The tokens read rows hold, gathered where a row asks for its pieces (most tables: none; before any row of this
      // table is read, so it is what it was when this table's turn began).
      let used: Set<number> | null = null
      const usedNow = () => (used ??= new Set(sources.values()))
      u.table.rows.forEach((row: RowModel, r) => {
        const paths = rowPaths(row)
        if (done.has(row.path) || row.columns.some((c) => c.unitKey) || paths.some((p) => values.get(p) !== null || blanks.has(p))) return
        const targets = paths.map((p) => named(p, byPath.get(p) ?? [], known))
        if (targets.some((vs) => vs.length === 0 || vs.length > MAX_NAMED)) return
        const one = [false, true].reduce<ReturnType<typeof joins>>((found, before) => {
          if (found) return found
          const pieces = piecesOf(u, r, usedNow(), before)
          return pieces && pieces.length >= paths.length ? joins(tokens, pieces, targets) : null
        }, null)
        // A blank mark on a read row's line is likely that row's blank, not this row's (marks-of-read.ts).
        if (!one || takesReadMark(tokens, one.parts, usedNow())) return
        paths.forEach((p, k) => {
          const v = one.values[k] ?? null
          values.set(p, v)
          if (v === null) blank.push(p)
          else {
            sources.set(p, one.parts[k]?.[0] as number)
            read.push(p)
          }
        })
        for (const ps of one.parts) for (const p of ps) usedNow().add(p)
        done.add(row.path)
        more = true
      })
    }
  }
  return { read, blank }
}
