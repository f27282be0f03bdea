import type { Located } from '../locate/locate.ts'
import type { Warning } from '../schema/report.ts'
import { aloneOnLine } from '../tokens/lines.ts'
import type { Token } from '../tokens/token.ts'
import { columnWidths, printedWidth } from './column-widths.ts'
import type { CellValues } from './glued.ts'
import { brokenRows, unreadRows, type BrokenRow, type RowPaths } from './unread-rows.ts'

/**
 * Text without columns (a PDF viewer's reading order) sets a wrapped cell's other lines on lines of their own after
 * the row's one-line cells: `执法案卷 ３３６` / `0` … `3` / `８` is 3368 … 3 with the total left blank, and, counted,
 * 336 … 3 with a total of 8. Both readings hold the row's count of figures; a blank cell leaves no trace. Where the
 * row's total breaks as read, the figure read as the total stands alone on a line after all the others, and joined
 * to another figure of the row it makes one wider than any its column prints on one line (so a figure that wraps
 * there: column-widths.ts), the text allows the other reading, which a blank total cannot refuse: the row is not
 * read. Bounded: one pass over each table's rows, and the columns' widths once a table, where a row asks.
 */
export function doubtLoneRests(tokens: readonly Token[], located: Located, values: CellValues, sources: Map<string, number>, warnings: readonly Warning[], text?: string): Warning[] {
  const doubted: RowPaths[] = []
  // The columns' widths once a table, where a row asks.
  const widthsOf = new Map<BrokenRow['region'], Map<string, number>>()
  for (const { region, row, paths, totalAt, read } of brokenRows(located, tokens, values, sources, false)) {
    const rest = tokens[read.at[totalAt] as number] as Token
    if (!aloneAfter(tokens, read.at[totalAt] as number, read.at)) continue
    let widths = widthsOf.get(region)
    if (!widths) widthsOf.set(region, (widths = columnWidths(tokens, region.table.rows, values, sources, text)))
    // The rest joins some other figure of the row as its last digits (a `0` takes no digits after it), wider than
    // its column prints whole.
    const wraps = row.columns.some((c, k) => {
      if (k === totalAt || read.cells[k] === 0) return false
      const first = tokens[read.at[k] as number] as Token
      return printedWidth(first.text + rest.text, true) > (widths.get(c.key) ?? 0)
    })
    if (wraps) doubted.push({ path: row.path, paths })
  }
  const message = "The row's total breaks as read, and the figure read as its total stands alone on a line after the row's other figures: it may be the rest of another cell wrapped over lines, its total left blank; the row is left blank rather than guessed."
  return unreadRows(doubted, values, sources, warnings, message)
}

/**
 * The token stands alone on its line (empties aside), below the lines of every other token of the row, and some other
 * figure of the row shares its line with a word or figure: the row is set out along lines, so a lone figure after them
 * stands apart. (Text of one cell a line — a word processor's, a page's copied — sets every figure alone.)
 */
function aloneAfter(tokens: readonly Token[], index: number, at: readonly number[]): boolean {
  const line = (tokens[index] as Token).line
  if (at.some((s) => s !== index && (tokens[s] as Token).line >= line)) return false
  if (!at.some((s) => s !== index && !aloneOnLine(tokens, s))) return false
  return aloneOnLine(tokens, index)
}
