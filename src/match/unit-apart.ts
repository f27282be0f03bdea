import type { ColumnModel, RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { groupOf, valueOf } from './joined-groups.ts'
import { joinedApart } from './outside-pieces.ts'

/** What a row's reading holds that this weighs (a JoinedReading, wrapped-cells.ts). */
interface Reading {
  values: (number | null)[]
  pieces: number[][]
}

/**
 * A viewer may invert a cell's two lines, and a unit, printed at a figure's end, says which piece ends it: a
 * cell whose upper piece bears the unit is read bottom first (`７件` over `９４０`: 9407). But a piece the text
 * joined from two lines bears a unit printed on the line below its digits (`18` over `件`, given as 18件): the
 * unit stands on the lower piece's line (`件 66`), as the figure's end does in the page's order (1866件) — it is
 * no sign the lines were inverted. So a reading that inverts a cell with such a piece is offered beside it with
 * every inverted cell read top first, the unit last, as a reading the text may hold: never read on its own, and
 * one that fits and reads otherwise leaves the row unread (readings-agreed.ts). A part and its total inverted
 * alike keep the row's sum either way (16382: 确认…'s 1866 and 1866 read 6618 twice). Linear in the pieces.
 */
export function pageOrder<R extends Reading>(tokens: readonly Token[], reading: R, row: RowModel): (R & { doubted: true; merged: true }) | null {
  const inverted = (g: readonly number[]) => g.length > 1 && (tokens[g[0] as number]?.line ?? 0) > (tokens[g[g.length - 1] as number]?.line ?? 0)
  // Only where a cell inverted ends in a piece whose unit the text joined from the line below it.
  const unitBelow = (p: number) => {
    const t = tokens[p] as Token
    return typeof t.unit === 'string' && t.unit !== '' && joinedApart(t)
  }
  if (!reading.pieces.some((g) => inverted(g) && unitBelow(g[g.length - 1] as number))) return null
  const values = [...reading.values]
  for (let k = 0; k < reading.pieces.length; k++) {
    const g = reading.pieces[k] as number[]
    if (!inverted(g)) continue
    const top = [...g].sort((a, b) => (tokens[a]?.line ?? 0) - (tokens[b]?.line ?? 0) || a - b)
    const units = top.map((p) => tokens[p]?.unit).filter((u): u is string => typeof u === 'string' && u !== '')
    if (units.length > 1) return null
    const group = groupOf(tokens, top, top.map((_, i) => i))
    const bare = top.map((p) => bareDigits(tokens[p] as Token)).join('')
    const v = valueOf(tokens, { ...group, text: bare + (units[0] ?? '') }, row.columns[k] as ColumnModel)
    if (v === undefined) return null
    values[k] = v
  }
  return values.some((v, k) => v !== reading.values[k]) ? { ...reading, values, doubted: true, merged: true } : null
}

/** A piece's text without the unit that ends it (its folded, half-width form). */
function bareDigits(t: Token): string {
  if (typeof t.unit !== 'string' || t.unit === '') return t.folded
  const at = t.folded.lastIndexOf(t.unit)
  return at < 0 ? t.folded : t.folded.slice(0, at)
}
