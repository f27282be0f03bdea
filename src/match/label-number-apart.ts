import type { Token } from '../tokens/token.ts'

/**
 * A label's own number set apart from its words (`（2）` a token of its own, labels numbered `（n）` among `1、`
 * and `2.`) is a piece of the label, not of a cell: a figure is never printed in brackets nor followed by `、`.
 * Kept in a labels-first run (labels-first.ts) it was a piece no join models, cells glued, any row's: a cut gave a
 * row's place to its line, and every row after took the figures of the row above, each keeping its own total
 * (18259: 三安全一稳定's `7 １８ 0 0 0 0 25` read as 保护第三方合法权益's; 18152, 18186). So it is left out, as words are.
 * Only the bracketed and `、` forms of normalize/numbering.ts's NUMBERING: its `1.` and `1，` are a wrapped figure's
 * first part as well (`1，` over `239`), and its Chinese numerals are words already.
 */
const LABEL_NUMBER = /^[（(][0-9０-９]{1,2}[）)]$|^[0-9０-９]{1,2}、$/

/** A token that is only a label's number (`（2）`, `(3)`, `2、`), no figure of a cell. */
export function labelNumberApart(t: Token): boolean {
  return t.kind === 'text' && LABEL_NUMBER.test(t.text.trim())
}
