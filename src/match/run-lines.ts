/**
 * A narrow print's lines as pdftotext set them, for the runs of unread rows (stack-runs.ts): each line's words with
 * their columns and page, and which words may be a figure's pieces.
 */

/** A word that may be a figure's piece: digits, separators, a unit, a blank's mark (a slash only alone: `1/3`). */
export const PIECE = /^(?:[\d０-９,，件个项条次人元万—–―－\-无]+|[/／])$/
export const PARTS = /万元|[件个项条次人元万]|[\d０-９,，]+|[—–―－-]+|无|[/／]/g
/** A label's words, or a numbering alone (`（3）`): no figure's piece. */
export const WORDS = /[\u4e00-\u9fff]/
export const NUMBERING = /^[(（]?\d{1,2}[)）.．、]?$/

export interface Word {
  text: string
  start: number
  col: number
}

export interface Line {
  start: number
  words: Word[]
  /** Form feeds before it: pdftotext lays each page out on its own, its columns where that page's words put them. */
  page: number
}

/** The text's lines holding offsets `from` to `to`, each its words with their columns. */
export function linesBetween(text: string, from: number, to: number): Line[] {
  const out: Line[] = []
  let page = 0
  for (let s = text.lastIndexOf('\n', from - 1) + 1; s <= to && s < text.length; ) {
    let e = text.indexOf('\n', s)
    if (e < 0) e = text.length
    const words: Word[] = []
    const line = text.slice(s, e)
    if (line.includes('\f')) page++
    for (const m of line.matchAll(/\S+/g)) words.push({ text: m[0], start: s + (m.index ?? 0), col: m.index ?? 0 })
    out.push({ start: s, words, page })
    s = e + 1
  }
  return out
}
