import { isValueLike } from '../normalize/numbers.ts'
import { fold } from '../normalize/fold.ts'
import { cellBudget } from '../limits/enforce.ts'
import { DEFAULT_LIMITS, type Limits } from '../limits/options.ts'
import { cell, type Cell, type Grid, type GridRow } from './grid.ts'

/**
 * Pasted text → grid. The shapes users paste (SPEC §2): one cell per line (a scraper or mirror site),
 * tab-separated rows (a browser or Word copy), cells separated by runs of spaces (a PDF viewer), and
 * Markdown pipe tables. Lines that are none of these are prose: one cell, not a table row.
 */

/** A Markdown delimiter row: `|---|:---:|`. */
const MARKDOWN_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/
/** Two or more spaces (or an ideographic space) between cells, as a PDF viewer copies them. */
const SPACE_RUN = /[ \u3000]{2,}/
/** Longest line read as a table row; longer lines are prose (and are not split cell by cell). */
const MAX_ROW_LINE = 4000

function markdownRow(line: string): Cell[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  return inner.split('|').map((c) => cell(c.trim()))
}

/**
 * A line whose tail is numbers separated by single spaces (`（一）予以公开 735 58 0 0 0 6 799`) is a row:
 * the label, then one cell per number. Prose that merely ends in a number stays whole unless at least
 * two numbers follow.
 */
function spacedRow(line: string): Cell[] | null {
  const pieces = line.trim().split(/\s+/)
  let first = pieces.length
  while (first > 0 && isValueLike(fold(pieces[first - 1] ?? ''))) first--
  const values = pieces.length - first
  if (values < 2 && !(values >= 1 && first === 0)) return null
  const label = pieces.slice(0, first).join(' ')
  return [...(label ? [cell(label)] : []), ...pieces.slice(first).map((p) => cell(p))]
}

/** Markdown's heading marks and bold around a whole line (`## 一、总体情况`, `**一、总体情况**`), as other converters emit them. */
const MARKDOWN_HEADING = /^#{1,6}\s+/
const MARKDOWN_BOLD = /^(\*\*|__)(.+)\1$/

function unmark(line: string): string {
  return line.replace(MARKDOWN_HEADING, '').replace(MARKDOWN_BOLD, '$2')
}

/** The lines of a text one at a time (`\n`, `\r\n` or `\r`): a split would hold millions of them at once. */
function* lines(text: string): Generator<string> {
  let start = 0
  while (start <= text.length) {
    let end = start
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
    yield text.slice(start, end)
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1)
  }
}

export function extractText(text: string, bounds: Pick<Limits, 'maxCells'> = DEFAULT_LIMITS): Grid {
  const grid: Grid = []
  // Counted per row as it is made: a body of a million one-character lines fails before it fills memory.
  const spend = cellBudget(bounds.maxCells)
  for (const raw of lines(text)) {
    const line = unmark(raw.trim())
    if (!line) continue
    let row: GridRow
    if (line.length > MAX_ROW_LINE) row = { cells: [cell(line)], table: false }
    else if (line.startsWith('|') && line.indexOf('|', 1) !== -1) {
      if (MARKDOWN_RULE.test(line)) continue
      row = { cells: markdownRow(line), table: true }
    } else if (raw.includes('\t')) {
      // Split before trimming tabs: a row's trailing empty cells are blanks (a total left empty), not nothing.
      row = { cells: raw.replace(/^[ \u3000]+|[ \u3000]+$/g, '').split('\t').map((c) => cell(c.trim())), table: true }
    } else if (SPACE_RUN.test(line)) {
      const parts = line.split(SPACE_RUN).flatMap((p) => spacedRow(p) ?? [cell(p)])
      row = { cells: parts, table: parts.length > 1 }
    } else {
      const spaced = line.includes(' ') ? spacedRow(line) : null
      row = spaced && spaced.length > 1 ? { cells: spaced, table: true } : { cells: [cell(line)], table: false }
    }
    spend(row.cells.length)
    grid.push(row)
  }
  return grid
}
