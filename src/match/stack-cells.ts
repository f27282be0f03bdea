import type { ColumnModel } from '../model/index.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import { readCellValue } from './read-cell.ts'

/** A narrow print's pieces and rows as the stack search (column-stacks.ts) places them, and how a cell reads its pieces. */

export interface StackPiece {
  /** The token the piece was printed in (a word of pieces, `件0`, gives two). */
  token: number
  /** Folded text. */
  text: string
  /** Its line, counted from the top of the run's lines. */
  line: number
  col: number
  /** The columns it may stand in, by its position. */
  columns: readonly number[]
}

export interface StackRow {
  columns: readonly ColumnModel[]
  /** First and last line a piece of the row may stand on. */
  lo: number
  hi: number
  /** Whether the row's values keep every equation on its cells (a blank as nothing). */
  fits: (values: readonly (number | null)[]) => boolean
  /** Whether its values break an equation naming a blank, set aside by `fits`: then the placing reads it nowhere. */
  aside: (values: readonly (number | null)[]) => boolean
  /** Whether the cells read so far (undefined: not yet) leave its equations a chance: no cell is negative. */
  partial: (values: readonly (number | null | undefined)[]) => boolean
}

/**
 * A cell's pieces so far that no pieces after them can make a figure of: digits after a leading 0 (`0` over `5`),
 * anything after a unit or after `无`, a unit first, a dash after a digit, two dashes or a long dash before a figure,
 * a group of four digits after a separator, two separators. The search drops such a cell at once, not when it closes.
 */
export const DEAD = /^0[\d,，]|^[件个项条次人元万]|[件个项条次人元].|万(?!元$).|^无.|\d[—–―－-]|^(?:[—–―－-]{2,}|[—–―])[^—–―－-]|[,，]\d{4}|[,，][,，]/

/** A unit alone (`件`): it ends a figure above, or stands beside a read row's; it changes no value. */
export const UNIT = /^(?:万元|元|件|个|项|条|次|人)$/
const DASHES = /^(?:[—–―－-]+|[/／])$/

/** The value a cell's pieces read (top first), or undefined where they read no figure the column holds. */
export function cellValue(tokens: readonly Token[], pieces: readonly StackPiece[], column: ColumnModel): number | null | undefined {
  const first = tokens[pieces[0]?.token ?? -1]
  if (!first) return undefined
  const text = pieces.map((p) => p.text).join('')
  // A blank's mark, or dashes over lines (`－` / `－`): one blank cell.
  if (pieces.length === 1 ? DASHES.test(text) || text === '无' : pieces.every((p) => DASHES.test(p.text))) return null
  const read = readCell(text)
  if (read.kind !== 'number') return undefined
  const v = readCellValue({ ...first, kind: 'number', value: read.value, unit: read.unit }, column)
  return v.kind === 'value' ? v.value : undefined
}

/**
 * Characters between two pieces past which neither may lead the other's cell: twice the gap the columns were
 * seen to drift by between a lead and its neighbour's first piece (`82` two characters left of `0`). A piece ten
 * characters away (`29` left of `15`: 2954 and 15, or 54 and 2915) is no lead of that cell.
 */
const GAP = 4

function apart(a: StackPiece, b: StackPiece): boolean {
  return b.col - (a.col + a.text.length) > GAP || a.col - (b.col + b.text.length) > GAP
}

/** Another of the row's pieces stands between two on one line: a lead moves past no piece (`17` `9,` `97`: 17 leads no 973). */
function between(cells: readonly (readonly StackPiece[])[], a: StackPiece, b: StackPiece): boolean {
  if (a.line !== b.line) return false
  const [lo, hi] = a.col < b.col ? [a.col, b.col] : [b.col, a.col]
  return cells.some((c) => c.some((p) => p.line === a.line && p.col > lo && p.col < hi))
}

/**
 * The readings a row would have where a cell's first piece, moved to lead another cell of the row whose first piece
 * stands near it, leaves a reading the row's equations keep too (`82` over `0` for 820 beside `1`: 821 and 0 add up
 * alike). A column is known to a few characters only, and a line's pieces may stand out of order where two cells'
 * pieces overlap (`4，` `2` for 24,195): a sum cannot tell such a piece's cell where the rests are as long, so the
 * row is in doubt — unless an equation down the columns tells (stack-agreement.ts weighs these with the run's).
 */
export function movedReadings(tokens: readonly Token[], row: StackRow, cells: readonly (readonly StackPiece[])[], values: readonly (number | null)[]): (number | null)[][] {
  const out: (number | null)[][] = []
  for (let x = 0; x < cells.length; x++) {
    const from = cells[x] as readonly StackPiece[]
    const lead = from[0]
    if (!lead || from.length < 2 || UNIT.test(lead.text)) continue
    const rest = cellValue(tokens, from.slice(1), row.columns[x] as ColumnModel)
    if (rest === undefined || rest === null) continue
    for (let y = 0; y < cells.length; y++) {
      const to = cells[y] as readonly StackPiece[]
      if (y === x || !to[0] || to[0].line < lead.line || apart(lead, to[0]) || between(cells, lead, to[0])) continue
      const grown = cellValue(tokens, [lead, ...to], row.columns[y] as ColumnModel)
      if (grown === undefined || grown === null) continue
      const moved = [...values]
      moved[x] = rest
      moved[y] = grown
      if (row.fits(moved)) out.push(moved)
    }
  }
  return out
}
