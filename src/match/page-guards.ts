import type { Equation } from '../model/equations.ts'
import type { Warning } from '../schema/report.ts'
import type { Token } from '../tokens/token.ts'
import { BLANK_PLACES, blankPlacesDoubted } from './blank-places.ts'
import type { CellValues } from './glued.ts'
import { LONE_FIGURE, loneFiguresDoubted } from './lone-figure.ts'
import { OUTVOTED_FIGURE, outvotedFiguresDoubted } from './outvoted-figure.ts'
import { placeRows, withoutRows, type Doubted, type Placing } from './page-places.ts'
import type { RowsOnPages } from './row-places.ts'
import { WIDE_WORD, wideWordsDoubted } from './wide-word.ts'
import { SLIPPED_PLACES, slippedPlacesDoubted } from './slipped-places.ts'
import { LONE_PAGE, lonePagesDoubted } from './lone-page.ts'

/**
 * The guards that weigh a row against its page's columns, in turn, on one placing of the rows: rows holding a blank
 * whose place their figures' places do not settle (blank-places.ts); rows of zeros and one figure whose place does not
 * settle which part it is (lone-figure.ts); figures among zeros in rows set out of the page's column order
 * (outvoted-figure.ts); words wider than their column (wide-word.ts). Each only withholds cells, and a withheld cell
 * unplaces its row and no other (a row's place is its own cells' values, sources and blank warnings): the guards
 * after it see the placing without that row (withoutRows), as placing the rows again would give.
 */
export function doubtPagePlaces(tokens: readonly Token[], rows: RowsOnPages | undefined, values: CellValues, sources: Map<string, number>, equations: readonly Equation[], warnings: readonly Warning[]): Warning[] {
  let placing = placeRows(tokens, rows, warnings)
  if (!placing) return [...warnings]
  const guards: [(p: Placing) => Doubted[], (cells: readonly string[]) => string][] = [
    [(p) => blankPlacesDoubted(p, values, equations), BLANK_PLACES],
    [(p) => loneFiguresDoubted(p, values, equations), LONE_FIGURE],
    [(p) => outvotedFiguresDoubted(p, values, equations), OUTVOTED_FIGURE],
    [(p) => wideWordsDoubted(p, tokens, sources, values, equations), WIDE_WORD],
    [(p) => slippedPlacesDoubted(p), SLIPPED_PLACES],
    [(p) => lonePagesDoubted(p, values, equations), LONE_PAGE],
  ]
  let out: Warning[] | undefined
  for (const [doubt, message] of guards) {
    const doubted = doubt(placing)
    out = withheldCells(doubted, values, sources, out ?? warnings, message)
    if (doubted.length > 0) placing = withoutRows(placing, doubted)
  }
  return out ?? [...warnings]
}

/** The doubted cells left blank, the warnings on them dropped, and one `ambiguous_cells` warning a row. */
export function withheldCells(doubted: readonly Doubted[], values: CellValues, sources: Map<string, number>, warnings: readonly Warning[], message: (cells: readonly string[]) => string): Warning[] {
  if (doubted.length === 0) return [...warnings]
  const gone = new Set<string>()
  for (const d of doubted) {
    for (const p of d.cells) {
      values.set(p, null)
      sources.delete(p)
      gone.add(p)
    }
  }
  return [...warnings.filter((w) => !(w.path !== undefined && gone.has(w.path))), ...doubted.map((d) => ({ code: 'ambiguous_cells' as const, message: message(d.cells), path: d.path }))]
}
