/**
 * How many readings a glued run has, counted without listing them. A row of seven counts glued into one
 * run of 30 digits has hundreds of thousands of cuts; listing them up to the bound only to give up (the
 * row is left ambiguous) cost a glued report 10–50 ms (`npm run bench`). Counting by dynamic programming
 * over (piece, position, column) costs microseconds, so `readings` lists only runs it can list in full.
 */

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39

/** What `cellKind` finds: no number, a number without a point, one with decimals. */
const NONE = 0
const DECIMAL = 2

/**
 * text[a, b) as /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?$/ reads it, scanned in place: the cuts of a run test every
 * substring, and slicing each out to match it was most of their cost. NONE, 1 (a whole number) or DECIMAL.
 */
function cellKind(text: string, a: number, b: number): number {
  let i = a
  let unit = text.charCodeAt(i)
  if (unit === 0x2b || unit === 0x2d) unit = text.charCodeAt(++i)
  if (i >= b) return NONE
  if (unit === 0x30) i++
  else if (unit >= 0x31 && unit <= 0x39) for (i++; i < b && isDigit(text.charCodeAt(i)); i++);
  else return NONE
  if (i === b) return 1
  if (text.charCodeAt(i) !== 0x2e || ++i >= b) return NONE
  while (i < b && isDigit(text.charCodeAt(i))) i++
  return i === b ? DECIMAL : NONE
}

/**
 * Whether text[a, b) may be the cell of column `column`: a number without leading zeros, a sign only at its
 * start, decimals only where the column takes them, and no decimal point after it.
 */
export function cellFits(text: string, a: number, b: number, column: number, decimal: (column: number) => boolean): boolean {
  const kind = cellKind(text, a, b)
  if (kind === NONE || (kind === DECIMAL && !decimal(column))) return false
  return text.charCodeAt(b) !== 0x2e
}

/** The number of readings of `pieces` as `want` cells, or `cap + 1` once it passes `cap`. */
export function countReadings(pieces: readonly string[], want: number, decimal: (column: number) => boolean, cap: number): number {
  const over = cap + 1
  const width = want + 1
  // Per piece: which substrings [start, end) may be a cell at all (the column aside), and which hold a point.
  const tables = pieces.map((piece) => {
    const n = piece.length + 1
    const fits = new Uint8Array(n * n)
    const dotted = new Uint8Array(n * n)
    for (let a = 0; a < piece.length; a++) {
      let dot = 0
      for (let b = a + 1; b <= piece.length; b++) {
        if (piece.charCodeAt(b - 1) === 0x2e) dot = 1
        fits[a * n + b] = cellKind(piece, a, b) !== NONE && piece.charCodeAt(b) !== 0x2e ? 1 : 0
        dotted[a * n + b] = dot
      }
    }
    // A piece without a point cuts alike whatever its first column: its counts are kept under column 0.
    return { n, fits, dotted, pointed: piece.includes('.'), memo: new Int32Array(n * width * width).fill(-1) }
  })
  // Cuts of piece `p` from `start` on into `count` cells, the first in column `column`.
  const cuts = (p: number, start: number, count: number, column: number): number => {
    const t = tables[p]
    if (!t) return 0
    const length = t.n - 1
    if (count === 0) return start === length ? 1 : 0
    const key = (start * width + count) * width + (t.pointed ? column : 0)
    const known = t.memo[key] ?? -1
    if (known >= 0) return known
    let total = 0
    for (let end = start + 1; end <= length - (count - 1) && total < over; end++) {
      const at = start * t.n + end
      if (t.fits[at] !== 1 || (t.dotted[at] === 1 && !decimal(column))) continue
      total = Math.min(over, total + cuts(p, end, count - 1, column + 1))
    }
    t.memo[key] = total
    return total
  }
  // Readings of pieces `i`… with `column` cells already taken; each piece takes one cell at least.
  const memo = new Map<number, number>()
  const walk = (i: number, column: number): number => {
    if (i === pieces.length) return column === want ? 1 : 0
    const key = i * width + column
    const known = memo.get(key)
    if (known !== undefined) return known
    const most = Math.min((pieces[i] ?? '').length, want - column - (pieces.length - i - 1))
    let total = 0
    for (let count = 1; count <= most && total < over; count++) {
      const here = cuts(i, 0, count, column)
      if (here > 0) total = Math.min(over, total + here * walk(i + 1, column + count))
    }
    memo.set(key, total)
    return total
  }
  return walk(0, 0)
}

/** n choose k, or `cap + 1` once past `cap` (each step's C(n − m + i, i), m the smaller of k and n − k, is whole and grows with i). */
export function choose(n: number, k: number, cap: number): number {
  if (k < 0 || k > n) return 0
  const m = Math.min(k, n - k)
  let c = 1
  for (let i = 1; i <= m; i++) {
    c = (c * (n - m + i)) / i
    if (c > cap) return cap + 1
  }
  return c
}
