import type { Cell, Grid, GridRow } from '../extract/grid.ts'
import { ConvertError } from '../input/errors.ts'
import type { Limits } from '../limits/options.ts'
import { fold } from '../normalize/fold.ts'
import { isNoise } from '../normalize/noise.ts'
import { isBrokenNumber, readCell } from '../normalize/numbers.ts'
import { classifyScript, countScript, toSimplified, type Script } from '../normalize/script.ts'
import type { Warning } from '../schema/report.ts'
import { findFurniture } from './chrome.ts'
import type { Token, TokenKind } from './token.ts'
import { cutRuns, cutWords, isBlank, isMixed, matchForm, type Piece } from './unglue.ts'

/**
 * grid → tokens: spam blocks and page furniture dropped, Traditional text made Simplified (only when
 * there is any), each cell classified once — and, in text, cells that glue words to figures cut apart.
 * Linear in the grid; the number of tokens is bounded (a cell may be cut into many pieces).
 */

export interface Tokens {
  tokens: Token[]
  script: Script
  noiseRemoved: boolean
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

function kindOf(folded: string, run: boolean, lone: boolean): { kind: TokenKind; value?: number; unit?: string | null } {
  const read = readCell(folded)
  const digits = /^[+-]?\d{2,}(?:\.\d+)?(?:万元|元)?$/.test(folded)
  const glued = run || (lone && digitCount(folded) >= MIN_LONE_RUN)
  if (read.kind === 'number') return glued && digits ? { kind: 'run', value: read.value, unit: read.unit } : { kind: 'number', value: read.value, unit: read.unit }
  if (read.kind === 'blank') return { kind: folded === '' ? 'empty' : 'mark' }
  if (read.kind === 'digits' || run) return { kind: 'run' }
  // Figures that are no number (`75，` with the rest wrapped onto the next line, `2,2`): a cell, unreadable.
  if (isBrokenNumber(folded)) return { kind: 'bad' }
  // Only replacement characters: something stood in this cell that could not be read (a byte no encoding
  // takes, a PDF figure the geometry could not place) — a cell, unreadable; never words the row skips over.
  if (UNREADABLE.test(folded)) return { kind: 'bad' }
  return { kind: 'text' }
}

const UNREADABLE = /^\ufffd+$/

/** Words, not a figure or a blank. Quotes alone fold to nothing but are printed (a wrapped label's closing `’`). */
function isWords(text: string): boolean {
  const folded = fold(text)
  return folded === '' ? /\S/.test(text) : readCell(folded).kind === 'text'
}

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
  return (token.kind === 'number' || token.kind === 'run') && /^\d{1,2}$/.test(token.folded) && next !== undefined && next.line === token.line && /^[、.．]/.test(next.text)
}

/**
 * A blank line is a blank cell only in text that sets one cell per line (LibreOffice's text of a table): where
 * the lines before and after it hold one cell each. Elsewhere it is spacing between paragraphs or rows. Where
 * such text parts its cells by a blank line (a mirror site's copy), that line is the parting: a blank cell is
 * then the line between two partings (`78`, ``, `   `, ``, `0`), and a single blank line holds no cell.
 */
function blankLineCells(grid: Grid, dropped: ReadonlySet<number>): Set<number> {
  // One cell, or one label that its own spaces cut into pieces (`3.危及"三安全一稳定 "`): words only, no figure.
  const single = (row: GridRow | undefined) =>
    row !== undefined && !row.blank && (row.cells.length === 1 || row.cells.every((c) => isWords(c.text)))
  const gaps: number[][] = []
  let touching = 0
  let previous: GridRow | undefined
  let gap: number[] = []
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] as GridRow
    if (dropped.has(r)) continue
    if (row.blank) {
      gap.push(r)
      continue
    }
    if (single(previous) && single(row)) {
      if (gap.length === 0) touching++
      else gaps.push(gap)
    }
    previous = row
    gap = []
  }
  const parted = gaps.length > 2 * touching
  const out = new Set<number>()
  for (const g of gaps) {
    if (!parted) for (const r of g) out.add(r)
    else for (let i = 1; i < g.length - 1; i += 2) out.add(g[i] as number)
  }
  return out
}

function tooManyTokens(limit: number): ConvertError {
  return new ConvertError('too_many_cells', `The document holds more than ${limit} cells and figures; send the report alone.`, { limit })
}

export function makeTokens(grid: Grid, options: TokenOptions): Tokens {
  const furniture = options.glueable ? findFurniture(grid) : { rows: new Set<number>(), cells: new Map<number, Set<number>>() }
  const kept: { row: GridRow; line: number; cells: Cell[] }[] = []
  let noiseRemoved = false
  const blankCells = blankLineCells(grid, furniture.rows)
  grid.forEach((row, line) => {
    if (furniture.rows.has(line) || (row.blank && !blankCells.has(line))) return
    if (row.cells.some((c) => isNoise(c.text))) {
      noiseRemoved = true
      return
    }
    const dropped = furniture.cells.get(line)
    kept.push({ row, line, cells: dropped ? row.cells.filter((_, k) => !dropped.has(k)) : row.cells })
  })

  // Script: counted over the report's own cells, converted per cell only when Traditional characters occur.
  const texts: string[] = []
  const count = { traditional: 0, simplified: 0 }
  for (const r of kept) {
    for (const c of r.cells) {
      texts.push(c.text)
      const n = countScript(c.text)
      count.traditional += n.traditional
      count.simplified += n.simplified
    }
  }
  const simplified = count.traditional > 0 ? toSimplified(texts) : texts

  const limit = Math.max(options.limits.maxCells, texts.length) * TOKENS_PER_CELL
  const tokens: Token[] = []
  let k = 0
  for (const { row, line, cells } of kept) {
    for (let index = 0; index < cells.length; index++) {
      const c = cells[index] as Cell
      const text = simplified[k++] ?? c.text
      const sameLength = text.length === c.text.length
      // A cell that reads as one number with its unit (`12件`, `251000元`) is a value, not words and a value.
      const mixed = options.glueable && isMixed(text) && readCell(fold(text)).kind !== 'number'
      const pieces = mixed ? glued(text, limit - tokens.length) : [{ from: 0, to: text.length, run: false }]
      if (pieces === null) throw tooManyTokens(limit)
      let previous = 0
      for (const p of pieces) {
        const piece = p.from === 0 && p.to === text.length ? text : text.slice(p.from, p.to)
        const folded = fold(piece)
        const kind = folded === '' && /\S/.test(piece) ? { kind: 'text' as const } : kindOf(folded, p.run, options.glueable && cells.length === 1 && pieces.length === 1)
        if (tokens.length >= limit) throw tooManyTokens(limit)
        // Every token built with the same fields in the same order: one shape for the engine to optimise.
        tokens.push({
          kind: kind.kind,
          text: piece.trim(),
          folded,
          line,
          cell: index,
          join: p.from > previous ? text.slice(previous, p.from).replace(/\S/g, '') : '',
          tableRow: row.table,
          tableId: row.tableId,
          x: c.x,
          colspan: c.colspan,
          weak: c.weak === true,
          col: c.col === undefined ? undefined : c.col + (sameLength ? p.from : 0),
          colEnd: c.col === undefined || c.colEnd === undefined ? undefined : sameLength && p.to < text.length ? c.col + p.to : c.colEnd,
          // A piece's own span where the cell's text stands as it is in the source (text input); else the cell's.
          start: c.start === undefined ? -1 : sameLength && p.from > 0 ? c.start + p.from : c.start,
          end: c.end === undefined || c.start === undefined ? -1 : sameLength && p.to < text.length ? c.start + p.to : c.end,
          box: c.box,
          value: kind.value,
          unit: kind.unit,
          joined: kind.kind === 'bad' && c.joined !== undefined && pieces.length === 1 ? c.joined : '',
        })
        previous = p.to
      }
    }
  }

  const warnings: Warning[] = []
  let tooLong = 0
  tokens.forEach((token, i) => {
    if (isNumbering(token, tokens[i + 1])) token.kind = 'text'
    if ((token.kind === 'number' || token.kind === 'run') && digitCount(token.folded) > options.limits.maxNumberDigits) {
      token.kind = 'bad'
      tooLong++
    }
  })
  if (tooLong > 0) {
    warnings.push({ code: 'number_too_long', message: `${tooLong} cell(s) hold a number of more than ${options.limits.maxNumberDigits} digits; they are read as unreadable (null), never as numbers.` })
  }
  return { tokens, script: classifyScript(count), noiseRemoved, warnings }
}

/**
 * A glued cell's pieces: runs of figures apart, and the words between them cut at the format's vocabulary; null
 * once they would be more than `max`, counted as they are cut (a cell of a hundred thousand pieces is refused
 * after `max` of them, not after all).
 */
function glued(text: string, max: number): Piece[] | null {
  const runs = cutRuns(text, max)
  if (runs === null) return null
  const form = matchForm(text)
  const out: Piece[] = []
  for (const p of runs) {
    if (p.run) out.push(p)
    else for (const w of cutWords(form, p.from, p.to)) if (!isBlank(text, w.from, w.to)) out.push(w)
    if (out.length > max) return null
  }
  return out
}
