/**
 * What column-blocks.ts and page-blocks.ts share of a page's rows: each row's stretch of the text, and a row of a
 * page's run with where its block's figures go back. Stated here so that neither file imports the other's types.
 */

/** A row's stretch of the events: its label's first piece and its figures until the next row's label. */
export interface Segment {
  row: number
  /** The event index of its label's first piece. */
  label: number
  /** Indexes into the events of the row's figures (no empty lines), in reading order. */
  figures: number[]
}

/** A row of a page's run: its model row, its own first figures (null where they are not exactly k), where its block's go. */
export interface PageRow {
  row: number
  own: number[] | null
  /** The event after which its block's figures are put back; -1: nowhere (its own figures are not the page's k). */
  after: number
}
