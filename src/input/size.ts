import { ConvertError } from './errors.ts'

/** UTF-8 length of a string without encoding it (a 5 MiB string must not be copied to be measured). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4 // a surrogate pair: one four-byte character
      i++
    } else bytes += 3 // (a lone surrogate is sent as U+FFFD: three bytes too)
  }
  return bytes
}

/** The input's own bound, checked before it is decoded: the error names the bound, nothing of the document. */
export function assertSize(input: string | Uint8Array, maxBytes: number): void {
  // Every UTF-16 unit is at least one byte and at most three: measure only when it could matter.
  const size = typeof input === 'string' ? (input.length * 3 <= maxBytes ? 0 : input.length > maxBytes ? input.length : utf8Length(input)) : input.byteLength
  if (size > maxBytes) throw new ConvertError('payload_too_large', `The document is larger than ${maxBytes} bytes.`, { limit: maxBytes })
}
