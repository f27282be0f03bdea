/**
 * Cues that a pasted body is markup rather than text: a table, a paragraph, a document element. The tag
 * name is followed by what may follow it in a tag (space, `/`, `>`); the tag's end is not looked for,
 * since `[^>]*>` rescans the rest of the text from every `<p` that has no `>` (quadratic on 64 KB).
 */
export const HTML_CUE = /<(?:!doctype|html|head|body|table|tr|td|th|p|div|span|br|h[1-6])[\s/>]/i

export type InputType = 'html' | 'text'

/** Text or HTML, for a body whose sender did not say (JSON without contentType, a form field, a CLI file). */
export function sniffInputType(text: string): InputType {
  return HTML_CUE.test(text.slice(0, 65536)) ? 'html' : 'text'
}
