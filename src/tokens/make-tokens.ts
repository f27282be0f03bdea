import type { Cell, Grid, GridRow } from '../extract/grid.ts'
import { ConvertError } from '../input/errors.ts'
import type { Limits } from '../limits/options.ts'
import { firstFolded, fold } from '../normalize/fold.ts'
import { foldWithPlaces, type FoldedPlaces } from '../normalize/fold-places.ts'
import { isNoise } from '../normalize/noise.ts'
import { isBrokenNumber, readCell, startsNumber, type CellValue } from '../normalize/numbers.ts'
import { addScript, classifyScript, toSimplifiedText, type Script } from '../normalize/script.ts'
import type { Warning } from '../schema/report.ts'
import { blankLineRoles, MARGIN, PRINTED } from './blank-lines.ts'
import { findFurniture } from './chrome.ts'
import type { Token, TokenKind } from './token.ts'
import { TokenRecord } from './token-record.ts'
import { cutRuns, cutWords, isBlank, isMixed, type Piece } from './unglue.ts'

/**
 * grid → tokens: spam blocks and page furniture dropped, Traditional text made Simplified (only when
 * there is any), each cell classified once — and, in text, cells that glue words to figures cut apart.
 * Linear in the grid; the number of tokens is bounded (a cell may be cut into many pieces).
 */

export interface Tokens {
  tokens: Token[]
  script: Script
  noiseRemoved: boolean
  /** A paged document's text (form feeds, or page numbers, a print's header and footer, a file's address found). */
  paged: boolean
  warnings: Warning[]
}

export interface TokenOptions {
  /** Text can lose its separators (crawler dumps); the cells of HTML, PDF and Word tables are exact. */
  glueable: boolean
  limits: Pick<Limits, 'maxCells' | 'maxNumberDigits'>
}

/** Pieces per cell allowed: a report's cells are few, a crawler's one-line body cut at its runs a few thousand. */
const TOKENS_PER_CELL = 4

/**
 * In text that may have lost its separators, figures may be one cell or several glued together: figures cut
 * out of words (`行政许可3960181`), or a long run standing alone on its line (`100010008800404` under table
 * 四's header) — a run, which the table alignment reads as either. A figure set apart by spaces or on a line
 * of its own that is no longer than a few cells is one cell.
 */
const MIN_LONE_RUN = 8

/** Figures only (a sign, decimals, 元 allowed): a number that may be several cells glued together. */
const DIGITS = /^[+-]?\d{2,}(?:\.\d+)?(?:万元|元)?$/

function kindOf(folded: string, read: CellValue, run: boolean, lone: boolean): TokenKind {
  // Whether the figures may be glued is asked of a number only: a line of prose's digits are not counted.
  if (read.kind === 'number') return (run || (lone && digitCount(folded) >= MIN_LONE_RUN)) && DIGITS.test(folded) ? 'run' : 'number'
  if (read.kind === 'blank') return folded === '' ? 'empty' : 'mark'
  if (read.kind === 'digits' || run) return 'run'
  // Figures that are no number (`75，` with the rest wrapped onto the next line, `2,2`): a cell, unreadable.
  if (isBrokenNumber(folded)) return 'bad'
  // Only replacement characters: something stood in this cell that could not be read (a byte no encoding
  // takes, a PDF figure the geometry could not place) — a cell, unreadable; never words the row skips over.
  if (folded.charCodeAt(0) === 0xfffd && UNREADABLE.test(folded)) return 'bad'
  return 'text'
}

const UNREADABLE = /^\ufffd+$/
/** The reading of a text that folds to nothing but is printed (quotes alone): words, not read as a cell. */
const WORDS: CellValue = { kind: 'text' }

function digitCount(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x30 && code <= 0x39) n++
  }
  return n
}

/** A row number set apart from its label (`7   、属于行政执法案卷`): a figure followed by 、 . ． is the label's. */
function isNumbering(token: Token, next: Token | undefined): boolean {
  return (token.kind === 'number' || token.kind === 'run') && isOneOrTwoDigits(token.folded) && next !== undefined && next.line === token.line && NUMBERING_MARK.test(next.text)
}
const NUMBERING_MARK = /^[、.．]/

/** `/^\d{1,2}$/`, asked of every figure token: compared, not matched. */
function isOneOrTwoDigits(text: string): boolean {
  return (text.length === 1 || text.length === 2) && digitCount(text) === text.length
}

function tooManyTokens(limit: number): ConvertError {
  return new ConvertError('too_many_cells', `The document holds more than ${limit} cells and figures; send the report alone.`, { limit })
}

function holdsNoise(row: GridRow): boolean {
  for (const c of row.cells) if (isNoise(c.text)) return true
  return false
}

export function makeTokens(grid: Grid, options: TokenOptions): Tokens {
  const furniture = options.glueable ? findFurniture(grid) : { rows: new Uint8Array(grid.length), cells: new Map<number, Set<number>>(), paged: false }
  // The lines kept, and beside each its cells (those left where furniture took some): no object and no lookup per line.
  const kept: number[] = []
  const keptCells: (readonly Cell[])[] = []
  let noiseRemoved = false
  const blankRoles = blankLineRoles(grid, furniture.rows)
  for (let line = 0; line < grid.length; line++) {
    const row = grid[line] as GridRow
    if (furniture.rows[line] === 1 || (row.blank && blankRoles[line] === 0)) continue
    if (holdsNoise(row)) {
      noiseRemoved = true
      continue
    }
    const dropped = furniture.cells.get(line)
    kept.push(line)
    keptCells.push(dropped ? row.cells.filter((_, k) => !dropped.has(k)) : row.cells)
  }

  // Script: counted over the report's own cells, converted per cell only when Traditional characters occur.
  const count = { traditional: 0, simplified: 0 }
  let cellCount = 0
  for (const cells of keptCells) {
    for (let k = 0; k < cells.length; k++) addScript(count, (cells[k] as Cell).text)
    cellCount += cells.length
  }
  // Each cell converted alone (script.ts says why), where its token is made: no list of every cell's text first.
  const traditional = count.traditional > 0

  const limit = Math.max(options.limits.maxCells, cellCount) * TOKENS_PER_CELL
  const tokens: Token[] = []
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i] as number
    const row = grid[line] as GridRow
    const cells = keptCells[i] as readonly Cell[]
    for (let index = 0; index < cells.length; index++) {
      const text = traditional ? toSimplifiedText((cells[index] as Cell).text) : (cells[index] as Cell).text
      cellTokens(tokens, row, line, cells, index, text, options.glueable, limit)
    }
  }

  const warnings: Warning[] = []
  let tooLong = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind === 'empty' && blankRoles[token.line] === MARGIN) token.margin = true
    if (isNumbering(token, tokens[i + 1])) token.kind = 'text'
    // A text holds no more digits than units: most figures are told by their length without a count.
    if ((token.kind === 'number' || token.kind === 'run') && token.folded.length > options.limits.maxNumberDigits && digitCount(token.folded) > options.limits.maxNumberDigits) {
      token.kind = 'bad'
      tooLong++
    }
  }
  if (tooLong > 0) {
    warnings.push({ code: 'number_too_long', message: `${tooLong} cell(s) hold a number of more than ${options.limits.maxNumberDigits} digits; they are read as unreadable (null), never as numbers.` })
  }
  return { tokens, script: classifyScript(count), noiseRemoved, paged: furniture.paged, warnings }
}

/**
 * The tokens of one cell (its text made Simplified), appended to `out`: one, or a glued cell's pieces. A
 * function called per cell, not a loop inside makeTokens: V8 compiles it once, where the long loop was
 * compiled on the stack and again whole at the next call, in every fresh isolate (docs/measured/hostile.md).
 */
function cellTokens(out: Token[], row: GridRow, line: number, cells: readonly Cell[], index: number, text: string, glueable: boolean, limit: number): void {
  const c = cells[index] as Cell
  // A cell that reads as one number with its unit (`12件`, `251000元`) is a value, not words and a value. Only one
  // whose folded text starts with a digit or a sign can be: a crawler's glued body line is not folded to find out.
  const mixed = glueable && isMixed(text) && !(startsNumber(firstFolded(text)) && readCell(fold(text)).kind === 'number')
  if (!mixed) {
    pushToken(out, row, line, index, c, text, 0, text.length, false, '', glueable && cells.length === 1, limit, null)
    return
  }
  const pieces = glued(text, limit - out.length)
  if (pieces === null) throw tooManyTokens(limit)
  // The cell folded once, each piece's fold a slice of it (fold-places.ts).
  const whole = foldWithPlaces(text)
  let previous = 0
  for (const p of pieces) {
    const join = p.from > previous ? text.slice(previous, p.from).replace(/\S/g, '') : ''
    pushToken(out, row, line, index, c, text, p.from, p.to, p.run, join, cells.length === 1 && pieces.length === 1, limit, whole)
    previous = p.to
  }
}

/** The piece `from`–`to` of cell `c`'s text as a token; `whole`, where given, is `text` folded with its places. */
function pushToken(out: Token[], row: GridRow, line: number, index: number, c: Cell, text: string, from: number, to: number, run: boolean, join: string, lone: boolean, limit: number, whole: FoldedPlaces | null): void {
  const sameLength = text.length === c.text.length
  const all = from === 0 && to === text.length
  const piece = all ? text : text.slice(from, to)
  const folded = whole === null ? fold(piece) : all ? whole.folded : whole.folded.slice(whole.places[from], whole.places[to])
  // Quotes alone fold to nothing but are printed: words. Else the cell is read once, for its kind and its value.
  const words = folded === '' && PRINTED.test(piece)
  const read = words ? WORDS : readCell(folded)
  const kind = words ? 'text' : kindOf(folded, read, run, lone)
  if (out.length >= limit) throw tooManyTokens(limit)
  // Every token built by one constructor (token-record.ts): one shape, and made in the young generation.
  out.push(
    new TokenRecord(
      kind,
      piece.trim(),
      folded,
      line,
      index,
      join,
      row.table,
      row.tableId,
      c.x,
      c.colspan,
      c.weak === true,
      c.col === undefined ? undefined : c.col + (sameLength ? from : 0),
      c.col === undefined || c.colEnd === undefined ? undefined : sameLength && to < text.length ? c.col + to : c.colEnd,
      // A piece's own span where the cell's text stands as it is in the source (text input); else the cell's.
      c.start === undefined ? -1 : sameLength && from > 0 ? c.start + from : c.start,
      c.end === undefined || c.start === undefined ? -1 : sameLength && to < text.length ? c.start + to : c.end,
      c.box,
      read.kind === 'number' ? read.value : undefined,
      read.kind === 'number' ? read.unit : undefined,
      // A whole PDF cell left unread whose pieces may be one figure (src/match/joined-figures.ts).
      kind === 'bad' && c.joined !== undefined && from === 0 && to === text.length ? c.joined : '',
      c.sealed === true && from === 0 && to === text.length,
    ),
  )
}

/**
 * A glued cell's pieces: runs of figures apart, and the words between them cut at the format's vocabulary; null
 * once they would be more than `max`, counted as they are cut (a cell of a hundred thousand pieces is refused
 * after `max` of them, not after all).
 */
function glued(text: string, max: number): Piece[] | null {
  const runs = cutRuns(text, max)
  if (runs === null) return null
  const out: Piece[] = []
  for (const p of runs) {
    if (p.run) out.push(p)
    else for (const w of cutWords(text, p.from, p.to)) if (!isBlank(text, w.from, w.to)) out.push(w)
    if (out.length > max) return null
  }
  return out
}
