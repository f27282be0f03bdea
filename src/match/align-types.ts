/**
 * What the alignment of a table's figures works on and gives (align-values.ts): the events of the text — labels and
 * figures in reading order — and each cell's fills on the cheapest alignments, with the rows it leaves in doubt.
 */

export type Event =
  /** `first`: the label's first piece (the rest of a wrapped label may stand among the row's figures). */
  | { type: 'label'; row: number; token: number; first: boolean }
  /**
   * `rowHint`: the row whose label stands before this figure on its table row's line (-1: none);
   * `column`: its column in that row by the header's grid (NO_COLUMN: unknown; -1: not a cell).
   */
  | { type: 'value'; token: number; rowHint: number; column: number }

/** What fills a cell on some cheapest alignment. */
export type Fill =
  | { type: 'token'; token: number }
  /** A run read as a whole row of glued cells: the row's cells come from it, by arithmetic. */
  | { type: 'glued'; token: number }

export interface CellReading {
  /** The fills of all cheapest alignments (one, unless they disagree), or none where the cell is left unfilled. */
  fills: Fill[]
  /** Some cheapest alignment leaves the cell unfilled. */
  unfilled: boolean
}

/**
 * A cell's reading made by `new`, its list by `new Array`: V8 pretenured the literals (`{ fills: [], … }`), whose
 * objects live to the end of a conversion, and made them in the old space (see tokens/token-record.ts).
 */
export class Reading implements CellReading {
  declare fills: Fill[]
  declare unfilled: boolean
  constructor() {
    this.fills = new Array<Fill>()
    this.unfilled = false
  }
}

export interface ValueAlignment {
  cells: CellReading[]
  /** Rows beside a figure that every reading had to leave out, or left incomplete. */
  tainted: Set<number>
  /** Figures some cheapest alignment leaves out. */
  leftOut: Set<number>
  /** Rows beside a label out of its place: the text's order is not the table's there. */
  disordered: Set<number>
  /** Rows disordered by their neighbours' labels or beside a figure left out, none of their own cells in doubt. */
  beside: Set<number>
  /** Rows beside a figure left out (in doubt for it alone where they are in `beside`). */
  nearLeftOut: Set<number>
  /** Rows in `disordered` only for a figure of their own cut at its separator (no label out of place near them). */
  cutOnly: Set<number>
}

/** A figure whose column the header does not say. */
export const NO_COLUMN = -2
