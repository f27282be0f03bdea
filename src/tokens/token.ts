import type { Cell } from '../extract/grid.ts'

/**
 * The intermediate form every later stage reads: the document as one sequence of tokens in reading order.
 * A token is a cell of the grid, or a piece of one (a crawler's glued text cut into label and figures),
 * classified once: what matching needs (kind, folded text, value) and where it came from (line, grid
 * column, offsets) travel together.
 */
export type TokenKind =
  /** Words: a label, a heading, a header cell, prose. */
  | 'text'
  /** One number as a cell prints it (`1,234`, `+44`, `251000元`). */
  | 'number'
  /** A blank written out (`—`, `/`, `无`): a cell, and blank. */
  | 'mark'
  /** An empty cell or a blank line; `weak` when it may be only a seam between cells. */
  | 'empty'
  /** Figures that may be several cells glued together (`801000081`, `15-312`): read later, by arithmetic. */
  | 'run'
  /** A cell that holds figures no reading may trust (more digits than the bound): a cell, and unreadable. */
  | 'bad'

export interface Token {
  kind: TokenKind
  /** As printed, after normalisation (Simplified, zero-width characters gone). */
  text: string
  /** Half-width, no white space or quotes: the form labels are compared and numbers read in. */
  folded: string
  /** The grid row (a printed line, a paragraph, an HTML `<tr>`) and the cell within it. */
  line: number
  cell: number
  /** White space that stood between this piece and the one before it in the same cell ('' for a cell's first). */
  join: string
  /** Its line is a row of a real table (HTML `<tr>`, a tab, Markdown or space-separated text line). */
  tableRow: boolean
  tableId: number | undefined
  /** HTML and Word: the cell's first grid column and width. */
  x: number | undefined
  colspan: number
  /** An empty token that may be a seam rather than a cell (see extract/grid.ts). */
  weak: boolean
  /** A blank line in a gap across a page's edge: the pages' margin, part of no row (make-tokens.ts). */
  margin: boolean
  /**
   * Text set out with spaces (pdftotext -layout): the piece's first column and the column after its last, on
   * its line (characters, a CJK character and a space one each); undefined elsewhere.
   */
  col: number | undefined
  colEnd: number | undefined
  /** Offsets in the normalized input (-1 where unknown), and a PDF cell's box. */
  start: number
  end: number
  box: Cell['box'] | undefined
  /** A number's value and the unit printed with it (`元`, `件`), for kind `number`. */
  value: number | undefined
  unit: string | null | undefined
  /**
   * A PDF cell left unreadable because its geometry cannot say whether its pieces are one figure: the figure
   * they make if they are (as printed), read only where the report's arithmetic confirms it; '' elsewhere.
   */
  joined: string
  /**
   * Text set out with spaces: a figure joined from pieces on two lines, each join one whose first part or rest could
   * not stand as a cell (`84，` over `362`): those pieces are no other cell's.
   */
  sealed: boolean
}

/** Kinds that stand in a table's value cells: each fills one cell (a run may fill several). */
export function isValueKind(kind: TokenKind): boolean {
  return kind !== 'text'
}

/** Units a cell prints with its figure: alone on a line (`件`), a cell's, no words. */
const UNITS = new Set(['件', '个', '项', '条', '次', '人', '元', '万'].map((c) => c.charCodeAt(0)))

/** Words of a label or a heading (`三、`, `年`): text with a Chinese character besides units (read in place, no copy without them). */
export function holdsWords(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'text') return false
  const folded = t.folded
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i)
    if (unit >= 0x4e00 && unit <= 0x9fff && !UNITS.has(unit)) return true
  }
  return false
}
