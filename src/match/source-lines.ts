import type { Token } from '../tokens/token.ts'

/**
 * The line of the input a placed figure was printed on, whatever line of the grid it now stands on: a line of
 * pieces under a row is merged into the row's line (extract/wrapped-figures.ts: `件 7 4` under `17 0 85 0 0 0 87`),
 * yet each piece keeps its own offset and column, and the two differ by the start of the line it came from. A
 * figure joined from pieces of two lines keeps its first piece's start and column, or its last piece's end and
 * column end: it stands on either piece's line.
 */
export function linesOf(t: Token): [number, number] | null {
  if (t.col === undefined || t.colEnd === undefined || t.start < 0) return null
  return [t.start - t.col, t.end - t.colEnd]
}

/** The input lines (by their starts) that the given tokens were printed on; empty where any has no column. */
export function inputLines(tokens: readonly Token[], indices: readonly number[]): Set<number> {
  const out = new Set<number>()
  for (const i of indices) {
    const lines = linesOf(tokens[i] as Token)
    if (!lines) return new Set()
    out.add(lines[0]).add(lines[1])
  }
  return out
}

/** Whether figure `t` was printed on one of `lines` (true where the text keeps no columns to say). */
export function printedOn(t: Token, lines: ReadonlySet<number>): boolean {
  const mine = linesOf(t)
  return lines.size === 0 || mine === null || lines.has(mine[0]) || lines.has(mine[1])
}

/**
 * Whether figure `t` stands in the cells of a row whose label is printed on one of `lines`: printed there only, or,
 * `below` the row it is weighed for, starting there — its rest, under that row's line, is past this row's band.
 */
export function onLabelLine(t: Token, lines: ReadonlySet<number>, below: boolean): boolean {
  const mine = linesOf(t)
  return mine !== null && lines.has(mine[0]) && (below || lines.has(mine[1]))
}

/**
 * Whether the nearest grid line before token `first` that holds figures (past lines of words alone: a group's label
 * set one character a line, `本年度办理`) holds one printed on another input line than the grid line's own: a line of
 * pieces between two rows, merged into the row above (`5` over `１３９` read 5139: 139 over `５` below is 1395). A
 * figure whose pieces could be joined no other way (`84，` over `362`: token.ts's `sealed`) is no such doubt.
 */
export function piecesMergedAbove(tokens: readonly Token[], first: number, start: number): boolean {
  let end = first - 1
  while (end >= start && tokens[end]?.line !== tokens[first]?.line && !holdsFigureOnLine(tokens, end, start)) {
    const line = tokens[end]?.line
    while (end >= start && tokens[end]?.line === line) end--
  }
  const line = tokens[end]?.line
  if (end < start || line === undefined || line === tokens[first]?.line) return false
  let own: number | undefined
  for (let i = end; i >= start && tokens[i]?.line === line; i--) {
    const lines = linesOf(tokens[i] as Token)
    if (!lines) return false
    // The line's first token is on the line's own input line: the walk ends there.
    own = lines[0]
  }
  if (own === undefined) return false
  for (let i = end; i >= start && tokens[i]?.line === line; i--) {
    const t = tokens[i] as Token
    const lines = linesOf(t)
    // A figure joined only where a piece could not stand alone (`84，` over `362`) took no piece another row could.
    if (lines && t.kind !== 'text' && t.kind !== 'empty' && !t.sealed && (lines[0] !== own || lines[1] !== own)) return true
  }
  return false
}

/** Whether the grid line of token `end` holds a figure (its tokens from `end` back). */
function holdsFigureOnLine(tokens: readonly Token[], end: number, start: number): boolean {
  const line = tokens[end]?.line
  for (let i = end; i >= start && tokens[i]?.line === line; i--) if (tokens[i]?.kind !== 'text' && tokens[i]?.kind !== 'empty') return true
  return false
}

/**
 * The input lines a row's figures may stand on: rows are bands down the page, so none below the next row's label
 * line (a tall cell's last line may fall on that line, not past it), and above its own label's lines only first
 * parts of wrapped figures. `first`: its label's first input line; `next`: the next label's line below its own.
 */
export interface RowBand {
  first: number
  next: number
}

export function rowBand(labelInput: ReadonlySet<number>, labelsPrinted: ReadonlySet<number>): RowBand | null {
  if (labelInput.size === 0) return null
  const last = Math.max(...labelInput)
  let next = Infinity
  for (const l of labelsPrinted) if (l > last && l < next) next = l
  return { first: Math.min(...labelInput), next }
}

/** Text no wrapped figure begins with: zeros (a leading 0 is no figure's), or anything ending in a unit (a figure's end). */
const BEGINS_NONE = /^(?:0+|.*[件个项条次人])$/

/**
 * Whether figure `t` is no piece of the row whose band this is: printed past the next row's label line (`8` under the
 * next row's `28`, merged up into its grid line), or above the row's label lines and beginning no figure — a `0`, or
 * a figure ending in its unit (`0` on the line between 6，830's `83` and 没有现成信息's whole line).
 */
export function outsideBand(t: Token, band: RowBand | null): boolean {
  const mine = linesOf(t)
  if (!band || !mine) return false
  return mine[0] > band.next || (mine[1] < band.first && BEGINS_NONE.test(t.folded))
}


/**
 * Whether a row's figures (`pieces`) all stand on one line strictly between its label's first and last lines: a
 * label wrapped over lines beside one-line cells set midway in the row (LibreOffice's export: `2．其他法律行政法`
 * over `2 18 ０ 0 0 0 20` over `规禁止公开`). A line between a label's lines lies within the row's own band, so
 * its figures are the row's cells as a label line's are.
 */
export function betweenLabelLines(tokens: readonly Token[], pieces: readonly number[], labelLines: ReadonlySet<number>): boolean {
  const line = tokens[pieces[0] ?? -1]?.line
  if (line === undefined || labelLines.has(line) || !pieces.every((p) => tokens[p]?.line === line)) return false
  let above = false
  let below = false
  for (const l of labelLines) {
    if (l < line) above = true
    if (l > line) below = true
  }
  return above && below
}
