import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import type { Group } from './joined-groups.ts'
import type { RowSpan } from './row-pieces.ts'
import { betweenLabelLines, linesOf, printedOn } from './source-lines.ts'

/**
 * Which of a row's pieces the text shows as one cell's where it keeps the page's columns, and in what order its
 * cells stand: the columns' drift (`near`), the pairs a joining may take, the cells placed by their anchors on the
 * label's lines (wrapped-cells.ts lists the joinings).
 */

/**
 * A viewer's columns drift by a few characters between lines (a long CJK label squeezes its line): pieces on
 * touching lines this close may be one cell's. Erring wide is safe — a joining too many is one more reading,
 * and readings the arithmetic cannot tell apart leave the row unread; a joining missed could leave a wrong one.
 */
const DRIFT = 12

export function near(x: Token, y: Token): boolean {
  return (x.col ?? 0) < (y.colEnd ?? 0) + DRIFT && (y.col ?? 0) < (x.colEnd ?? 0) + DRIFT
}

/**
 * Two pieces of one cell side by side on a line read left first, as the viewer set them — unless only the other
 * order reads as a figure: pdftotext gives a cell's two lines one line where they share a baseline, ordered by
 * where each starts, so a first part cut at its separator stands right of its wider rest (`333件 92，` for 92,333).
 * Only such a first part: a piece that no figure ends with, whose rest is three digits after it.
 */
const CUT_AT_SEPARATOR = /[0-9][,，]$/
function readsBackwards(tokens: readonly Token[], pieces: readonly number[], left: number, right: number): boolean {
  const l = (tokens[pieces[left] as number] as Token).text
  const r = (tokens[pieces[right] as number] as Token).text
  return CUT_AT_SEPARATOR.test(fold(r)) && readCell(fold(l + r)).kind !== 'number' && readCell(fold(r + l)).kind === 'number'
}

/**
 * Two pieces the text may show as one cell's: neighbours on one line, or on touching lines in one column. `across`:
 * also two pieces of one grid line printed on two input lines (a line of rests merged into the row's), in one
 * column as stacked pieces are, whatever stands between them (merged-rests.ts).
 */
export function pairs(tokens: readonly Token[], pieces: readonly number[], columns: boolean, across = false): [number, number, boolean][] {
  const out: [number, number, boolean][] = []
  for (let a = 0; a < pieces.length; a++) {
    for (let b = a + 1; b < pieces.length; b++) {
      const x = tokens[pieces[a] as number] as Token
      const y = tokens[pieces[b] as number] as Token
      if (!columns) {
        // Without columns the text keeps the order a cell was drawn in: its pieces follow each other over a line break.
        if (b === a + 1 && y.line === x.line + 1) out.push([a, b, false])
        continue
      }
      if (x.line === y.line) {
        // Neighbours on a line: no piece of the line between them.
        const between = pieces.some((p) => {
          const t = tokens[p] as Token
          return t.line === x.line && (t.col ?? 0) > Math.min(x.col ?? 0, y.col ?? 0) && (t.col ?? 0) < Math.max(x.col ?? 0, y.col ?? 0)
        })
        const [left, right] = (x.col ?? 0) < (y.col ?? 0) ? [a, b] : [b, a]
        if (!between) out.push(readsBackwards(tokens, pieces, left, right) ? [right, left, false] : [left, right, false])
        const stacked = across && near(x, y) ? stackedAcross(x, y) : 0
        if (stacked !== 0) out.push(stacked < 0 ? [a, b, true] : [b, a, true])
      } else if (Math.abs(x.line - y.line) === 1 && near(x, y)) {
        // Stacked in one column: read top first, and, as viewers may invert a cell's lines, bottom first too.
        const [top, bottom] = x.line < y.line ? [a, b] : [b, a]
        out.push([top, bottom, true])
      }
    }
  }
  return out
}

/** Two pieces of one grid line printed on two input lines: < 0 where x was printed above y, > 0 below, 0 on one line. */
function stackedAcross(x: Token, y: Token): number {
  const [lx, ly] = [linesOf(x), linesOf(y)]
  return lx && ly && lx[0] === lx[1] && ly[0] === ly[1] ? lx[0] - ly[0] : 0
}

/**
 * Where the text keeps the page's lines, a row's cells stand on its label's lines: a piece above them, or merged
 * into them from below, is the rest of a wrapped figure, never a cell of its own (nor another row's figure taken
 * for it). Each cell is placed by its piece on those lines (its anchor), and the cells are put in their anchors'
 * order: on one line the text's order; across lines only where the anchors' columns stand apart — where they
 * overlap, the order is in doubt (the indices returned: groups k − 1 and k), and the reading is one the text may
 * hold either way, never read on its own (null: no reading). A cell of one
 * line beside a wrapped cell stands midway between the wrapped cell's lines, and the viewer may set it, and the
 * cells right of it, on the grid line under the label's: such a cell is anchored there, right of every cell
 * anchored on the label's lines (a piece left of one of those is a rest, `7` under `85`). A figure
 * next to the row outside its pieces (`1,` over `894`, read with the row above) that stands by a cell's column
 * may be part of it: no reading then, whatever the arithmetic says (`1,894` and `1,896` lose their thousands alike).
 */
export function inColumnOrder(tokens: readonly Token[], groups: Group[], span: RowSpan): number[] | null {
  const { labelLines, labelInput } = span
  // Where every piece was printed on the row's own label lines, a figure printed on another row's label line is
  // that row's: rows do not share printed lines.
  const outside = span.own ? span.outside.filter((o) => !span.onLabels.has(o)) : span.outside
  const anchors = new Map<Group, Token>()
  const under = Math.max(...labelLines) + 1
  const between = betweenLabelLines(tokens, groups.flatMap((g) => g.pieces), labelLines)
  for (const g of groups) {
    let anchor: Token | undefined
    let lower: Token | undefined
    for (const p of g.pieces) {
      const t = tokens[p] as Token
      // On a label's line of the grid, and printed there (no piece of the line below merged into it), or between them.
      if ((labelLines.has(t.line) && printedOn(t, labelInput)) || between) {
        if (!anchor || (t.col ?? 0) < (anchor.col ?? 0)) anchor = t
      } else if (t.line === under && (!lower || (t.col ?? 0) < (lower.col ?? 0))) lower = t
    }
    // A cell of one line beside a wrapped one is set midway between its lines: the viewer may give it the line
    // under the label's (`2025 0 25，164 ７件` over `９４０ 0 200 36,796`), and then the cells right of it too.
    anchor ??= lower
    if (!anchor) return null
    anchors.set(g, anchor)
  }
  groups.sort((x, y) => (anchors.get(x)?.col ?? 0) - (anchors.get(y)?.col ?? 0))
  const doubted: number[] = []
  for (let k = 1; k < groups.length; k++) {
    const a = anchors.get(groups[k - 1] as Group) as Token
    const b = anchors.get(groups[k] as Group) as Token
    // Anchors on two lines over the same columns: their order is not the text's to say (the columns drift).
    if (a.line !== b.line && (a.colEnd ?? 0) >= (b.col ?? 0)) doubted.push(k)
    // Cells on the line under the label's end the row: one of them before a cell on the label's line is a piece.
    if (a.line === under && b.line !== under) return null
  }
  return standsBy(tokens, outside, groups.flatMap((g) => g.pieces)) ? null : doubted
}

/** Whether a figure stands by one of `pieces`, within the columns' drift. */
export function standsBy(tokens: readonly Token[], figures: readonly number[], pieces: readonly number[]): boolean {
  return figures.some((o) => pieces.some((p) => near(tokens[o] as Token, tokens[p] as Token)))
}
