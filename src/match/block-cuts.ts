import type { RowModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import { readCellValue } from './read-cell.ts'

/**
 * A page's column blocks (column-blocks.ts) cut into bands of rows: every cut the rows' totals allow is listed, and a
 * row is given its block's figures only where every such cut gives it the same ones.
 */

/** Steps of cutting a block into bands at most (each band is checked by the rows' totals as it is cut). */
const MAX_STEPS = 4096
/** Blocks of a band read either way at most. */
const MAX_CHOICES = 6

/** Two cuts agree on a cell where they give it the same figure (`0` and `0件` alike), or both a blank. */
export function sameFigure(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false
  return a.kind === 'mark' || (a.kind === 'number' && a.value === b.value && ['件', null, undefined].includes(a.unit) && ['件', null, undefined].includes(b.unit))
}

/** A row's parts against its total: false only where every cell is known and they disagree; `sure`: true only where its total is a figure they make. */
function holds(row: RowModel, tokens: readonly Token[], figures: readonly number[], sure = false): boolean {
  const totalAt = row.columns.findIndex((c) => c.key === 'total')
  if (totalAt < 0) return !sure
  let parts = 0
  let total = -1
  for (let c = 0; c < row.columns.length; c++) {
    const t = tokens[figures[c] ?? -1]
    if (!t) return !sure
    const v = readCellValue(t, row.columns[c] as RowModel['columns'][number])
    if (v.kind === 'unreadable') return !sure
    if (c === totalAt) total = v.kind === 'value' ? v.value : -1
    else if (v.kind === 'value') parts += v.value
  }
  return total < 0 ? !sure : parts === total
}

/**
 * The block's figures (token indexes, in blocks) → each row's m figures on one cut into bands that no row's total
 * contradicts, and the rows some other such cut gives other figures (`unsure`); null where no cut fits or the cuts
 * pass their bound (the cuts are then not all known, and no row is certain). A band
 * of h rows is a run of blocks of h·w figures each (w columns, Σw = m); a block of more than one column may hold
 * them row by row or column by column, and both are tried. `m` may differ by row (a page whose rows print different
 * counts of first cells beside their labels, page-blocks.ts): a band's rows then share one width. With `prefix`, where no cut reaches the blocks' end, the
 * rows above the shallowest point where a cut stops (every cut, the text's own too, places them) are given their
 * figures where every cut agrees on them; the rows below are in doubt.
 */
export function assign(tokens: readonly Token[], blocks: readonly number[][], rows: readonly RowModel[], own: readonly number[][], m: number | readonly number[], slips: number, prefix = false): { cells: number[][]; unsure: Set<number> } | null {
  const ms = typeof m === 'number' ? rows.map(() => m) : m
  const ahead = search(tokens, blocks, rows, own, ms, slips, prefix, false)
  if (!prefix || ahead?.whole) return ahead
  // From the end likewise (the page's first rows may mix their cells as well): the blocks read back, the rows from the
  // last, each row's cells last first; a row both ends read is read where they agree.
  const back = search(tokens, blocks.map((b) => [...b].reverse()).reverse(), [...rows].reverse(), [...own].reverse(), [...ms].reverse(), slips, true, true)
  if (!back) return ahead
  const last = rows.length - 1
  const unsure = new Set<number>()
  const cells = rows.map((_, r) => {
    const a = ahead && !ahead.unsure.has(r) ? (ahead.cells[r] as number[]) : null
    const b = back.unsure.has(last - r) ? null : [...(back.cells[last - r] as number[])].reverse()
    if ((a === null && b === null) || (a && b && a.some((t, c) => !sameFigure(tokens[t], tokens[b[c] ?? -1])))) unsure.add(r)
    return a ?? b ?? []
  })
  return { cells, unsure }
}

function search(tokens: readonly Token[], blocks: readonly number[][], rows: readonly RowModel[], own: readonly number[][], ms: readonly number[], slips: number, prefix: boolean, backward: boolean): { cells: number[][]; unsure: Set<number>; whole: boolean } | null {
  // Read back, a row's cells come last first.
  const inOrder = (cells: number[]) => (backward ? [...cells].reverse() : cells)
  let found: number[][] | null = null
  let steps = 0
  // Where no cut reaches the blocks' end (prefix): the cut that stops first, and every cut's rows checked against it.
  let stop: number[][] | null = null
  const early = new Set<number>()
  // Rows two cuts give different figures: their block's figures are put nowhere (the others' agree on every cut).
  const unsure = new Set<number>()
  let broken = 0
  const placed: number[][] = []
  const fits = (at: number, band: number[][]) => {
    const breaks = band.filter((cells, h) => !holds(rows[at + h] as RowModel, tokens, [...(own[at + h] ?? []), ...inOrder(cells)])).length
    if (broken + breaks > slips) return false
    broken += breaks
    return true
  }
  const unfit = (at: number, band: number[][]) => {
    broken -= band.filter((cells, h) => !holds(rows[at + h] as RowModel, tokens, [...(own[at + h] ?? []), ...inOrder(cells)])).length
  }
  const line = (t: number | undefined) => tokens[t ?? -1]?.line
  // Figures `from`…`to` of a block are one line of it, all of it.
  const wholeLine = (flat: readonly number[], from: number, to: number) => {
    const at = line(flat[from])
    return flat.slice(from, to).every((t) => line(t) === at) && (from === 0 || line(flat[from - 1]) !== at) && (to === flat.length || line(flat[to]) !== at)
  }
  const walk = (row: number, block: number, offset = 0): boolean => {
    if (++steps > MAX_STEPS) return true
    if (row === rows.length || block === blocks.length) {
      if (row !== rows.length || block !== blocks.length || offset !== 0) return false
      if (found === null) found = placed.map((p) => [...p])
      else
        found.forEach((p, r) => {
          if (p.some((t, c) => !sameFigure(tokens[t], tokens[placed[r]?.[c] ?? -1]))) unsure.add(r)
        })
      return true
    }
    // One row's cells are its next m figures, line after line, whatever blocks they stand in: a block read row by
    // row may end inside a row (`０ 575` / … / `0 9017` / `0`, then `641`), and a band of rows column by column
    // starts only at a block's start.
    let on = single(row, block, offset)
    const m = ms[row] ?? 0
    if (offset === 0)
      for (let h = 2; h <= rows.length - row && ms[row + h - 1] === m; h++) {
        // The blocks that make up m columns of h rows, from `block` on.
        let width = 0
        let end = block
        while (end < blocks.length && width < m && (blocks[end]?.length ?? 0) % h === 0) width += (blocks[end++]?.length ?? 0) / h
        if (width === m) on = band(row, h, block, end) || on
      }
    if (!on && prefix) stopped()
    return on
  }
  // A cut that goes no further: the rows above it are checked against the first such cut's, and the shallowest bounds
  // what is read (every cut, the true one too, places the rows above it).
  const stopped = () => {
    if (stop === null) stop = placed.map((p) => [...p])
    else
      for (let r = 0; r < Math.min(stop.length, placed.length); r++)
        if (stop[r]?.some((t, c) => !sameFigure(tokens[t], tokens[placed[r]?.[c] ?? -1]))) early.add(r)
    if (placed.length < stop.length) stop.length = placed.length
  }
  const single = (row: number, block: number, offset: number) => {
    const cells: number[] = []
    const m = ms[row] ?? 0
    let b = block
    let o = offset
    let from = offset
    let whole = true
    while (cells.length < m && b < blocks.length) {
      cells.push(blocks[b]?.[o] as number)
      if (++o === blocks[b]?.length) {
        whole &&= from === 0 || wholeLine(blocks[b] as number[], from, o)
        ;[b, o, from] = [b + 1, 0, 0]
      }
    }
    // Part of a block is a row's only as one whole line of it (a block read row by row prints a row a line; a
    // column's cells one a line are a band's).
    if (o > 0) whole &&= wholeLine(blocks[b] as number[], from, o)
    if (cells.length < m || !whole || !fits(row, [cells])) return false
    placed.push(cells)
    walk(row + 1, b, o)
    placed.length -= 1
    unfit(row, [cells])
    return true
  }
  // Each order of each block of the band (2^blocks of more than one column and row), checked by the rows' totals.
  const band = (row: number, h: number, from: number, to: number) => {
    const choices: number[] = []
    for (let b = from; b < to; b++) if ((blocks[b]?.length ?? 0) > h && h > 1) choices.push(b)
    if (choices.length > MAX_CHOICES) {
      steps = MAX_STEPS + 1
      return true
    }
    let on = false
    for (let mask = 0; mask < 1 << choices.length; mask++) {
      const cells: number[][] = Array.from({ length: h }, () => [])
      for (let b = from; b < to; b++) {
        const flat = blocks[b] as number[]
        const w = flat.length / h
        const byColumn = choices.includes(b) && (mask & (1 << choices.indexOf(b))) !== 0
        for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) cells[r]?.push(flat[byColumn ? c * h + r : r * w + c] as number)
      }
      if (!fits(row, cells)) continue
      on = true
      placed.push(...cells)
      walk(row + h, to)
      placed.length -= h
      unfit(row, cells)
    }
    return on
  }
  walk(0, 0)
  if (steps > MAX_STEPS) return null
  if (found !== null) return { cells: found, unsure, whole: true }
  const upTo = (stop as number[][] | null)?.length ?? 0
  if (!prefix || upTo === 0) return null
  // A cut that stops says less than one that reads every block: the cuts are the text's only as far as the last row
  // whose total is a figure other than 0 that its figures make (zeros and blanks keep any total wherever they are set,
  // `0` or `--` alike); the rows up to it every cut places alike, blank totals too.
  const upper = stop as unknown as number[][]
  const sure = rows.map((row, r) => r < upTo && holds(row, tokens, [...(own[r] ?? []), ...inOrder(upper[r] ?? [])], true))
  let anchor = -1
  sure.forEach((ok, r) => {
    if (ok && upper[r]?.some((t) => (tokens[t]?.value ?? 0) > 0)) anchor = r
  })
  for (let r = 0; r < rows.length; r++) if (r > anchor) early.add(r)
  return { cells: rows.map((_, r) => (stop as unknown as number[][])[r] ?? []), unsure: early, whole: false }
}
