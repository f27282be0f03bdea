import type { Cell } from '../extract/grid.ts'
import type { Token, TokenKind } from './token.ts'

/**
 * A token made by `new`, not by an object literal. V8 watches where each literal is made, and a site whose
 * objects all outlive a young collection is switched to make them in the old space (allocation-site
 * pretenuring): a conversion keeps its tokens to its end, so the token literal was switched, and from then on
 * every token cost an old-space allocation and a write barrier per field — ~6% of a text conversion in a CPU
 * profile, gone with `--no-allocation-site-pretenuring`. A constructor has no such site; the fields are the
 * literal's, in its order (one hidden class for every token).
 */
export class TokenRecord implements Token {
  declare kind: TokenKind
  declare text: string
  declare folded: string
  declare line: number
  declare cell: number
  declare join: string
  declare tableRow: boolean
  declare tableId: number | undefined
  declare x: number | undefined
  declare colspan: number
  declare weak: boolean
  declare margin: boolean
  declare col: number | undefined
  declare colEnd: number | undefined
  declare start: number
  declare end: number
  declare box: Cell['box'] | undefined
  declare value: number | undefined
  declare unit: string | null | undefined
  declare joined: string
  declare sealed: boolean

  constructor(
    kind: TokenKind,
    text: string,
    folded: string,
    line: number,
    cell: number,
    join: string,
    tableRow: boolean,
    tableId: number | undefined,
    x: number | undefined,
    colspan: number,
    weak: boolean,
    col: number | undefined,
    colEnd: number | undefined,
    start: number,
    end: number,
    box: Cell['box'] | undefined,
    value: number | undefined,
    unit: string | null | undefined,
    joined: string,
    sealed: boolean,
  ) {
    this.kind = kind
    this.text = text
    this.folded = folded
    this.line = line
    this.cell = cell
    this.join = join
    this.tableRow = tableRow
    this.tableId = tableId
    this.x = x
    this.colspan = colspan
    this.weak = weak
    this.margin = false
    this.col = col
    this.colEnd = colEnd
    this.start = start
    this.end = end
    this.box = box
    this.value = value
    this.unit = unit
    this.joined = joined
    this.sealed = sealed
  }
}
