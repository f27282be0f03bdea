import type { Located } from '../locate/locate.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'
import { sourceTokens } from './token-flags.ts'
import { brokenRows, unreadRows, type RowPaths } from './unread-rows.ts'

/**
 * Text without columns (a PDF viewer's reading order) sets a wrapped cell's other lines after the row's one-line
 * cells and its label's rest (17735: 要求行政机关确认's `12 0 ０ 6 ０ 7 １` / `取信息` / `件２`, its total 12 read 1).
 * A row whose total holds as read leaves such a figure to its neighbours; one whose total breaks has no arithmetic
 * behind its reading, and a figure no cell took, next after its figures (words between, no figure of another row),
 * may be the rest of any of its cells: the row is not read. Bounded: a pass over each row's next lines (MAX_LINES).
 */

/** Digits with a count's unit before or after them, one word (`件２`: a wrapped cell's unit over its rest). */
const UNIT_FIGURE = /^[件个项条次人]?\d[\d,，]*[件个项条次人]?$/

/** Lines after the row's last figure weighed for a figure no cell took. */
const MAX_LINES = 2

export function doubtRestsAfter(tokens: readonly Token[], located: Located, values: CellValues, sources: Map<string, number>, warnings: readonly Warning[]): Warning[] {
  let used: Uint8Array | undefined
  const doubted: RowPaths[] = []
  for (const { row, paths, read } of brokenRows(located, tokens, values, sources, false)) {
    used ??= sourceTokens(tokens.length, sources)
    if (restAfter(tokens, Math.max(...read.at), used)) doubted.push({ path: row.path, paths })
  }
  const message = "The row's total breaks as read, and a figure no cell took follows its figures: it may be the rest of one of its cells wrapped over lines; the row is left blank rather than guessed."
  return unreadRows(doubted, values, sources, warnings, message)
}

/** After token `last`, within MAX_LINES lines and before any token a cell took, a number token no cell took. */
function restAfter(tokens: readonly Token[], last: number, used: Uint8Array): boolean {
  const line = (tokens[last] as Token).line
  for (let i = last + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.line > line + MAX_LINES || used[i]) return false
    if (t.kind === 'number' || t.kind === 'run' || (t.kind === 'text' && UNIT_FIGURE.test(t.folded))) return true
  }
  return false
}
