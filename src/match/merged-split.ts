import type { Located } from '../locate/locate.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'
import { brokenRows, keepsTotal, setInColumns, unreadRows, type RowPaths } from './unread-rows.ts'

/**
 * pdftotext -layout sets words that stand close on one line as one word: a wrapped figure's second line beside a
 * one-line cell of the row may come out as one figure (`1,221 210 12` for 1,221 0 1221: the total's `21` and the
 * `0` beside it read `210`). A row read so breaks its total; a report's own slip breaks it too, and is read as
 * printed. What tells them apart is a reading the text allows: one figure of the row cut in two, its first digits
 * the rest (or first part) of another figure of the row, after which the row adds up. Where such a cut exists, the
 * printed reading is not the only one, and the row is not read. Bounded: a row's cells, each cut at most 15 ways.
 */
export function doubtMergedSplits(tokens: readonly Token[], located: Located, values: CellValues, sources: Map<string, number>, warnings: readonly Warning[]): Warning[] {
  // Text set out in columns only (wholeRow): without columns no row is weighed (the warnings as unreadRows leaves them).
  if (!setInColumns(tokens)) return [...warnings]
  const doubted: RowPaths[] = []
  // Text set out in columns only, every cell a whole number.
  for (const { row, paths, totalAt, read } of brokenRows(located, tokens, values, sources, true)) {
    if (someCutAdds(read.cells, read.cells.map(String), totalAt)) doubted.push({ path: row.path, paths })
  }
  const message = "The row's total breaks as printed, and one of its figures cut in two, a piece joined to another figure, makes it add up: the text may have set two figures as one; the row is left blank rather than guessed."
  return unreadRows(doubted, values, sources, warnings, message)
}

/** Some figure cut into a first part and a rest (no zero-led rest but `0`), one of them joined to another figure before or after its digits, the other left in its cell, adds up. */
function someCutAdds(cells: readonly number[], texts: readonly string[], totalAt: number): boolean {
  const joined = [...cells]
  for (let i = 0; i < texts.length; i++) {
    const s = texts[i] as string
    for (let k = 1; k < s.length; k++) {
      const head = s.slice(0, k)
      const tail = s.slice(k)
      if (tail.length > 1 && tail.startsWith('0')) continue
      // The head moved (the cell keeps the tail), or the tail moved (the cell keeps the head).
      for (const [moved, kept] of [[head, tail], [tail, head]] as const) {
        for (let j = 0; j < texts.length; j++) {
          if (j === i) continue
          const other = texts[j] as string
          for (const text of [other + moved, moved + other]) {
            if (text.length > 1 && text.startsWith('0')) continue
            joined[i] = Number(kept)
            joined[j] = Number(text)
            const ok = keepsTotal(totalAt, joined)
            joined[i] = cells[i] as number
            joined[j] = cells[j] as number
            if (ok) return true
          }
        }
      }
    }
  }
  return false
}
