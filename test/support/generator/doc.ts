/**
 * A report as a document of blocks, before it is written in any shape. Tables are rows of cells with
 * the spans an official page declares; each renderer writes the same document its own way.
 */

export interface LCell {
  /** The cell's text; `\n` is a line break inside the cell (`<br>`, or a paragraph per line in Word). */
  text: string
  colspan?: number
  rowspan?: number
  /** A value cell (number or blank), as opposed to a label or header. */
  value?: boolean
  /**
   * The cell's line breaks survive in text too (a label wrapped over lines or paragraphs, a label stacked one
   * character per line); without it a text copy joins the lines, as a `<br>` in a header is lost.
   */
  lines?: boolean
}

export interface LRow {
  cells: LCell[]
  header?: boolean
}

export type TableId = 'activeDisclosure' | 'applications' | 'reviewLitigation'

export interface LTable {
  id: TableId
  rows: LRow[]
  /** Header rows to repeat where a page splits the table in two (table 三's first three rows). */
  headerRows: number
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'date'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'table'; table: LTable }
  | { kind: 'spam'; pieces: string[] }

export interface Doc {
  blocks: Block[]
  /** The page's `<title>` where it differs from the title block (a site's suffix; the only title of the page). */
  headTitle?: string
}

/** Every text of a document, in order, for transformations that apply to all of it (script, pinyin). */
export function mapTexts(doc: Doc, f: (text: string) => string): Doc {
  return {
    ...(doc.headTitle === undefined ? {} : { headTitle: f(doc.headTitle) }),
    blocks: doc.blocks.map((b) => {
      if (b.kind === 'table') return { ...b, table: { ...b.table, rows: b.table.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c, text: f(c.text) })) })) } }
      if (b.kind === 'spam') return b
      return { ...b, text: f(b.text) }
    }),
  }
}
