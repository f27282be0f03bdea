import type { Grid } from '../extract/grid.ts'
import { ConvertError } from '../input/errors.ts'

/**
 * The checks behind src/limits/options.ts. Each error names its bound and the bound's value, and
 * nothing of the document: a caller learns which setting it crossed, a log learns no content.
 */

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

export function assertSize(input: string | Uint8Array, maxBytes: number): void {
  // Every UTF-16 unit is at least one byte and at most three: measure only when it could matter.
  const size = typeof input === 'string' ? (input.length * 3 <= maxBytes ? 0 : input.length > maxBytes ? input.length : utf8Length(input)) : input.byteLength
  if (size > maxBytes) throw new ConvertError('payload_too_large', `The document is larger than ${maxBytes} bytes.`, { limit: maxBytes })
}

/** Counts cells while a grid is built, so that a hostile body fails before it fills memory, not after. */
export function cellBudget(maxCells: number): (count?: number) => void {
  let used = 0
  return (count = 1) => {
    used += count
    if (used > maxCells) {
      throw new ConvertError('too_many_cells', `The document holds more than ${maxCells} cells (table cells and paragraphs); send the report alone.`, { limit: maxCells })
    }
  }
}

export function tooDeeplyNested(maxDepth: number): ConvertError {
  return new ConvertError('too_deeply_nested', `The page nests its elements more than ${maxDepth} levels deep.`, { limit: maxDepth })
}

/** One line of text, or the text of one HTML cell or paragraph, past the bound: no report writes such a line. */
export function assertLineLengths(grid: Grid, maxLineLength: number): void {
  for (const row of grid) {
    for (const c of row.cells) {
      if (c.text.length > maxLineLength) {
        throw new ConvertError('line_too_long', `A line of the document is longer than ${maxLineLength} characters.`, { limit: maxLineLength })
      }
    }
  }
}
