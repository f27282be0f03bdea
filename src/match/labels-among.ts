import type { TableModel } from '../model/index.ts'
import { rowPaths } from '../model/index.ts'
import { holdsWords, type Token } from '../tokens/token.ts'

/**
 * What a narrow print's reading order proves where its labels stand among its figures (labels-first.ts cuts the
 * run's lines into rows): a label is no piece of a cell, but a figure set apart inside a label's words
 * (`不计其他情 5`, the row's `5` merged onto the label's line) is a piece no cut can see, and without it the
 * text's own cut may fit nowhere while another one does. And a line holding a figure a row was already read
 * with (by its label and the table's alignment) is that row's: a cut that gives it to another row is not the text's.
 */

/** A figure apart among a label's words (`情 5`), not the label's own number (`2、`, `（7）`). */
const FIGURE_AMONG_WORDS = /\s[0-9０-９][0-9０-９,，]*(?=\s|$)/

/** A token of words that holds a figure of some cell apart from them: the run lost a piece there. */
export function figureAmongWords(t: Token): boolean {
  return t.kind === 'text' && holdsWords(t) && FIGURE_AMONG_WORDS.test(t.text)
}

/**
 * Per line of the run, the row whose figure read before it holds (undefined: none). undefined for the whole where
 * two rows claim one line: the reads before and the run's lines then disagree, and no cut is the text's.
 */
export function pinnedLines(lines: readonly (readonly number[])[], table: TableModel, values: ReadonlyMap<string, unknown>, sources: ReadonlyMap<string, number>): (number | undefined)[] | undefined {
  const lineOf = new Map<number, number>()
  lines.forEach((l, k) => {
    for (const t of l) lineOf.set(t, k)
  })
  const pins = new Array<number | undefined>(lines.length).fill(undefined)
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]
    if (!row) continue
    for (const path of rowPaths(row)) {
      if (typeof values.get(path) !== 'number') continue
      const t = sources.get(path)
      const k = t === undefined ? undefined : lineOf.get(t)
      if (k === undefined) continue
      if (pins[k] !== undefined && pins[k] !== r) return undefined
      pins[k] = r
    }
  }
  return pins
}

/** A cut giving lines i..j to row r keeps the pins: every line pinned to r inside it, none pinned to another. */
export function keepsPins(pins: readonly (number | undefined)[] | undefined, r: number, i: number, j: number): boolean {
  if (!pins) return true
  for (let k = 0; k < pins.length; k++) {
    const p = pins[k]
    if (p !== undefined && (k >= i && k <= j ? p !== r : p === r)) return false
  }
  return true
}
