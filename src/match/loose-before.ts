import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import { holdsIn, type RowConstraint } from './glued-constraints.ts'
import type { RowSpan } from './row-pieces.ts'

/**
 * Without columns (a viewer's raw order), figures no read row holds just before a row's label may be first parts
 * of its own figures, set ahead of it (`14 14` before `1．属于国家秘密` … `33` `33`: 1433 twice), or the row above's
 * left unread. The row is read as printed only where its figures are its cells one each, they keep its arithmetic,
 * and no joining of the figures nearest its label to its cells keeps it too: then those figures are no part of
 * its cells, whoever's they are. A sum cannot see a piece lost from a part and its total alike (`14` `14`: 33 and
 * 33 hold as 1433 and 1433 do) — that joining keeps the arithmetic, so the row stays unread.
 */

/** The figures before the label weighed as pieces of the row's cells: a cell may have lost up to this many. */
const NEAREST = 3

/** A figure's value read from pieces joined in the order given; undefined where the text is no whole number. */
function valueOf(text: string): number | undefined {
  const read = readCell(fold(text))
  return read.kind === 'number' ? read.value : undefined
}

/**
 * Whether some joining of the figures in `before` (nearest the label first) to the row's cells — each ahead of a
 * cell's figure or after it, several to one cell too (a figure wrapped into three pieces, `１` `８` before `４７`:
 * 1847) — keeps every equation of `local`. `cells`: each cell's one token (-1 for none) and its value as printed
 * (null for a blank). Bounded: at most 3 figures, 7 cells, 2 sides: (1 + 14)³ joinings.
 */
export function beforeFits(tokens: readonly Token[], before: readonly number[], cells: readonly number[], values: readonly (number | null)[], local: readonly RowConstraint[], ahead = false): boolean {
  const near = before.slice(0, NEAREST).map((i) => tokens[i] as Token).filter((t) => t.kind === 'number' || t.kind === 'bad')
  // Each cell's text as joined so far (its own figure's to start with); cells without a figure of their own join nothing.
  const texts = cells.map((c) => (tokens[c]?.kind === 'number' ? (tokens[c] as Token).text : null))
  const evidence = values.map((v) => v ?? 0)
  // Every nonempty choice of figures, each joined to a cell, the nearest first (at most 3 deep, each level ≤ 14 options).
  const tryFrom = (f: number, changed: boolean): boolean => {
    if (f === near.length) return changed && local.every((c) => holdsIn(c, evidence))
    if (tryFrom(f + 1, changed)) return true
    const piece = near[f] as Token
    for (let k = 0; k < texts.length; k++) {
      const text = texts[k]
      if (text === null || text === undefined) continue
      for (const joinedText of ahead ? [piece.text + text] : [piece.text + text, text + piece.text]) {
        const v = valueOf(joinedText)
        if (v === undefined || v === evidence[k]) continue
        const was = evidence[k] as number
        evidence[k] = v
        texts[k] = joinedText
        const fits = tryFrom(f + 1, true)
        evidence[k] = was
        texts[k] = text
        if (fits) return true
      }
    }
    return false
  }
  return tryFrom(0, false)
}

/**
 * A row the alignment read, in text without columns (`read`: its cells' values, `from`: the token each came from,
 * -1 for none): whether the figures no read row holds just before its label, joined ahead of its cells as first
 * parts (`ahead`: a piece before a label is never a figure's rest), keep its arithmetic (`local`) too — then the
 * arithmetic cannot choose, and it is not read: `12 12` before `3.要求提供公开出版物`, `0 0 29 0 0 56` `85`, the row
 * above unread, is 1256 and 1285 as well as 56 and 85 (a sum cannot see a piece lost from a part and its total
 * alike). However few those figures are, the row above may not own them.
 */
export function joinsBeforeRead(tokens: readonly Token[], span: RowSpan, read: readonly unknown[], from: readonly number[], local: readonly RowConstraint[]): boolean {
  if (!span.loose || span.before.length === 0 || span.pieces.some((p) => tokens[p]?.col !== undefined)) return false
  if (read.some((v) => v !== null && typeof v !== 'number')) return false
  return local.length > 0 && beforeFits(tokens, span.before, from, read as (number | null)[], local, true)
}
