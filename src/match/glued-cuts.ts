import { cellFits, choose, countReadings } from './glued-count.ts'

/**
 * Every way of cutting a glued run (`801000081`) into a row's cells: white space always cuts, and so does a sign;
 * no cell but 0 starts with 0; decimals only where the column takes them (glued.ts weighs them by the arithmetic).
 */

/** Readings of one run beyond this many are not listed: the run is left ambiguous. */
export const MAX_READINGS_PER_ROW = 2000

/** An amount's unit after the run (`元`): kept for the cell's unit, not cut. */
export const GLUED_UNIT = /(万元|元)$/

type Reading = number[]

/**
 * Every cut of `piece` from `start` on into exactly `count` cells. The cells of the cut being built are kept on
 * one stack (`prefix`) and copied only when a cut is complete: a long run has thousands of partial cuts, and
 * copying each (as `[...prefix, cell]`) was most of a glued report's time (`npm run bench`).
 */
function cuts(piece: string, start: number, count: number, decimal: (k: number) => boolean, offset: number, out: number[][], limit: number, prefix: number[] = []) {
  if (out.length > limit) return
  if (count === 0) {
    if (start === piece.length) out.push(prefix.slice())
    return
  }
  // The last cell takes the rest of the piece: the one end tried, not every end only to find the rest unused.
  if (count === 1) {
    if (!cellFits(piece, start, piece.length, offset, decimal)) return
    prefix.push(wholeDigits(piece, start))
    out.push(prefix.slice())
    prefix.pop()
    return
  }
  // A cell of whole digits read as they pass (exact up to 15 of them), not sliced and parsed at each end; while it
  // is, it fits where it has no leading zero and no point follows (what cellFits would find scanning it again).
  let value = 0
  let digits = true
  const zero = piece.charCodeAt(start) === 0x30
  for (let end = start + 1; end <= piece.length - (count - 1); end++) {
    const unit = piece.charCodeAt(end - 1)
    if (digits && unit >= 0x30 && unit <= 0x39 && end - start <= 15) value = value * 10 + (unit - 0x30)
    else digits = false
    const fits = digits ? (!zero || end === start + 1) && piece.charCodeAt(end) !== 0x2e : cellFits(piece, start, end, offset, decimal)
    if (!fits) continue
    prefix.push(digits ? value : Number(piece.slice(start, end)))
    cuts(piece, end, count - 1, decimal, offset + 1, out, limit, prefix)
    prefix.pop()
  }
}

/**
 * The number piece[start…] reads as (cellFits passed): digits only, up to 15 of them, summed as they pass (exact,
 * as Number gives them) — the last cell of every cut, not a substring made and parsed each time; else Number.
 */
function wholeDigits(piece: string, start: number): number {
  if (piece.length - start > 15) return Number(piece.slice(start))
  let value = 0
  for (let i = start; i < piece.length; i++) {
    const unit = piece.charCodeAt(i)
    if (unit < 0x30 || unit > 0x39) return Number(piece.slice(start))
    value = value * 10 + (unit - 0x30)
  }
  return value
}

/** A run's pieces: white space always cuts, and so does a sign (before it); the unit and separators dropped. */
export function piecesOf(text: string): string[] {
  const segments = text.replace(GLUED_UNIT, '').replace(/[,，]/g, '').trim().split(/\s+/).filter(Boolean)
  // Split before a sign only where one stands (most runs: none; the pattern's split is slow for what it gives).
  return segments.flatMap((s) => (s.includes('+') || s.includes('-') ? s.split(/(?=[+-])/) : s))
}

/** Cells of the cuts one `readings` call keeps for reuse: a bound on its memory, never on its answers. */
const MAX_KEPT_CELLS = 50_000

/** All readings of a glued run as `want` cells: white-space segments, each cut into one or more cells. */
export function readings(text: string, want: number, decimal: (column: number) => boolean = () => false): Reading[] | null {
  const pieces = piecesOf(text)
  return listable(pieces, want, decimal) ? listReadings(pieces, want, decimal) : null
}

/** Whether `readings` lists a run's readings: at most MAX_READINGS_PER_ROW of them (past it the run is left ambiguous). */
export function listable(pieces: readonly string[], want: number, decimal: (column: number) => boolean): boolean {
  // Count them before listing any — where they may be that many. A reading is its `want − 1` cuts among the run's
  // `length − 1` gaps: a run of few gaps for its cells (`0000000` as seven cells: one) has no more readings than ways
  // to choose them, and is not counted.
  let length = 0
  for (const p of pieces) length += p.length
  return choose(length - 1, want - 1, MAX_READINGS_PER_ROW) <= MAX_READINGS_PER_ROW || countReadings(pieces, want, decimal, MAX_READINGS_PER_ROW) <= MAX_READINGS_PER_ROW
}

/** The readings of a listable run's pieces (null past the bound), in `readings`' order: each piece's fewer cells first, then its shorter first cells. */
export function listReadings(pieces: readonly string[], want: number, decimal: (column: number) => boolean): Reading[] | null {
  const out: Reading[] = []
  // One stack of the cells chosen so far, copied only when a reading is complete (as in `cuts`).
  const acc: number[] = []
  // The cuts of a piece into `count` cells from column `offset` are the same after every reading of the pieces
  // before it: made once, not once per such reading.
  const made = new Map<number, number[][]>()
  let kept = 0
  const cutsOf = (i: number, count: number, offset: number): number[][] => {
    const key = (i * (want + 1) + count) * (want + 1) + offset
    let found = made.get(key)
    if (found) return found
    found = []
    cuts(pieces[i] ?? '', 0, count, decimal, offset, found, MAX_READINGS_PER_ROW)
    if (kept + found.length * count <= MAX_KEPT_CELLS) {
      made.set(key, found)
      kept += found.length * count
    }
    return found
  }
  const walk = (i: number, offset: number) => {
    if (out.length > MAX_READINGS_PER_ROW) return
    if (i === pieces.length) {
      if (offset === want) out.push(acc.slice())
      return
    }
    const piece = pieces[i] ?? ''
    const remainingPieces = pieces.length - i - 1
    // The last piece must take exactly the cells still wanted: cutting it into fewer could never end in a
    // reading, and listing those cuts cost a row of one run `want` times the work.
    const most = Math.min(piece.length, want - offset - remainingPieces)
    const least = remainingPieces === 0 ? most : 1
    // A run of one piece: its cuts are the readings themselves, not copied once more (nothing changes a reading).
    const whole = remainingPieces === 0 && offset === 0
    for (let count = least; count <= most; count++) {
      for (const cells of cutsOf(i, count, offset)) {
        if (whole) {
          if (count === want && out.length <= MAX_READINGS_PER_ROW) out.push(cells)
          continue
        }
        for (const cell of cells) acc.push(cell)
        walk(i + 1, offset + count)
        acc.length -= cells.length
      }
    }
  }
  walk(0, 0)
  return out.length > MAX_READINGS_PER_ROW ? null : out
}
