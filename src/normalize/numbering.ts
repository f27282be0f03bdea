/**
 * The numbering a report prints before a label (`（一）`, `1.`, `一、`): compared on its own by the label index
 * (src/locate/likeness.ts), and a row's start wherever text is read — a label's rest never begins with one.
 */

/** Leading numbering, in every form reports print it: （一） (1) 一、 1. 1． 1、 七、 — repeated (`三、（一）`). */
export const NUMBERING = /^(?:[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]\s*[、.．,，]?|(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．,，]|\d{1,2}(?=[\u3400-\u9fff]))+/

/** The numeral of a numbering, as one form (`（一）` → 一, `1.` → 1), or '' when there is none. */
export function numeralOf(folded: string): string {
  const m = NUMBERING.exec(folded)
  return m ? numeralIn(m[0]) : ''
}

function numeralIn(numbering: string): string {
  const inner = /([一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）、.．,，]?\s*$/.exec(numbering)
  return inner?.[1] ?? ''
}

/** The text without its numbering, folded: what the bigrams are taken of. */
export function core(folded: string): string {
  return folded.replace(NUMBERING, '')
}

/** core and numeralOf from one match of the numbering: every text a report prints is probed. */
export function splitNumbering(folded: string): { text: string; numeral: string } {
  const m = NUMBERING.exec(folded)
  return m ? { text: folded.slice(m[0].length), numeral: numeralIn(m[0]) } : { text: folded, numeral: '' }
}

/** Whether a folded text begins with a label's numbering: the start of a label, not the rest of one. */
export function startsWithNumbering(folded: string): boolean {
  return NUMBERING.test(folded)
}
