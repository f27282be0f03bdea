/**
 * The form in which labels are compared and numbers read: full-width ASCII folded to half-width
 * (`（一）` ≡ `(一)`, `１２３` ≡ `123`), all white space and every kind of quotation mark dropped
 * (危及“三安全一稳定” ≡ 危及"三安全一稳定" ≡ 危及三安全一稳定). Narrative text is never folded.
 */
const FULL_WIDTH = /[\uff01-\uff5e]/g
const DROPPED = /[\s"'“”‘’「」『』]/g

/** Full-width ASCII folded to half-width, white space kept (it still separates cells in a glued run). */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

export function fold(text: string): string {
  return halfWidth(text).replace(DROPPED, '')
}
