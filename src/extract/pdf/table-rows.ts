import type { Cell, GridRow } from '../grid.ts'
import { bottom, right } from './items.ts'
import type { Line, Segment } from './lines.ts'
import { cellOf, columnOf, isFigure, isValue, overlapX, valueColumns } from './table-cells.ts'
import { mergeWrappedRows, SAME_LEFT, wrapsInto, type Block, type Placed } from './wrapped-rows.ts'

/**
 * One table's lines → grid rows, as an HTML table would give them. The value columns come from the rows
 * that fill every column (their k-th figure stands in the k-th column); each row of figures is a row of the
 * grid, with an empty cell where a column holds nothing (a blank). The labels' lines are joined into
 * cells (a label wrapped over lines) and each cell is set in the row of figures it stands beside; lines
 * above the first row of figures are the header.
 */

/** Two lines of one cell stand this close (in glyph heights); the rows of a table farther apart. */
const WRAP_GAP = 1.1
/** Two lines of one cell stand closer than this share of the table's usual gap between rows. */
const WRAP_SHARE = 0.6
/**
 * What a value cell holds when the figures beside it cannot be placed with confidence (a piece of a figure
 * wrapped onto a line of its own that no row claims): a character no number contains, so it is read as
 * null with a warning, never as a figure of the wrong row.
 */
export const UNPLACED = '\ufffd'
interface SortedRow {
  row: GridRow
  page: number
  top: number
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

export function tableRows(regionLines: Line[], tableId: number): GridRow[] {
  const lines = regionLines.map((l) => ({ ...l, segments: l.segments.map((s) => ({ ...s })) }))
  const columns = valueColumns(lines)
  const valueLeft = columns[0]?.[0] ?? Infinity
  // Per line: its values by column, and the segments left for labels and headers.
  const values: Map<number, Segment[]>[] = []
  const rest: Placed[][] = []
  lines.forEach((line, i) => {
    const byColumn = new Map<number, Segment[]>()
    const others: Placed[] = []
    // A line with more figures than the table has columns (another table's row the region took in, or a row
    // of a sub-table with more columns): where its figures belong is not known, so none is read.
    if (line.segments.filter((s) => isFigure(s.text)).length > columns.length) {
      for (const seg of line.segments) if (isFigure(seg.text)) seg.text = UNPLACED
    }
    for (const seg of line.segments) {
      const inValues = right(seg) > valueLeft + 1
      if (columns.length > 0 && inValues && isValue(seg.text)) {
        const k = columnOf(seg, columns)
        byColumn.set(k, [...(byColumn.get(k) ?? []), seg])
      } else others.push({ seg, line: i })
    }
    values[i] = byColumn
    rest[i] = others
  })
  // A line whose figures all finish figures broken on the line above (`1,` over `234`) is part of that row.
  for (let i = 1; i < lines.length; i++) {
    const own = values[i]
    const above = values[i - 1]
    const line = lines[i] as Line
    const prev = lines[i - 1] as Line
    if (!own || own.size === 0 || !above || prev.page !== line.page || line.top - prev.bottom > WRAP_GAP * line.h) continue
    if (![...own].every(([k, segs]) => above.has(k) && wrapsInto(above.get(k) as Segment[], segs))) continue
    for (const [k, segs] of own) above.set(k, [...(above.get(k) as Segment[]), ...segs])
    own.clear()
  }
  let anchors = lines.map((_, i) => i).filter((i) => (values[i]?.size ?? 0) > 0)
  const firstAnchor = anchors[0] ?? lines.length
  // How far apart the labels of consecutive rows stand: two lines of one cell stand much closer.
  const rowGaps: number[] = []
  for (let k = 1; k < anchors.length; k++) {
    const a = rest[anchors[k - 1] as number]?.[0]?.seg
    const b = rest[anchors[k] as number]?.[0]?.seg
    if (a && b && a.page === b.page) rowGaps.push(b.top - bottom(a))
  }
  const wrapLimit = (h: number) => (rowGaps.length >= 3 ? Math.min(WRAP_GAP * h, WRAP_SHARE * median(rowGaps)) : WRAP_GAP * h)
  const rows: SortedRow[] = []
  const labelSegs: Placed[] = []

  const lastOnPage = (i: number) => lines[i + 1]?.page !== lines[i]?.page
  const firstOnPage = (i: number) => i === 0 || lines[i - 1]?.page !== lines[i]?.page
  const headerSegs: Placed[] = []
  lines.forEach((line, i) => {
    const others = rest[i] ?? []
    // Header lines, and lines below the first row of figures that reach over the value columns (a sub-header).
    const header = i < firstAnchor || (values[i]?.size === 0 && others.some((p) => right(p.seg) > valueLeft + 1))
    if (header && i < firstAnchor) headerSegs.push(...others)
    else if (header) {
      rows.push({ row: { cells: others.map((p, k) => cellOf([p.seg], k)), table: true, tableId }, page: line.page, top: line.top })
      labelSegs.push({ seg: { ...(line.segments[0] as Segment), text: '' }, line: -1 - i }) // a wall: no label cell reaches across a sub-header
    } else labelSegs.push(...others)
  })

  // Lines → cells: a segment continues the cell above it (same column, close below, or at the head of the
  // next page when the cell reached the foot of this one) unless both stand on rows of figures of their own.
  // Where a segment stands as close below a cell as its wrapped lines do yet both stand on figures of their
  // own, the geometry gives two readings (one row wrapped, or two rows): both rows are left unread.
  const doubtful = new Set<number>()
  const hasFigures = (i: number) => (values[i]?.size ?? 0) > 0
  // Lines with figures before each line: whether a cell's lines have figures among them, in constant time.
  const figuresBefore = [0]
  lines.forEach((_, i) => figuresBefore.push((figuresBefore[i] as number) + (hasFigures(i) ? 1 : 0)))
  const toBlocks = (segs: readonly Placed[], noteDoubt: boolean): Block[] => {
    const blocks: Block[] = []
    let open: Block[] = []
    for (const p of segs) {
      if (p.line < 0) {
        open = []
        continue
      }
      const anchor = hasFigures(p.line) ? p.line : null
      const target = open.find((b) => {
        const last = b.segs.at(-1) as Placed
        if (last.line >= p.line || overlapX(p.seg, b.x, b.right) <= 0) return false
        if (last.seg.page !== p.seg.page) {
          // A cell beside figures (its own line's, or figures centred among its lines) or beside other cells
          // of its row (a blank mark, words) is a whole row: the label at the head of the next page that
          // stands on figures of its own starts another.
          const first = (b.segs[0] as Placed).line
          const besideCells = b.segs.some((q) => (rest[q.line] ?? []).some((o) => o.seg.x >= b.right))
          const beside = besideCells || b.anchor !== null || (figuresBefore[last.line + 1] as number) > (figuresBefore[first] as number)
          return !(beside && anchor !== null) && lastOnPage(last.line) && firstOnPage(p.line)
        }
        if (p.seg.top - bottom(last.seg) > wrapLimit(Math.min(p.seg.h, last.seg.h))) return false
        if (b.anchor !== null && anchor !== null && b.anchor !== anchor) {
          if (noteDoubt) doubtful.add(b.anchor).add(anchor)
          return false
        }
        return true
      })
      if (target) {
        target.segs.push(p)
        target.right = Math.max(target.right, right(p.seg))
        target.anchor ??= anchor
        if (p.seg.page === target.segs[0]?.seg.page) target.bottom = Math.max(target.bottom, bottom(p.seg))
      } else {
        const block: Block = { segs: [p], x: p.seg.x, top: p.seg.top, right: right(p.seg), bottom: bottom(p.seg), anchor }
        blocks.push(block)
        open.push(block)
      }
      // Only cells whose last line is near can go on.
      open = open.filter((b) => (b.segs.at(-1) as Placed).line >= p.line - 2)
    }
    return blocks
  }
  const blocks = toBlocks(labelSegs, true)
  const mergedInto = mergeWrappedRows(anchors, blocks, values)
  anchors = anchors.filter((a) => !mergedInto.has(a))
  for (const b of blocks) if (b.anchor !== null) b.anchor = mergedInto.get(b.anchor) ?? b.anchor

  // The header's cells, in rows: cells whose middles fall within the first cell's height share a row.
  const headerRows: { blocks: Block[]; top: number; bottom: number; page: number }[] = []
  for (const b of toBlocks(headerSegs, false).sort((p, q) => p.top - q.top || p.x - q.x)) {
    const page = b.segs[0]?.seg.page ?? 0
    const middle = (b.top + b.bottom) / 2
    const row = headerRows.find((r) => r.page === page && middle >= r.top && middle <= r.bottom)
    if (row) row.blocks.push(b)
    else headerRows.push({ blocks: [b], top: b.top, bottom: b.bottom, page })
  }
  for (const r of headerRows) {
    const cells = r.blocks.sort((p, q) => p.x - q.x).map((b, k) => cellOf(b.segs.map((p) => p.seg), k))
    rows.push({ row: { cells, table: true, tableId }, page: r.page, top: r.top })
  }

  // Each block beside a row of figures: the one it stands on, else the nearest one on its page if it
  // touches it (a label centred over its rows, a wrapped label); a block standing apart is a row of its own
  // (`第二十条第（五）项` over a sub-table).
  const labelsOf = new Map<number, Block[]>()
  for (const block of blocks) {
    let anchor = block.anchor
    if (anchor === null) {
      const page = block.segs[0]?.seg.page
      const h = Math.min(...block.segs.map((p) => p.seg.h))
      let best = Infinity
      for (const a of anchors) {
        const l = lines[a] as Line
        if (l.page !== page) continue
        const gap = Math.max(l.top - block.bottom, block.top - l.bottom)
        if (gap <= wrapLimit(h) && gap < best) {
          best = gap
          anchor = a
        }
      }
    }
    if (anchor === null) {
      rows.push({ row: { cells: [cellOf(block.segs.map((p) => p.seg), 0)], table: true, tableId }, page: block.segs[0]?.seg.page ?? 0, top: block.top })
      continue
    }
    labelsOf.set(anchor, [...(labelsOf.get(anchor) ?? []), block])
  }

  // Label columns: the distinct left edges of label cells; a label that reaches over several spans them.
  const lefts: number[] = []
  for (const x of blocks.map((b) => b.x).sort((a, b) => a - b)) if (lefts.length === 0 || x - (lefts.at(-1) as number) > SAME_LEFT) lefts.push(x)
  const labelColumn = (x: number) => lefts.findIndex((l) => Math.abs(l - x) <= SAME_LEFT)
  // Rows of figures with no label in a table whose rows have labels: pieces of the rows around them (a figure
  // wrapped in a narrow cell). They are not rows; the cells of their columns in the rows above and below
  // are left unread.
  const labelled = anchors.filter((a) => (labelsOf.get(a)?.length ?? 0) > 0)
  const unplaced = new Map<number, Set<number>>()
  const stray = new Set<number>()
  if (labelled.length > 0 && labelled.length * 2 >= anchors.length) {
    for (const a of anchors) {
      if ((labelsOf.get(a)?.length ?? 0) > 0) continue
      stray.add(a)
      const page = (lines[a] as Line).page
      const above = labelled.filter((l) => l < a && (lines[l] as Line).page === page).at(-1)
      const below = labelled.find((l) => l > a && (lines[l] as Line).page === page)
      for (const neighbour of [above, below]) {
        if (neighbour === undefined) continue
        const set = unplaced.get(neighbour) ?? new Set<number>()
        for (const column of values[a]?.keys() ?? []) set.add(column)
        unplaced.set(neighbour, set)
      }
    }
  }
  for (const a of anchors) {
    if (stray.has(a)) continue
    const line = lines[a] as Line
    const labels = (labelsOf.get(a) ?? []).sort((p, q) => p.x - q.x || p.top - q.top)
    const cells: Cell[] = labels.map((b, k) => {
      const x = labelColumn(b.x)
      const next = labels[k + 1]
      const reach = lefts.filter((l) => l >= b.x - SAME_LEFT && l < Math.min(b.right, next ? next.x - SAME_LEFT : Infinity)).length
      return cellOf(b.segs.map((p) => p.seg), Math.max(0, x), Math.max(1, reach))
    })
    const byColumn = values[a] as Map<number, Segment[]>
    const doubtfulRow = [...doubtful].some((d) => (mergedInto.get(d) ?? d) === a)
    columns.forEach((_, k) => {
      const segs = byColumn.get(k)
      const x = lefts.length + k
      // Two figures in one column of one row, a piece of a figure no row claims, or a row the geometry reads
      // two ways: not read.
      const twoOnOneLine = segs?.some((p, i) => segs.some((q, j) => j > i && p.page === q.page && Math.abs(p.top - q.top) < p.h / 2))
      if (segs && (doubtfulRow || unplaced.get(a)?.has(k) || twoOnOneLine)) cells.push({ ...cellOf(segs, x), text: UNPLACED })
      else if (segs) cells.push(cellOf(segs, x))
      else cells.push({ text: '', colspan: 1, rowspan: 1, x, box: { page: line.page, x: (columns[k] as [number, number])[0], y: line.top, w: 0, h: line.bottom - line.top } })
    })
    rows.push({ row: { cells, table: true, tableId }, page: line.page, top: line.top })
  }
  return rows.sort((p, q) => p.page - q.page || p.top - q.top).map((r) => r.row)
}
