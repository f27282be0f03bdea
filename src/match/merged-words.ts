import type { Token } from '../tokens/token.ts'

/** What a row's reading holds that this weighs: each cell's value and its pieces (a JoinedReading, wrapped-cells.ts). */
interface Reading {
  values: (number | null)[]
  pieces: number[][]
}

/**
 * A viewer that inverts a cell's two lines (`98` printed over `13` for 1398) may also merge them into one word in
 * that inverted order: `9813` for 1398, with the row's total `13` over `98` beside it. Reading the stacked total
 * bottom first then keeps the row's sum (9813 = 9813) as surely as reading it top first and the word as its
 * lines swapped (1398 = 1398): the text holds both. So where a row's reading takes its stacked pieces top first,
 * each other cell whose word is a bare run of digits is offered with its digits rotated (the word's two lines
 * swapped at every place they may have met) as a reading the text may hold — never read on its own, and only
 * against a reading that inverts a cell's lines: one that fits and differs leaves that row unread
 * (readings-agreed.ts). A row read top first shows no inversion to suspect; there, rotations that fit by chance
 * (`27` as 72 beside `16` over `1`) would only cost rows. Linear in the row's digits.
 */
export function swappedLines<R extends Reading>(tokens: readonly Token[], reading: R): (R & { doubted: true; merged: true })[] {
  const out: (R & { doubted: true; merged: true })[] = []
  reading.pieces.forEach((group, k) => {
    if (group.length !== 1) return
    const digits = digitsOf(tokens[group[0] as number])
    if (digits === null) return
    for (let at = 1; at < digits.length; at++) {
      const turned: string = digits.slice(at) + digits.slice(0, at)
      // A line of its own never starts with 0 (`07`): no figure was cut there.
      if (turned.startsWith('0') || turned === digits) continue
      const values = [...reading.values]
      values[k] = Number(turned)
      out.push({ ...reading, values, doubted: true, merged: true })
    }
  })
  return out
}

/** The word's digits, where it is two digits or more and nothing else (no separator, unit or sign); folded: ASCII. */
function digitsOf(t: Token | undefined): string | null {
  return t !== undefined && t.kind === 'number' && /^[0-9]{2,}$/.test(t.folded) ? t.folded : null
}
