import { fold } from '../normalize/fold.ts'
import { readCell } from '../normalize/numbers.ts'
import type { Cell } from './grid.ts'

/** A figure cut where its cell wrapped: the first part ends at a separator (`19，`), the rest starts with one, or is a unit. */
export function endsCut(text: string): boolean {
  // Its last unit, not a pattern: a pattern ending in `$` is tried from every position of a long line.
  const last = text.charCodeAt(text.length - 1)
  return last === 0x2c || last === 0xff0c
}

/**
 * A figure cut at its separator (`13，`) cannot stand alone: its rest is on the line under it, even where the
 * viewer set that rest a few characters off (a label of wide glyphs shifts the row's line, not the next):
 * `13， … 55，` over `353 654`. Where the cut figures and the pieces under no figure or under a cut one are as
 * many, they pair in their order (a wrap keeps a row's order), each pair one number, every pair in column order
 * with those the columns gave to whole figures: 13,353 and 55,654; `16， 72，` over `782 787` (the columns gave
 * 782 to 72，) 16,782 and 72,787. Else the columns' pairing stands as it is.
 */
export function restsInOrder(pieces: readonly Cell[], above: (Cell | undefined)[] | null, figures: readonly Cell[]): (Cell | undefined)[] | null {
  if (above === null) return null
  const cut = figures.filter((f) => endsCut(fold(f.text)))
  if (cut.length === 0) return above
  // The pieces under no figure or under a cut one: the columns may have given `782` to `72，` for `16，`'s rest.
  const loose = pieces.flatMap((p, k) => (above[k] === undefined || cut.includes(above[k] as Cell) ? [k] : []))
  if (loose.length !== cut.length) return above
  const paired = [...above]
  cut.sort((a, b) => (a.col ?? 0) - (b.col ?? 0))
  loose.forEach((k, j) => {
    paired[k] = cut[j]
  })
  // Each pair one number, and the pairs in the columns' order: the k-th piece completes a figure right of the one before.
  let last = -1
  for (let k = 0; k < pieces.length; k++) {
    const f = paired[k] as Cell
    if ((f.col ?? 0) <= last || readCell(fold(f.text + (pieces[k]?.text ?? ''))).kind !== 'number') return above
    last = f.col ?? 0
  }
  return paired
}
