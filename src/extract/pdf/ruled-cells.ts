import type { Rule } from './rules.ts'

/**
 * A page's ruling lines → its ruled tables, each a grid of cells as the borders draw them: the column
 * boundaries are the x of its vertical rules, the row boundaries the y of its horizontal ones, and a cell is
 * the block of grid units no rule parts. A cell whose top (or bottom) border is missing at the head (or foot)
 * of the table is open there: a cell the page break cut, which goes on on the next page.
 */

/** Rules this close (in page units) are one line: a border drawn once per cell, or thicker than 1 pt. */
const SAME_LINE = 2
/** A gap this small between two pieces of one line is no gap (pieces drawn per cell). */
const JOIN_GAP = 2
/** Most stretches of line a page is read with (their crossings are compared pairwise); past it, no ruled table. */
const MAX_STRETCHES = 2_000
/** Most grid units one ruled table is read with: a report's largest table has a few hundred. */
const MAX_UNITS = 20_000
/** Most ruled tables a page is read with: a report's page holds a few; past it the page is read by its text. */
const MAX_PARTS = 100

/** One boundary line: its position and the stretches along it that a rule covers. */
interface Boundary {
  at: number
  spans: [number, number][]
}

export interface RuledCell {
  /** First and last grid unit covered: columns c0..c1, rows r0..r1 (indices into the units, not boundaries). */
  c0: number
  c1: number
  r0: number
  r1: number
  openTop: boolean
  openBottom: boolean
  /** No rule closes it (the room beside a row shorter than the others): no cell, and no text may stand in it. */
  void: boolean
}

export interface RuledPart {
  page: number
  /** Column and row boundaries, ascending: units lie between consecutive ones. */
  xs: number[]
  ys: number[]
  cells: RuledCell[]
  /** The cell of each unit, row by row (ys.length - 1 rows of xs.length - 1 units). */
  unit: number[]
  /** A shape no rectangles make (two cells over one unit): the part is not read by its rules. */
  broken: boolean
}

/** Rules → boundaries: rules at one position (within SAME_LINE) are one line; their stretches merged. */
function boundaries(rules: readonly Rule[]): Boundary[] {
  const sorted = [...rules].sort((p, q) => p.at - q.at)
  const groups: Rule[][] = []
  for (const r of sorted) {
    const g = groups.at(-1)
    if (g && r.at - (g[0] as Rule).at <= SAME_LINE) g.push(r)
    else groups.push([r])
  }
  return groups.map((g) => {
    const spans: [number, number][] = []
    for (const r of [...g].sort((p, q) => p.a - q.a)) {
      const last = spans.at(-1)
      if (last && r.a <= last[1] + JOIN_GAP) last[1] = Math.max(last[1], r.b)
      else spans.push([r.a, r.b])
    }
    return { at: g.reduce((s, r) => s + r.at, 0) / g.length, spans }
  })
}

const covers = (spans: readonly [number, number][], v: number) => spans.some(([a, b]) => a - JOIN_GAP <= v && v <= b + JOIN_GAP)

/** Connected groups of lines (a horizontal stretch that a vertical one crosses or touches): one table each. */
function components(hs: readonly Boundary[], vs: readonly Boundary[]): { h: Boundary[]; v: Boundary[] }[] {
  const pieces = [...hs.flatMap((b) => b.spans.map((s) => ({ horizontal: true, at: b.at, span: s }))), ...vs.flatMap((b) => b.spans.map((s) => ({ horizontal: false, at: b.at, span: s })))]
  const parent = pieces.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number
    return i
  }
  const near = (v: number, [a, b]: [number, number]) => a - SAME_LINE <= v && v <= b + SAME_LINE
  pieces.forEach((h, i) => {
    if (!h.horizontal) return
    pieces.forEach((v, j) => {
      if (!v.horizontal && near(v.at, h.span) && near(h.at, v.span)) parent[find(i)] = find(j)
    })
  })
  const byRoot = new Map<number, { h: Map<number, Boundary>; v: Map<number, Boundary> }>()
  pieces.forEach((p, i) => {
    const root = find(i)
    const group = byRoot.get(root) ?? { h: new Map(), v: new Map() }
    byRoot.set(root, group)
    const side = p.horizontal ? group.h : group.v
    const b = side.get(p.at) ?? { at: p.at, spans: [] }
    b.spans.push(p.span)
    side.set(p.at, b)
  })
  return [...byRoot.values()].map((g) => ({ h: [...g.h.values()].sort((p, q) => p.at - q.at), v: [...g.v.values()].sort((p, q) => p.at - q.at) }))
}

export function ruledParts(page: number, rules: readonly Rule[]): RuledPart[] {
  const hs = boundaries(rules.filter((r) => r.horizontal))
  const vs = boundaries(rules.filter((r) => !r.horizontal))
  const parts: RuledPart[] = []
  if ([...hs, ...vs].reduce((n, b) => n + b.spans.length, 0) > MAX_STRETCHES) return parts
  for (const { h, v } of components(hs, vs)) {
    if (v.length < 3 || h.length < 1) continue
    const xs = v.map((b) => b.at)
    const ys = h.map((b) => b.at)
    // The vertical rules reach past the first or last horizontal one where a page break cut the cells.
    const top = Math.min(...v.flatMap((b) => b.spans.map((s) => s[0])))
    const foot = Math.max(...v.flatMap((b) => b.spans.map((s) => s[1])))
    const hAt: (Boundary | null)[] = h.map((b) => b)
    if (top < (ys[0] as number) - SAME_LINE) {
      ys.unshift(top)
      hAt.unshift(null)
    }
    if (foot > (ys.at(-1) as number) + SAME_LINE) {
      ys.push(foot)
      hAt.push(null)
    }
    if (ys.length < 2 || (xs.length - 1) * (ys.length - 1) > MAX_UNITS) continue
    parts.push(cellsOf(page, xs, ys, v, hAt))
    if (parts.length > MAX_PARTS) return []
  }
  return parts
}

function cellsOf(page: number, xs: number[], ys: number[], v: readonly Boundary[], h: readonly (Boundary | null)[]): RuledPart {
  const cols = xs.length - 1
  const rows = ys.length - 1
  const midX = (c: number) => ((xs[c] as number) + (xs[c + 1] as number)) / 2
  const midY = (r: number) => ((ys[r] as number) + (ys[r + 1] as number)) / 2
  /** Whether the vertical boundary k parts the units of row r, and the horizontal boundary k those of column c. */
  const vSep = (k: number, r: number) => covers((v[k] as Boundary).spans, midY(r))
  const hSep = (k: number, c: number) => {
    const b = h[k]
    return b ? covers(b.spans, midX(c)) : false
  }
  const unit: number[] = new Array<number>(cols * rows).fill(-1)
  const cells: RuledCell[] = []
  let broken = false
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if ((unit[r * cols + c] as number) >= 0) continue
      let c1 = c
      while (c1 + 1 < cols && !vSep(c1 + 1, r)) c1++
      let r1 = r
      const closedBelow = (k: number) => {
        for (let cc = c; cc <= c1; cc++) if (hSep(k, cc)) return true
        return false
      }
      while (r1 + 1 < rows && !closedBelow(r1 + 1)) r1++
      let closed = true
      for (let rr = r; rr <= r1; rr++) {
        if (!vSep(c, rr) || !vSep(c1 + 1, rr)) closed = false
        for (let cc = c; cc <= c1; cc++) {
          if ((unit[rr * cols + cc] as number) >= 0) broken = true
          unit[rr * cols + cc] = cells.length
        }
      }
      const openTop = [...Array(c1 - c + 1).keys()].some((k) => !hSep(r, c + k))
      const openBottom = [...Array(c1 - c + 1).keys()].some((k) => !hSep(r1 + 1, c + k))
      // A cell open at its top or foot is one the page break cut: only at the table's first or last row.
      if ((openTop && r !== 0) || (openBottom && r1 !== rows - 1)) closed = false
      cells.push({ c0: c, c1, r0: r, r1, openTop, openBottom, void: !closed })
    }
  }
  return { page, xs, ys, cells, unit, broken }
}
