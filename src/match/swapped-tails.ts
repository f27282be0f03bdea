import type { Token } from '../tokens/token.ts'

/**
 * Two figures of a row cut at their separators (`1，` `26，` over `284` `433件`): a sum cannot tell their rests
 * swapped, for the rest after a thousands separator is always three digits (1,284 + 26,433 and 1,433 + 26,284
 * add up alike). Where a reading of the row's pieces (`groups`, each a cell's pieces) joins one, and the other was
 * joined too — by that reading, or where the text was read (`26，284`, its span in the input longer than its text)
 * — that reading is none.
 */
const CUT_END = /[,，]$/
const JOINED_AT_SEPARATOR = /\d[,，]\d/

export function swappableTails(tokens: readonly Token[], groups: readonly (readonly number[])[]): boolean {
  let cut = 0
  let here = false
  for (const pieces of groups) {
    const first = tokens[pieces[0] ?? -1]
    if (!first) continue
    if (pieces.length > 1 && CUT_END.test(first.folded)) {
      cut++
      here = true
    } else if (pieces.length === 1 && first.start >= 0 && first.end - first.start > first.text.length && JOINED_AT_SEPARATOR.test(first.folded)) cut++
  }
  return here && cut >= 2
}
