import { isBrokenNumber, isUnit, isValueLike, startsUnit, startsWords } from '../normalize/numbers.ts'

/** A piece that stands as a cell: a number, a blank mark, or figures cut where a narrow cell wrapped (`75，`). */
const isFigure = (folded: string) => isValueLike(folded) || isBrokenNumber(folded)
import { firstFolded, fold } from '../normalize/fold.ts'
import { isSpace as isWhiteSpace } from '../normalize/units.ts'
import { cellBudget } from './bounds.ts'
import { DEFAULT_LIMITS, type Limits } from '../limits/options.ts'
import type { Cell, Grid, GridRow } from './grid.ts'
import { joinWrappedFigures } from './wrapped-figures.ts'
import { placeLabels, takeVerticalLabels } from './vertical-labels.ts'
import { copyCell, textCell, textGridRow } from './text-cell.ts'

/**
 * Pasted text → grid. The shapes users paste (SPEC §2): one cell per line (a scraper or mirror site),
 * tab-separated rows (a browser or Word copy), cells separated by runs of spaces (a PDF viewer), and
 * Markdown pipe tables. Lines that are none of these are prose: one cell, not a table row. Blank lines
 * and form feeds are kept as marks: a blank line may be a blank cell, a form feed starts a page.
 */

/** A Markdown delimiter row: `|---|:---:|`. */
const MARKDOWN_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/
/** A line of white space alone after a line break. */
const INNER_BLANK = /\n[ \t\u3000]*\r?\n/
/** Two or more spaces (or an ideographic space) between cells, as a PDF viewer copies them. */
const SPACE_RUN = /[ \u3000]{2,}/
/** Longest line read as a table row; longer lines are prose (and are not split cell by cell). */
const MAX_ROW_LINE = 4000
/**
 * White space a line may hold and still be blank (no-break spaces included: a blank cell often is one): what
 * `/^[\s\u00a0\u3000]*$/` matches, told by code (`\s` holds both), as every line is asked.
 */
function isBlankLine(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (!isWhiteSpace(raw.charCodeAt(i))) return false
  return true
}

/**
 * SPACE_RUN.test(text), with the engine's own search for two spaces first (most lines set out in columns hold them):
 * the pattern is run only on a line with an ideographic space in it. Every line is asked, most of them twice.
 */
function holdsSpaceRun(text: string): boolean {
  if (text.indexOf('  ') !== -1) return true
  return text.indexOf('\u3000') !== -1 && SPACE_RUN.test(text)
}

/** Markdown's heading marks and bold around a whole line (`## 一、总体情况`, `**一、总体情况**`), as other converters emit them. */
const MARKDOWN_HEADING = /^#{1,6}\s+/
const MARKDOWN_BOLD = /^(\*\*|__)(.+)\1$/
/** Only a line that starts with `#`, `*` or `_` can carry those marks: most lines skip both patterns. */
function markedDown(line: string): boolean {
  const first = line.charCodeAt(0)
  return first === 0x23 || first === 0x2a || first === 0x5f
}

/** A piece of a line: its text (trimmed) and where it stands in the whole text. */
function piece(text: string, from: number, weak = false): Cell {
  return pieceOf(text, 0, text.length, from, weak)
}

/** piece(line.slice(a, b), from + a), trimmed within the line: one string made per piece, not two. */
function pieceOf(line: string, a: number, b: number, from: number, weak = false): Cell {
  const start = a
  while (a < b && isSpace(line.charCodeAt(a))) a++
  while (b > a && isSpace(line.charCodeAt(b - 1))) b--
  // Every field present from the start: one shape for every cell of a text (columns are filled in later).
  return textCell(line.slice(a, b), from + a - start, from + b - start, weak, undefined, undefined)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0
}

/** Splits `line` (starting at `from`) at every `separator`, keeping where each piece stands. */
function split(line: string, from: number, separator: string): Cell[] {
  const out: Cell[] = []
  let last = 0
  for (let at = line.indexOf(separator); at !== -1; at = line.indexOf(separator, last)) {
    out.push(pieceOf(line, last, at, from + last))
    last = at + separator.length
  }
  out.push(pieceOf(line, last, line.length, from + last))
  return out
}

/** A space or an ideographic space: SPACE_RUN's units. */
function isRunUnit(code: number): boolean {
  return code === 0x20 || code === 0x3000
}

/** Splits `line` at every SPACE_RUN, found by code (no match array per run), keeping where each piece stands. */
function splitAtRuns(line: string, from: number): Cell[] {
  const out: Cell[] = []
  let last = 0
  for (let at = last; at + 1 < line.length; at++) {
    if (!isRunUnit(line.charCodeAt(at)) || !isRunUnit(line.charCodeAt(at + 1))) continue
    out.push(pieceOf(line, last, at, from + last))
    // The run as long as it goes (the pattern is greedy): the next piece starts after it.
    last = at + 2
    while (last < line.length && isRunUnit(line.charCodeAt(last))) last++
    at = last
  }
  out.push(pieceOf(line, last, line.length, from + last))
  return out
}

/** A piece that is a figure; one whose folded text starts with words (most of a line of prose) is not folded to find out. */
function holdsFigure(text: string): boolean {
  return !startsWords(firstFolded(text)) && isFigure(fold(text))
}

/** A label before a single figure: short, and no sentence (prose that ends in a number stays whole). */
const SHORT_LABEL = /^[^，。；：:;,]{1,40}$/
/** A table cell's wrapped label line may hold a comma (`逾期不补正，行政机 0`): short as a cell's line, and no sentence's end. */
const CELL_LINE = /^[^。；：:;]{1,24}$/

/**
 * A line whose tail is numbers separated by single spaces (`（一）予以公开 735 58 0 0 0 6 799`) is a row:
 * the label, then one cell per number. One number after a short label is a row too (`行政许可 447228`);
 * prose that merely ends in a number stays whole.
 */
function spacedRow(c: Cell, aligned = false, units = false): Cell[] | null {
  const split1 = split(c.text, c.start ?? 0, ' ').filter((p) => p.text !== '')
  const pieces = units ? withUnits(split1) : split1
  let first = pieces.length
  while (first > 0 && holdsFigure(pieces[first - 1]?.text ?? '')) first--
  const values = pieces.length - first
  const label = pieces.slice(0, first).map((p) => p.text).join('')
  // In a line set out in columns, one figure after the words is a cell whatever the words are.
  if (values < 2 && !(values >= 1 && (first === 0 || aligned || SHORT_LABEL.test(label) || CELL_LINE.test(label)))) return null
  const words = pieces.slice(0, first)
  const head = words[0]
  const tail = words.at(-1)
  const labelCell = head && tail ? [copyCell(head, words.map((p) => p.text).join(' '), head.start, tail.end, head.col, head.colEnd)] : []
  return [...labelCell, ...pieces.slice(first)]
}

/** Digits alone, as a figure prints before its unit. */
const BARE_FIGURE = /^[+\-−]?\d[\d,.]*$/

/**
 * A unit one space after a bare figure on its line is that figure's, in text kept in the order it was drawn (no
 * blank line parts it: pdftotext -raw) or set out in columns (-layout): LibreOffice's PDF sets the unit in another
 * font, and pdftotext parts fonts by a space (`13658 件`); a unit cut from a wrapped figure stands on another line.
 * A viewer's reading order regroups lines and may set another cell's piece beside a figure (`0 19 73 ０ 件 0 89`).
 */
function withUnits(pieces: Cell[]): Cell[] {
  const out: Cell[] = []
  for (const p of pieces) {
    const prev = out.at(-1)
    if (prev && prev.end !== undefined && p.start === prev.end + 1 && startsUnit(firstFolded(p.text)) && isUnit(fold(p.text)) && BARE_FIGURE.test(fold(prev.text))) {
      out[out.length - 1] = copyCell(prev, `${prev.text} ${p.text}`, prev.start, p.end, prev.col, prev.colEnd)
    } else out.push(p)
  }
  return out
}

function markdownRow(line: string, from: number): Cell[] {
  let a = line.indexOf('|')
  let b = line.lastIndexOf('|')
  if (b === a) b = line.length
  a += 1
  return split(line.slice(a, b), from + a, '|')
}

/** Cells of a line set out with spaces keep their columns: a figure wrapped in its cell is joined by them. */
function placed(cells: Cell[], lineStart: number): Cell[] {
  for (const c of cells) {
    if (c.start === undefined || c.end === undefined) continue
    c.col = c.start - lineStart
    c.colEnd = c.end - lineStart
  }
  return cells
}

/** Every row with the same fields, as every cell: one shape for the stages that read them all. */
function rowOf(cells: Cell[], table: boolean): GridRow {
  return textGridRow(cells, table)
}

function textRow(raw: string, from: number, units: boolean): GridRow | null {
  const trimmed = piece(raw, from)
  const line = markedDown(trimmed.text) ? trimmed.text.replace(MARKDOWN_HEADING, '').replace(MARKDOWN_BOLD, '$2') : trimmed.text
  const at = (trimmed.start ?? from) + (trimmed.text.length - line.length === 0 ? 0 : trimmed.text.indexOf(line))
  if (line.length > MAX_ROW_LINE) return rowOf([copyCell(trimmed, line, trimmed.start, trimmed.end, trimmed.col, trimmed.colEnd)], false)
  if (line.startsWith('|') && line.indexOf('|', 1) !== -1) {
    if (MARKDOWN_RULE.test(line)) return null
    return rowOf(markdownRow(line, at), true)
  }
  if (raw.includes('\t')) {
    // Split before trimming: a row's middle empty cells are blanks. A trailing tab before the line break is
    // only maybe a blank: a browser copies a cell of paragraphs as a tab, a break, then the paragraphs.
    const cells = split(raw, from, '\t')
    const last = cells.at(-1)
    if (last && last.text === '' && cells.length > 1) last.weak = true
    return rowOf(cells, true)
  }
  // Columns mean something only where the viewer set the text out with runs of spaces (indented included).
  const aligned = holdsSpaceRun(raw)
  // The line is a piece of the raw line: it holds a run of spaces only where the raw line does.
  if (aligned && holdsSpaceRun(line)) {
    // A part without a plain space is one piece: spacedRow would give it back as it is, or a copy of it.
    const parts: Cell[] = []
    for (const p of splitAtRuns(line, at)) {
      const cells = p.text.includes(' ') ? spacedRow(p, true, true) : null
      if (cells === null) parts.push(p)
      else for (const c of cells) parts.push(c)
    }
    return rowOf(aligned ? placed(parts, from) : parts, parts.length > 1)
  }
  // The line as one cell: the trimmed piece itself where no Markdown mark was taken off (most lines).
  const whole = line === trimmed.text ? trimmed : copyCell(trimmed, line, at, trimmed.end, trimmed.col, trimmed.colEnd)
  const spaced = line.includes(' ') ? spacedRow(whole, aligned, units || aligned) : null
  const cells = spaced && spaced.length > 1 ? spaced : [whole]
  return rowOf(aligned ? placed(cells, from) : cells, cells === spaced)
}

/** Where `unit` next stands in `text` from `from` on; the text's length where it does not. */
function nextAt(text: string, unit: string, from: number): number {
  const at = text.indexOf(unit, from)
  return at === -1 ? text.length : at
}

export function extractText(text: string, bounds: Pick<Limits, 'maxCells'> = DEFAULT_LIMITS): Grid {
  const grid: Grid = []
  // Counted per row as it is made: a body of a million one-character lines fails before it fills memory.
  const spend = cellBudget(bounds.maxCells)
  let pageBreak = false
  let start = 0
  // Text in the order it was drawn: no blank line between lines of text (a viewer's reading order parts blocks so).
  const gap = INNER_BLANK.exec(text)
  const drawn = gap === null || !/\S/.test(text.slice(gap.index + gap[0].length))
  // The next line feed, carriage return and form feed, each found by indexOf and kept until the lines pass it: the
  // text is not walked unit by unit for its line breaks, nor each line again for a form feed.
  let lf = -1
  let cr = -1
  let ff = -1
  // The empty remainder after a final line break is no line.
  while (start < text.length || (start === 0 && text.length === 0)) {
    if (lf < start) lf = nextAt(text, '\n', start)
    if (cr < start) cr = nextAt(text, '\r', start)
    if (ff < start) ff = nextAt(text, '\f', start)
    const end = Math.min(lf, cr)
    let raw = text.slice(start, end)
    let from = start
    // A form feed starts a page (pdftotext writes one per page): what follows is where a running header stands.
    if (ff < end) {
      pageBreak = true
      const last = raw.lastIndexOf('\f') + 1
      raw = raw.slice(last)
      from += last
    }
    if (isBlankLine(raw)) {
      spend()
      const blank = rowOf([piece('', from, true)], false)
      blank.blank = true
      grid.push(blank)
    } else {
      const row = textRow(raw, from, drawn)
      if (row) {
        if (pageBreak) row.pageBreak = true
        pageBreak = false
        spend(row.cells.length)
        grid.push(row)
      }
    }
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1)
  }
  const labels = takeVerticalLabels(grid)
  return placeLabels(joinWrappedFigures(grid, drawn), labels)
}
