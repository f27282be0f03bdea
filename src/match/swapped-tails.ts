import type { Token } from '../tokens/token.ts'

/**
 * Two figures of a row cut at their separators (`1，` `26，` over `284` `433件`): a sum cannot tell their rests
 * swapped, for the rest after a thousands separator is always three digits (1,284 + 26,433 and 1,433 + 26,284
 * add up alike). Where a reading of the row's pieces (`groups`, each a cell's pieces) joins one, and the other was
 * joined too — by that reading, or where the text was read (`26，284`, its span in the input longer than its text)
 * — that reading is none where the text keeps no columns; with columns, see tailCells.
 */
const CUT_END = /[,，]$/
const JOINED_AT_SEPARATOR = /\d[,，]\d/

export function swappableTails(tokens: readonly Token[], groups: readonly (readonly number[])[]): boolean {
  return (tailCells(tokens, groups)?.length ?? 3) >= 2
}

/**
 * The two cells of a reading whose rests may be swapped, where the text has columns: the reading is listed, and
 * beside it the rests swapped as one the text may hold (swappedTails, `doubted`), so that the arithmetic says which
 * — a part and its total swapped break the total (`24，` … `29，` over `770` … `499`: 24,499 + 4,729 is not 29,770);
 * two parts keep it, and only an equation down a column may tell (seed 13017). None where fewer than two cells were
 * cut or none by this reading; null where three or more were (their rests are not listed every way).
 */
export function tailCells(tokens: readonly Token[], groups: readonly (readonly number[])[]): number[] | null {
  const cut: number[] = []
  let here = false
  groups.forEach((pieces, k) => {
    const first = tokens[pieces[0] ?? -1]
    if (!first) return
    if (pieces.length > 1 && CUT_END.test(first.folded)) {
      cut.push(k)
      here = true
    } else if (pieces.length === 1 && first.start >= 0 && first.end - first.start > first.text.length && JOINED_AT_SEPARATOR.test(first.folded)) cut.push(k)
  })
  if (!here || cut.length < 2) return []
  return cut.length === 2 ? cut : null
}

/** A reading's values with the rests of its two cut cells swapped (the three digits after each one's separator). */
export function swappedTails(values: readonly (number | null)[], cells: readonly number[]): (number | null)[] | null {
  const [i, j] = cells
  const a = values[i ?? -1]
  const b = values[j ?? -1]
  if (cells.length !== 2 || typeof a !== 'number' || typeof b !== 'number' || a < 1000 || b < 1000 || a % 1000 === b % 1000) return null
  const out = [...values]
  out[i as number] = a - (a % 1000) + (b % 1000)
  out[j as number] = b - (b % 1000) + (a % 1000)
  return out
}
