import type { TableRegion } from '../locate/locate.ts'
import type { TableModel } from '../model/index.ts'
import { holdsWords, type Token } from '../tokens/token.ts'
import type { ValueAlignment } from './align-types.ts'
import { wordsBetween } from './words-between.ts'

/**
 * A viewer's reading order regroups a page into blocks, and a row's figures may stand before its label or after
 * it. Where a row was read from figures before its label while a figure no read row holds stands after it, before
 * the next row's label, the text does not say which is the row's:
 * `2267 1876 行政规范性文件 ０ 信息内容 行政许可 第二十条第（五）项 本年处理决定数量 599` read 行政许可 as ０, the
 * last cell of the row above, where 599 is its own. Such a row is not read. Nor, in reading order, is a row that starts a
 * block under its own header read after its label where figures no read row holds stand between that header and the
 * label (`处理决定数量 10 +58 0 行政许可 29 +22 0 其他对外管理服务事项`: 行政许可 is 10 +58 0).
 */

export const OTHER_SIDE = "A figure no row holds stands on the other side of this row's label, and may be its own; left blank rather than guessed."

const isFigure = (t: Token | undefined): boolean => t !== undefined && (t.kind === 'number' || t.kind === 'run' || t.kind === 'bad')

/**
 * `read`: the rows read so far. Returns those of them a figure on the other side of the label may belong to; a row
 * left out frees its figures for the rows beside it, so again until none is found (at most once per row).
 */
export function otherSideRows(tokens: readonly Token[], region: TableRegion, readings: ValueAlignment['cells'], table: TableModel, read: ReadonlySet<number>, reading = false): number[] {
  const left = new Set(read)
  const out: number[] = []
  // The rows' figures and the labels' bounds do not change between passes (only the rows read do): made once.
  const layout = layoutOf(tokens, region, readings, table)
  for (let found = onePass(tokens, region, layout, table, left, reading); found.length > 0; found = onePass(tokens, region, layout, table, left, reading)) {
    for (const r of found) left.delete(r)
    out.push(...found)
  }
  return out
}

/** Each row's figures as read, and its label's pieces' first and last token, in the text's order. */
interface Layout {
  figures: Map<number, number[]>
  bounds: { r: number; from: number; to: number }[]
}

function layoutOf(tokens: readonly Token[], region: TableRegion, readings: ValueAlignment['cells'], table: TableModel): Layout {
  // Each row's figures as read: what some cheapest alignment puts first in each of its cells (read or not).
  const figures = new Map<number, number[]>()
  let j = 0
  table.rows.forEach((row, r) => {
    const mine: number[] = []
    for (let k = 0; k < row.columns.length; k++, j++) {
      const f = readings[j]?.fills[0]
      if (f?.type === 'token' && isFigure(tokens[f.token])) mine.push(f.token)
    }
    figures.set(r, mine)
  })
  // The labels' pieces in the text's order: each row's label lies between the one before it and the one after.
  const bounds: Layout['bounds'] = []
  for (const [r, pieces] of region.labels) {
    if (pieces.length === 0) continue
    let from = Infinity
    let to = -Infinity
    for (const p of pieces) {
      if (p < from) from = p
      if (p > to) to = p
    }
    bounds.push({ r, from, to })
  }
  bounds.sort((a, b) => a.from - b.from)
  return { figures, bounds }
}

function onePass(tokens: readonly Token[], region: TableRegion, layout: Layout, table: TableModel, read: ReadonlySet<number>, reading: boolean): number[] {
  const { figures, bounds } = layout
  // Every figure a read row holds: asked only of a row read before its label, or heading a block (most tables: none).
  let held: Set<number> | undefined
  const heldNow = (): Set<number> => {
    if (!held) {
      held = new Set<number>()
      for (const [r, mine] of figures) if (read.has(r)) for (const t of mine) held.add(t)
    }
    return held
  }
  const out: number[] = []
  bounds.forEach(({ r, from, to }, k) => {
    const mine = figures.get(r) ?? []
    if (!read.has(r) || mine.length === 0) return
    if (reading && startsBlock(table, r) && mine.every((t) => t > to) && headedBefore(tokens, from, bounds[k - 1]?.to ?? region.start, heldNow(), table.rows[r]?.columns.length ?? 0)) {
      out.push(r)
      return
    }
    // Read before its label only: the side after it, up to the next row's label or the region's edge. (Figures
    // after a label with one left before it are the habit of text in the order rows are drawn: the row above's.)
    if (!mine.every((t) => t < from)) return
    // A header's words between the figures and the label: the figures are the block before's (words-between.ts).
    if (reading && wordsBetween(tokens, Math.max(...mine), from)) {
      out.push(r)
      return
    }
    const [a, b] = [to + 1, bounds[k + 1]?.from ?? region.end]
    for (let i = a; i < b; i++) {
      if (isFigure(tokens[i]) && !heldNow().has(i)) {
        out.push(r)
        return
      }
    }
  })
  return out
}

/** The row starts a block of rows under a header of its own (table 二's provisions of Article 20). */
function startsBlock(table: TableModel, r: number): boolean {
  const provision = table.rows[r]?.provision
  return r > 0 && provision !== undefined && provision !== table.rows[r - 1]?.provision
}

/**
 * In a viewer's reading order, a row read after its label, with figures no read row holds just before the label
 * (no more than its cells) and words that are no row's label before them, back to the previous label: a sub-table's
 * heading (table 二's `第二十条第（五）项` and its header) begins a block there, so those figures are not the row
 * above's trailing ones — they may be this row's own, set before its label (LibreOffice sets a row's figures so).
 */
function headedBefore(tokens: readonly Token[], from: number, previous: number, held: ReadonlySet<number>, cells: number): boolean {
  let figures = 0
  for (let i = from - 1; i > previous; i--) {
    const t = tokens[i]
    if (t?.kind === 'empty') continue
    if (isFigure(t)) {
      if (held.has(i)) return false
      figures++
      continue
    }
    return holdsWords(t) && figures > 0 && figures <= cells
  }
  return false
}
