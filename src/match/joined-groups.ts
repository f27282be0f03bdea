import type { ColumnModel } from '../model/index.ts'
import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import { readCellValue } from './read-cell.ts'

/**
 * A cell of a row read from pieces of its figure (wrapped-cells.ts): the pieces in the order they are read, their
 * text joined, the columns they span, and the value the cell then holds.
 */
export interface Group {
  pieces: number[]
  /** The joined text, in the order the pieces are read. */
  text: string
  col: number
  colEnd: number
}

export function groupOf(tokens: readonly Token[], pieces: readonly number[], members: number[]): Group {
  const ts = members.map((k) => tokens[pieces[k] as number] as Token)
  return {
    pieces: members.map((k) => pieces[k] as number),
    text: ts.map((t) => t.text).join(''),
    col: Math.min(...ts.map((t) => t.col ?? 0)),
    colEnd: Math.max(...ts.map((t) => t.colEnd ?? 0)),
  }
}

/** A group's value in its column, or undefined where it is no figure the column holds. */
export function valueOf(tokens: readonly Token[], g: Group, column: ColumnModel): number | null | undefined {
  const first = tokens[g.pieces[0] as number] as Token
  let token = first
  if (g.pieces.length > 1) {
    // A joined figure is a number whole: not a blank, not digits with a leading zero, not figures cut again.
    if (g.pieces.some((p) => tokens[p]?.kind === 'mark')) return undefined
    const read = readCell(fold(g.text))
    if (read.kind !== 'number') return undefined
    token = { ...first, kind: 'number', value: read.value, unit: read.unit }
  }
  const v = readCellValue(token, column)
  return v.kind === 'value' ? v.value : v.kind === 'blank' ? null : undefined
}
