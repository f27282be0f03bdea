import type { Grid } from './grid.ts'
import { ConvertError } from '../input/errors.ts'

/**
 * The bounds extraction enforces while it builds the grid (src/limits/options.ts holds their values). Each
 * error names its bound and the bound's value, and nothing of the document: a caller learns which setting
 * it crossed, a log learns no content.
 */

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
