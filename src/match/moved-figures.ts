import type { Located } from '../locate/locate.ts'
import type { Equation } from '../model/equations.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import type { CellValues } from './glued.ts'
import { OUTVOTED_FIGURE, outvotedFiguresDoubted } from './outvoted-figure.ts'
import { placeRows, withheldCells } from './page-places.ts'
import { WIDE_WORD, wideWordsDoubted } from './wide-word.ts'

/**
 * Figures among zeros in rows set out of the page's column order (outvoted-figure.ts), then words wider than their
 * column (wide-word.ts): the rows placed on their pages once, placed again only where the first withheld cells
 * (a withheld cell unplaces its row, and the rows beside it lose its places).
 */
export function doubtMovedFigures(tokens: readonly Token[], located: Located, values: CellValues, sources: Map<string, number>, equations: readonly Equation[], warnings: readonly Warning[]): Warning[] {
  const first = placeRows(tokens, located, values, sources, warnings)
  if (!first) return [...warnings]
  const outvoted = outvotedFiguresDoubted(first, values, equations)
  const after = withheldCells(outvoted, values, sources, warnings, OUTVOTED_FIGURE)
  const then = outvoted.length === 0 ? first : placeRows(tokens, located, values, sources, after)
  return then ? withheldCells(wideWordsDoubted(then, tokens, sources, values, equations), values, sources, after, WIDE_WORD) : after
}
