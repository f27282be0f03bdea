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

export type DocumentType = 'pdf' | 'docx'

/** `%PDF-` within the first KiB (a few producers put bytes before it, and readers accept that). */
function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, 1024)
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true
  }
  return false
}

/** A zip (`PK\x03\x04`), or an OLE compound file (a .doc, or a .docx locked with a password). */
function isWordLike(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
  return zip || ole
}

/**
 * A PDF or a Word file, by its bytes alone, whatever its name or declared type said (SPEC §2); null for
 * everything else (text and HTML, which `sniffInputType` tells apart). The Word reader itself says whether
 * a zip is a .docx (it holds word/document.xml) and whether a compound file is locked.
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  if (isPdf(bytes)) return 'pdf'
  if (isWordLike(bytes)) return 'docx'
  return null
}
