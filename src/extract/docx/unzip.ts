import { unzipSync } from 'fflate'
import { ConvertError } from '../../input/errors.ts'

/**
 * The main part of a .docx (`word/document.xml`) out of its zip, and nothing else: the other parts (styles,
 * images, fonts) are never inflated. The part's declared size is checked before it is inflated.
 */

/** Largest `word/document.xml` inflated: a report's is 0.2–2 MB; a zip bomb declares far more. */
export const MAX_DOCUMENT_XML = 16 * 1024 * 1024

/** An OLE compound file: a Word 97–2003 `.doc`, or a password-protected `.docx` (Office wraps those in one). */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB.every((b, i) => bytes[i] === b)
}

/** `EncryptionInfo`, as a compound file names its stream (UTF-16LE): present in every encrypted Office file. */
function holdsEncryptionInfo(bytes: Uint8Array): boolean {
  const name = 'EncryptionInfo'
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer
    }
    return true
  }
  return false
}

export function documentXml(bytes: Uint8Array): string {
  if (isCompoundFile(bytes)) {
    if (holdsEncryptionInfo(bytes)) throw new ConvertError('encrypted_document', 'The Word file is protected by a password; send it without the password.')
    throw new ConvertError('unsupported_media_type', 'This is a Word 97–2003 (.doc) file; save it as .docx, PDF or HTML and send that.')
  }
  let files: Record<string, Uint8Array>
  let tooLarge = false
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'word/document.xml') return false
        if (f.originalSize > MAX_DOCUMENT_XML) tooLarge = true
        return !tooLarge
      },
    })
  } catch {
    throw new ConvertError('undecodable', 'The .docx file could not be read: the zip is damaged.')
  }
  if (tooLarge) throw new ConvertError('payload_too_large', `The .docx text (word/document.xml) is larger than ${MAX_DOCUMENT_XML} bytes.`, { limit: MAX_DOCUMENT_XML })
  const xml = files['word/document.xml']
  if (!xml) throw new ConvertError('unsupported_media_type', 'The zip holds no word/document.xml: it is not a .docx file.')
  return new TextDecoder('utf-8').decode(xml)
}
