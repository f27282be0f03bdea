import type { RowModel, TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'
import { assign, sameFigure } from './block-cuts.ts'
import { isRestOnly, joinedView, WRAPS_AT_MOST, wrapPairs, wrapSets } from './block-wraps.ts'
import { edgeBetween, pageRunAtEdge } from './page-blocks.ts'
import { beneathGroups } from './grouped-blocks.ts'
import type { PageRow, Segment } from './page-rows.ts'

/**
 * A viewer's reading order (pdftotext without flags) may print a page's rows with only their first k cells beside
 * their labels, and the other columns after the page's text (its `file:///…` footer), as blocks: a band of rows
 * column by column, each column's cells top to bottom, or a band's columns as one block, read either way. With
 * the page's R rows of n cells, the last row's label is followed by k figures, a gap, and R·(n − k) figures. Where
 * exactly one k fits that count — most of the R rows, in the model's order, holding exactly k figures (a row whose
 * label was not found holds its k after the row above's), the row before them not — the block's figures are put
 * back after each row's own (after all of a row's figures where they are not exactly k), a row's only where every
 * cut of the block into bands that no row's total contradicts gives it the same figures: a row two cuts give
 * different figures gets them nowhere (its cells stay unfilled, so it is not read), and the rows the cuts agree on
 * are read. The alignment then reads the rows as printed, with every guard after it; anything else leaves the
 * text as it was.
 */

function segmentsOf(tokens: readonly Token[], events: readonly Event[]): Segment[] | null {
  const out: Segment[] = []
  const seen = new Set<number>()
  events.forEach((e, k) => {
    if (e.type === 'label') {
      const last = out.at(-1)
      if (last?.row === e.row) return
      if (seen.has(e.row)) out.push({ row: -1, label: k, figures: [] })
      else out.push({ row: e.row, label: k, figures: [] })
      seen.add(e.row)
      return
    }
    if (tokens[e.token]?.kind !== 'empty') out.at(-1)?.figures.push(k)
  })
  return out
}


/**
 * The page's rows before and with row `s`'s, walked back, where a block of its figures after its first k fits:
 * R model rows of n − k cells each, in order; a row whose label was not found holds its k figures after the row
 * above's k (that row's text holds j·k: itself and j − 1 rows unlabelled under it); most of them hold exactly k.
 */
function pageRun(tokens: readonly Token[], events: readonly Event[], segments: readonly Segment[], s: number, k: number, table: TableModel, cells: number): PageRow[] | null {
  const last = segments[s] as Segment
  const n = table.rows[last.row]?.columns.length ?? 0
  const rows = cells / (n - k)
  if (!Number.isInteger(rows) || rows < 1) return null
  // A figure cut at its separator (`12，`) has its rest in its row or the row beside: their figures say nothing of a total.
  const cut = (j: number) => (segments[j]?.figures ?? []).some((f) => tokens[events[f]?.token ?? -1]?.kind === 'bad')
  const sure = (j: number) => !cut(j - 1) && !cut(j) && (j === s || !cut(j + 1))
  const run: PageRow[] = [{ row: last.row, own: sure(s) ? last.figures.slice(0, k) : null, after: last.figures[k - 1] as number }]
  let exact = 1
  let j = s - 1
  for (; j >= 0 && run.length < rows; j--) {
    const seg = segments[j] as Segment
    const below = run[0]?.row ?? 0
    const covers = below - seg.row
    if (seg.row < 0 || covers < 1 || covers > rows - run.length) return null
    for (let r = seg.row; r < below; r++) if (table.rows[r]?.columns.length !== n) return null
    if (seg.figures.length === covers * k) {
      exact += covers
      for (let c = covers - 1; c >= 0; c--) run.unshift({ row: seg.row + c, own: sure(j) ? seg.figures.slice(c * k, c * k + k) : null, after: seg.figures[c * k + k - 1] as number })
    } else {
      // Its own figures are not the page's k (a wrapped figure's pieces, among which a viewer may set another cell:
      // `１３９ 0 ６` for 1396 and 0; or rows unlabelled under it share them): its block's figures, and theirs, are
      // taken out and put nowhere — joined after its own, a joining of the wrong pieces may keep its total.
      for (let c = covers - 1; c >= 0; c--) run.unshift({ row: seg.row + c, own: null, after: -1 })
    }
  }
  // A row just before the page's with k figures too would leave its cells nowhere: the count is not the page's.
  if (run.length !== rows || 2 * exact <= rows || segments[j]?.figures.length === k) return null
  // Nor anywhere higher in the table: the blocks may be that row's band's, and the text does not say which (the page's
  // first rows' blocks printed after its footer, the last rows' among them; a page's edge is not always known).
  for (let i = j; i >= 0; i--) if (segments[i]?.figures.length === k) return null
  return run
}

/** The block's figures cut at blank lines and where a line is skipped; null where anything but a figure stands in it. */
function blocksOf(tokens: readonly Token[], events: readonly Event[], from: number, to: number, rests: ReadonlySet<number> = new Set()): number[][] | null {
  const blocks: number[][] = []
  let open = false
  let line = -2
  for (let k = from; k <= to; k++) {
    const e = events[k] as Event
    const t = tokens[e.token] as Token
    if (e.type === 'label') return null
    if (t.kind === 'empty') {
      open = false
      continue
    }
    // A wrapped figure's rest is read with its first part (block-wraps.ts).
    if (rests.has(k)) {
      line = t.line
      continue
    }
    if (t.kind !== 'number' && t.kind !== 'mark') return null
    // Words between its figures (a line no label holds) mean the text there is no block of figures.
    const before = events[k - 1]
    if (k > from && before) for (let i = before.token + 1; i < e.token; i++) if (tokens[i]?.kind === 'text' && tokens[i]?.folded !== '') return null
    if (!open || t.line > line + 1) blocks.push([])
    blocks.at(-1)?.push(e.token)
    open = true
    line = t.line
  }
  return blocks
}

/**
 * The events with each page's column blocks put back after their rows' first figures, where that is certain.
 * Events from `borrowed` on stand past the table's region (tail-blocks.ts): kept only where placed so.
 */
export function placeColumnBlocks(tokens: readonly Token[], table: TableModel, all: Event[], borrowed = all.length, slips = 0): Event[] {
  const events = all.slice(0, borrowed)
  if (table.inline || all.some((e) => tokens[e.token]?.col !== undefined)) return events
  const segments = segmentsOf(tokens, all)
  if (!segments) return events
  const moved = new Set<number>()
  const after = new Map<number, number[]>()
  segments.forEach((seg, s) => {
    const n = table.rows[seg.row]?.columns.length ?? 0
    if (seg.row < 0 || seg.figures.length <= n) return
    // `wraps`: figures more than the cells, each pair of them one wrapped cell's (block-wraps.ts), fewer than a row's
    // block holds: as many as a row's n − k would fit one row more as well (a block of one column fits any count).
    // One at most first; two only where no count with fewer fits the page (a page a count with fewer fits is read as
    // before, by that count alone: two counts of one tier are no reading).
    let found: { k: number; run: PageRow[]; wraps: number; widths?: number[] } | null = null
    // The block starts after the page's furniture (a line skipped) or a blank line.
    const apart = (k: number) => {
      const from = seg.figures[k - 1] as number
      const to = seg.figures[k] as number
      return (tokens[all[to]?.token ?? -1]?.line ?? 0) > (tokens[all[from]?.token ?? -1]?.line ?? 0) + 1 || all.slice(from, to).some((e) => tokens[e.token]?.kind === 'empty')
    }
    for (let most = 1; most <= WRAPS_AT_MOST && !found; most++)
      for (let k = 1; k < n; k++)
        for (let wraps = most === 1 ? 0 : most; wraps <= Math.min(most, n - k - 1); wraps++) {
          const run = apart(k) ? pageRun(tokens, all, segments, s, k, table, seg.figures.length - k - wraps) : null
          if (!run) continue
          if (found) return
          found = { k, run, wraps }
        }
    // No one count of first cells fits: the page's rows by its top edge, each with its own count (page-blocks.ts). The
    // last row's count is then where its page's footer stands: any count of it fits the blocks' count alike.
    const footer = (k: number) => edgeBetween(tokens, all[seg.figures[k - 1] as number]?.token ?? -1, all[seg.figures[k] as number]?.token ?? -1)
    for (let most = 1; most <= WRAPS_AT_MOST && !found; most++)
      for (let k = 1; k < n; k++)
        for (let wraps = most === 1 ? 0 : most; wraps <= most; wraps++) {
          const page = footer(k) ? pageRunAtEdge(tokens, all, segments, s, k, table, seg.figures.length - k - wraps) : null
          if (!page || wraps >= Math.min(...page.widths)) continue
          if (found) return
          found = { k, run: page.run, wraps, widths: page.widths }
        }
    if (!found) return
    const start = seg.figures[found.k] as number
    const to = seg.figures.at(-1) as number
    // Figures past the region are the table's only as a whole block that starts past it.
    if (start < borrowed && to >= borrowed) return
    const { run } = found
    const rows = run.map((r) => table.rows[r.row] as RowModel)
    // A row's own figures count for its total only where they are exactly the page's first k.
    const mine = run.map((r) => (r.own ?? []).map((k) => all[k]?.token as number))
    // A report's own slip breaks one row's total: where no cut keeps every total, one that breaks one row's alone
    // is the reading if it is the only one (that row's figures are then its to answer for: equation-doubt.ts).
    // In text only: there the equations' doubt (equation-doubt.ts) withholds the row whose total breaks. A grid (HTML)
    // has no such doubt, and a cut that breaks a total there put a wrong figure in a cell (table 三 split in two).
    // The readings: the block as printed, or each set of pairs, as many as the figures over the cells, that may be
    // wrapped cells' read as one figure each.
    // A zero-led piece (`０５`) is no cell alone: a set leaving one unjoined is no reading.
    const rests = seg.figures.slice(found.k).filter((f) => isRestOnly(tokens[all[f]?.token ?? -1]))
    const sets = (found.wraps === 0 ? [[]] : wrapSets(wrapPairs(tokens, all, seg.figures.slice(found.k)), found.wraps))?.filter((set) => rests.every((f) => set.some(([, rest]) => rest === f)))
    if (!sets || sets.length === 0) return
    const cuts = (allowed: number, prefix = false) =>
      sets.flatMap((set) => {
        const view = set.reduce((v, [first, rest]) => joinedView(v, all[first]?.token as number, all[rest]?.token as number), tokens)
        const blocks = blocksOf(view, all, start, to, new Set(set.map(([, rest]) => rest)))
        const cut = blocks ? assign(view, blocks, rows, mine, (found as { widths?: number[] }).widths ?? n - (found as { k: number }).k, allowed, prefix) : null
        return cut && blocks ? [{ ...cut, view, blocks, firsts: new Set(set.map(([first]) => all[first]?.token as number)) }] : []
      })
    const strict = cuts(0)
    const slipped = strict.length > 0 || slips === 0 ? [] : cuts(slips)
    // Where no cut reaches the blocks' end (a wrapped total's pieces, a cell set after its band, at the page's foot),
    // the rows every cut places alike from either end, short of where the first cut stops (block-cuts.ts), and with
    // every pairing alike — not for one column a row: its one figure a row any count fits, and the totals weigh little.
    // A pairing that places no row so may be the text's own: then none is read.
    const stopped = strict.length > 0 || slipped.length > 0 || Math.min(...(found.widths ?? [n - found.k])) < 2 ? [] : cuts(0, true)
    const readings = strict.length > 0 ? strict : slipped.length > 0 ? slipped : stopped.length === sets.length ? stopped : []
    const base = readings[0]
    if (!base) return
    // A row two readings give different figures is in doubt, as within one (assign); so is a row holding a joined
    // figure: its total cannot say which of its cells a first part belongs to (`12` over `951`, beside `247`: 12951
    // and 247 add up as 951 and 12247 do), and that row's block is put nowhere.
    const unsure = new Set(readings.flatMap((x) => [...x.unsure, ...x.cells.flatMap((p, r) => (p.some((t) => x.firsts.has(t)) ? [r] : []))]))
    for (const x of readings.slice(1)) base.cells.forEach((p, r) => p.some((t, c) => !sameFigure(base.view[t], x.view[x.cells[r]?.[c] ?? -1])) && unsure.add(r))
    // Blocks of one column beneath a band printed in column groups: their order is not the columns' (grouped-blocks.ts).
    base.cells.forEach((p, r) => beneathGroups(base.view, base.blocks, p, rows[r] as RowModel, mine[r] ?? []) && unsure.add(r))
    for (let k = start; k <= to; k++) moved.add(k)
    run.forEach((r, j) => {
      if (r.after >= 0 && !unsure.has(j)) after.set(r.after, [...(after.get(r.after) ?? []), ...(base.cells[j] as number[])])
    })
  })
  if (moved.size === 0) return events
  const byToken = new Map<number, Event>()
  all.forEach((e) => byToken.set(e.token, e))
  const out: Event[] = []
  all.forEach((e, k) => {
    if (moved.has(k) || k >= borrowed) return
    out.push(e)
    for (const t of after.get(k) ?? []) out.push(byToken.get(t) as Event)
  })
  return out
}
