import type { TableRegion } from '../locate/locate.ts'
import { isValueKind, holdsWords, type Token } from '../tokens/token.ts'
import { NO_COLUMN, type Event } from './align-types.ts'
import { columnsByHeader } from './header-columns.ts'
import { rowSeparators } from './row-separators.ts'
import { orderWrappedRows } from './wrapped-rows.ts'
import { placeColumnBlocks } from './column-blocks.ts'
import { dropLateLabels } from './late-labels.ts'
import { dropStrayPieces } from './stray-pieces.ts'
import { regionLines } from './token-flags.ts'

/**
 * A table's region → the events its alignment reads (align-values.ts): each row label's pieces and each figure, in
 * the text's order, with the row its line names and the column its header places it in where the line says so;
 * then the figures of wrapped rows put in order, labels out of place and stray pieces dropped, and a page's column
 * blocks placed (column-blocks.ts).
 */

/** The figures after each label on a table row's line, placed by the header's columns where the row holds too many. */
function headerColumns(tokens: readonly Token[], region: TableRegion): Map<number, number> {
  const out = new Map<number, number>()
  for (const [r, pieces] of region.labels) {
    const label = pieces.at(-1)
    const head = label === undefined ? undefined : tokens[label]
    if (label === undefined || !head || !head.tableRow) continue
    const values: number[] = []
    for (let i = label + 1; i < region.end && tokens[i]?.line === head.line; i++) if (isValueKind(tokens[i]?.kind ?? 'text')) values.push(i)
    const want = region.table.rows[r]?.columns.length ?? 0
    if (values.length <= want) continue
    for (const [i, k] of columnsByHeader(tokens, label, values, want, region.start) ?? []) out.set(i, k)
  }
  return out
}

/**
 * An inline table (四) prints its cells in one row after its header: the header's blank lines (the positions
 * its spans cover, one cell per line) stand before its last words, and are none of its cells.
 */
function headerEnd(tokens: readonly Token[], region: TableRegion): number {
  let last = region.start
  for (let i = region.start; i < region.end; i++) {
    const t = tokens[i] as Token
    if (t.kind === 'text') last = i
    else if (isValueKind(t.kind) && t.kind !== 'empty') break
  }
  return last
}

/** `tail`: figures past the region that may be its last page's column blocks (tail-blocks.ts), dropped unless placed. */
export function eventsOf(tokens: readonly Token[], region: TableRegion, tail: readonly number[] = [], glueable = false): Event[] {
  const columns = headerColumns(tokens, region)
  const labelRow = new Map<number, { row: number; first: boolean }>()
  // Whether every label piece stands inside the region (most tables).
  let inOrder = true
  // An inline table's row labels stand in its header, not beside its figures: they place nothing.
  if (!region.table.inline) {
    for (const [row, pieces] of region.labels) {
      pieces.forEach((i, k) => {
        labelRow.set(i, { row, first: k === 0 })
        if (i < region.start || i >= region.end) inOrder = false
      })
    }
  }
  const events: Event[] = []
  // An empty cell is one of the table's only on a line that holds a figure or a row's label: a header's
  // or a provision's line of empty positions (a flat grid's covered cells), Word's trailing row of
  // zero-width cells, a spacer row — none of them holds a cell of the table. Flagged by line from the region's lowest
  // (a set of every line's number hashed was most of this pass).
  const { low, high } = regionLines(tokens, region)
  const printed = new Uint8Array(region.end > region.start ? high - low + 1 : 0)
  // On a table row's line, every cell stands in the row whose label the line holds: the label before it on
  // the line, or, for the cells before any (a grid's covered positions), the line's first label. The label pieces
  // are taken in the text's order: met in this pass where every piece is inside the region, else sorted after.
  const firstOnLine = new Map<number, number>()
  const first = (i: number, row: number) => {
    const t = tokens[i] as Token
    if (t.tableRow && !firstOnLine.has(t.line)) firstOnLine.set(t.line, row)
  }
  for (let i = region.start; i < region.end; i++) {
    const t = tokens[i] as Token
    const label = labelRow.get(i)
    if ((isValueKind(t.kind) && t.kind !== 'empty') || label !== undefined) printed[t.line - low] = 1
    if (label !== undefined && inOrder) first(i, label.row)
  }
  if (!inOrder) for (const i of Int32Array.from(labelRow.keys()).sort()) first(i, (labelRow.get(i) as { row: number }).row)
  const separators = rowSeparators(tokens, region)
  const header = region.table.inline ? headerEnd(tokens, region) : region.start
  let line = -1
  let lineRow = -1
  // Words no label is after a figure: a blank line past them parts a viewer's blocks (`23` `年` `度`, then a blank
  // line), no blank cell of the row — a cell left blank stands among the row's own figures.
  let pastWords = false
  for (let i = region.start; i < region.end; i++) {
    const token = tokens[i] as Token
    if (token.line !== line) {
      line = token.line
      lineRow = firstOnLine.get(line) ?? -1
    }
    if (token.kind === 'empty' && ((token.tableRow && printed[token.line - low] !== 1) || separators.has(i) || i < header)) continue
    if (token.kind === 'empty' && ((token.weak && !token.tableRow && pastWords) || token.margin)) continue
    const label = labelRow.get(i)
    if (label !== undefined) {
      events.push({ type: 'label', row: label.row, token: i, first: label.first })
      if (token.tableRow) lineRow = label.row
      pastWords = false
    } else if (isValueKind(token.kind)) {
      events.push({ type: 'value', token: i, rowHint: token.tableRow ? lineRow : -1, column: columns.get(i) ?? NO_COLUMN })
      pastWords = false
    } else if (holdsWords(token) && events.at(-1)?.type === 'value' && tokens[events.at(-1)?.token ?? -1]?.kind !== 'empty') pastWords = true
  }
  const own = orderWrappedRows(tokens, region, region.table.inline ? events : dropLateLabels(tokens, dropStrayPieces(tokens, region.table, events), region.table))
  const borrowed: Event[] = tail.map((token) => ({ type: 'value', token, rowHint: -1, column: NO_COLUMN }))
  return placeColumnBlocks(tokens, region.table, [...own, ...borrowed], own.length, glueable ? 1 : 0)
}
