import { fold } from '../../normalize/fold.ts'
import { startsWithNumbering } from '../../normalize/numbering.ts'
import { readCell } from '../../normalize/numbers.ts'
import type { Cell, GridRow } from '../grid.ts'
import { cellText, endsInDigit, goOn, startsWithDigit, type CellText } from './cell-text.ts'
import { bottom, right, type Item, type Page } from './items.ts'
import type { Line } from './lines.ts'
import { ruledParts, type RuledPart } from './ruled-cells.ts'
import { UNPLACED } from './table-rows.ts'

/**
 * Ruled tables → grid rows as an HTML table gives them: each cell's text is the items that stand inside its
 * borders (a label wrapped over lines is one cell by construction), with its colspan, rowspan and grid column.
 * A table the page break cut goes on in the first table of the next page when nothing stands between them
 * and their outer borders line up; a cell cut by the break (no border at the foot, none at the head) is one.
 */

/** A glyph box may stick out of its cell by this share of its height (ascenders, a tight border). */
const OVERHANG = 0.3
/** Outer borders of two pieces of one table stand this close; column boundaries this close are one. */
const SAME_EDGE = 3

/** Words, not a figure nor a piece of one: Han characters or letters in a cell that does not read as a number. */
const isLabel = (t: string) => /[\p{Script=Han}A-Za-z]/u.test(t) && readCell(fold(t)).kind === 'text'

export interface FilledPart {
  part: RuledPart
  /** The items inside each cell, by cell index. */
  items: Item[][]
  top: number
  bottom: number
}

export interface RuledTable {
  page: number
  top: number
  rows: GridRow[]
}

function unitAt(xs: readonly number[], v: number): number {
  let k = 0
  while (k + 2 < xs.length && v >= (xs[k + 1] as number)) k++
  return k
}

/** Items into the cells of the page's ruled tables; a table whose borders do not hold its text is left to the text. */
export function takeRuled(page: Page): { parts: FilledPart[]; rest: Item[] } {
  const parts = (page.rules?.length ?? 0) > 0 ? ruledParts(page.number, page.rules ?? []) : []
  const area = (p: RuledPart) => ((p.xs.at(-1) as number) - (p.xs[0] as number)) * ((p.ys.at(-1) as number) - (p.ys[0] as number))
  const inside = (p: RuledPart, x: number, y: number) => x > (p.xs[0] as number) && x < (p.xs.at(-1) as number) && y > (p.ys[0] as number) && y < (p.ys.at(-1) as number)
  // Smallest first: text goes to the innermost table around it. A table with another inside is a frame that
  // lays out the page (a bordered layout table), not a table of figures: its own text is read as text.
  const filled = parts
    .sort((p, q) => area(p) - area(q))
    .map((part) => ({ part, items: part.cells.map((): Item[] => []), top: part.ys[0] as number, bottom: part.ys.at(-1) as number }))
  const frames = new Set(parts.filter((p) => parts.some((q) => q !== p && inside(p, (q.xs[0] as number) + 1, (q.ys[0] as number) + 1) && inside(p, (q.xs.at(-1) as number) - 1, (q.ys.at(-1) as number) - 1))))
  const placed: (FilledPart | null)[] = page.items.map((item) => {
    const cx = item.x + item.w / 2
    const cy = item.top + item.h / 2
    const f = filled.find(({ part: p }) => inside(p, cx, cy))
    if (!f) return null
    const p = f.part
    const cols = p.xs.length - 1
    const cellAt = (x: number, y: number) => p.unit[unitAt(p.ys, y) * cols + unitAt(p.xs, x)] as number
    const own = cellAt(cx, cy)
    // Text that reaches over a border into another cell: the borders do not say where it belongs.
    const slack = OVERHANG * item.h
    const corners = [cellAt(item.x + slack, item.top + slack), cellAt(right(item) - slack, item.top + slack), cellAt(item.x + slack, bottom(item) - slack), cellAt(right(item) - slack, bottom(item) - slack)]
    // Text where no borders close a cell: they do not say which cell it is in.
    if (corners.some((c) => c !== own) || p.cells[own]?.void) p.broken = true
    f.items[own]?.push(item)
    return f
  })
  // A table holds text in two cells at least; a box around one text is not one. But at a page's head, a row of
  // cells with one text may be the rest of a row the break cut (`１` / `２`): ruledTables joins it or gives it back.
  const top = Math.min(...page.items.map((i) => i.top))
  const taken = filled.filter((f) => {
    const texts = f.items.filter((i) => i.length > 0).length
    return !f.part.broken && !frames.has(f.part) && (texts >= 2 || (texts === 1 && f.part.cells.length >= 2 && f.items.some((i) => i.some((item) => item.top === top))))
  })
  return { parts: taken, rest: page.items.filter((_, i) => !taken.includes(placed[i] as FilledPart)) }
}

/** Whether part b goes on from part a: next page, nothing between them, outer borders aligned. */
function continues(a: FilledPart, b: FilledPart, lines: readonly Line[]): boolean {
  const pa = a.part
  const pb = b.part
  if (pb.page !== pa.page + 1) return false
  if (Math.abs((pa.xs[0] as number) - (pb.xs[0] as number)) > SAME_EDGE || Math.abs((pa.xs.at(-1) as number) - (pb.xs.at(-1) as number)) > SAME_EDGE) return false
  return !lines.some((l) => (l.page === pa.page && l.top > a.bottom) || (l.page === pb.page && l.bottom < b.top))
}

/** Parts (in page and top order) → tables: parts that go on from the one before are one table. */
export function ruledTables(parts: readonly FilledPart[], lines: readonly Line[]): RuledTable[] {
  const sorted = [...parts].sort((p, q) => p.part.page - q.part.page || p.top - q.top)
  const groups: FilledPart[][] = []
  sorted.forEach((f, k) => {
    const before = sorted[k - 1]
    // Only the last table of a page goes on, and only in the first of the next.
    const edge = before !== undefined && before.part.page !== f.part.page
    const group = groups.at(-1)
    if (group && before && edge && continues(before, f, lines)) group.push(f)
    else groups.push([f])
  })
  return groups.map((g) => ({ page: g[0]?.part.page ?? 0, top: g[0]?.top ?? 0, rows: tableRowsOf(g) }))
}

interface Placed {
  text: string
  box: NonNullable<Cell['box']>
  x: number
  colspan: number
  /** First and last band it covers, counted over the whole table. */
  g0: number
  g1: number
  /** Its text wrapped and its last line leaves no room for another glyph. */
  fills: boolean
  /** An unreadable cell's pieces read as one figure (cell-text.ts). */
  joined?: string
}

/** A cell goes on with its rest from after a page break (its text, and the figure its pieces may make). */
function continueCell(above: Placed, rest: CellText): void {
  const next = goOn(above, rest)
  above.text = next.text
  if (next.joined === undefined) delete above.joined
  else above.joined = next.joined
}

function tableRowsOf(parts: readonly FilledPart[]): GridRow[] {
  // One set of columns for the whole table: boundaries of every part, those SAME_EDGE apart taken as one.
  const all = parts.flatMap((f) => f.part.xs).sort((a, b) => a - b)
  const columns: number[] = []
  for (const x of all) if (columns.length === 0 || x - (columns.at(-1) as number) > SAME_EDGE) columns.push(x)
  const column = (x: number) => columns.findIndex((c) => Math.abs(c - x) <= SAME_EDGE)
  const placed: Placed[] = []
  let band = 0
  /** The cells of the previous part still open at its foot, by their columns. */
  let openAbove = new Map<string, Placed>()
  parts.forEach((f, pi) => {
    const p = f.part
    const openBelow = new Map<string, Placed>()
    const first = band
    p.cells.forEach((c, k) => {
      if (c.void) return
      const items = f.items[k] ?? []
      const x0 = column(p.xs[c.c0] as number)
      const x1 = column(p.xs[c.c1 + 1] as number)
      const key = `${x0}:${x1}`
      const read: CellText = items.length > 0 ? cellText(items, p.xs[c.c0] as number, p.xs[c.c1 + 1] as number) : { text: '', fills: false }
      const above = c.r0 === 0 && c.openTop ? openAbove.get(key) : undefined
      let cell: Placed
      if (above) {
        // The rest of a cell the page break cut: its text goes on in the cell above.
        continueCell(above, read)
        above.g1 = band + c.r1
        cell = above
      } else {
        const box = items.length > 0 ? boxOf(items, p.page) : { page: p.page, x: p.xs[c.c0] as number, y: p.ys[c.r0] as number, w: (p.xs[c.c1 + 1] as number) - (p.xs[c.c0] as number), h: (p.ys[c.r1 + 1] as number) - (p.ys[c.r0] as number) }
        cell = { ...read, box, x: x0, colspan: Math.max(1, x1 - x0), g0: band + c.r0, g1: band + c.r1 }
        placed.push(cell)
      }
      if (c.openBottom && c.r1 === p.ys.length - 2) openBelow.set(key, cell)
    })
    openAbove = openBelow
    band += p.ys.length - 1
    // Borders drawn on both sides of the break (Word, LibreOffice): the row may still be one the break cut.
    if (pi > 0) joinCutRow(placed, first - 1, first, columns)
  })
  // Rows: the bands where a cell starts; a cell's rowspan counts the rows it reaches.
  const starting = new Array<number>(band + 1).fill(0)
  for (const c of placed) starting[c.g0] = 1
  const before = [0]
  for (let g = 0; g < band; g++) before.push((before[g] as number) + (starting[g] as number))
  const rows: GridRow[] = Array.from({ length: before[band] as number }, () => ({ cells: [], table: true }))
  for (const c of placed) {
    const rowspan = (before[c.g1 + 1] as number) - (before[c.g0] as number)
    rows[before[c.g0] as number]?.cells.push({ text: c.text, colspan: c.colspan, rowspan, x: c.x, box: c.box, ...(c.joined === undefined ? {} : { joined: c.joined }) })
  }
  for (const r of rows) r.cells.sort((a, b) => (a.x ?? 0) - (b.x ?? 0))
  return rows
}


/**
 * The first row after a page break may be the rest of the last row before it: Word and LibreOffice break a row
 * over pages and draw the border at the break. It is, where it holds text only in cells where that row does and
 * nothing in that row's own label (its last cell of words): the label ended before the break, and a row of its
 * own has a label. Its cells are then joined to the row's; digits on both sides of the break are one figure
 * where the cell above wrapped and had no room left, else left unread. Where the label fills its cell to the
 * last line, the next row's label may be its rest: figures on both sides of the break are left unread.
 */
function joinCutRow(placed: Placed[], last: number, first: number, columns: readonly number[]) {
  const above = placed.filter((c) => c.g1 === last)
  const below = placed.filter((c) => c.g0 === first).sort((a, b) => a.x - b.x)
  // The cell of the row above over a cell below: the columns of two pages need not part alike.
  const over = (b: Placed) => above.find((a) => a.x <= b.x && b.x + b.colspan <= a.x + a.colspan)
  const under = (a: Placed) => below.filter((b) => a.x <= b.x && b.x + b.colspan <= a.x + a.colspan)
  // The row's own label: its last cell of words before its first figure (a row of words alone, a header, has none).
  const figures = above.filter((c) => c.g0 === last && readCell(fold(c.text)).kind === 'number').map((c) => c.x)
  const firstFigure = figures.length > 0 ? Math.min(...figures) : -1
  const label = above.filter((c) => c.g0 === last && c.x < firstFigure && isLabel(c.text)).sort((a, b) => b.x - a.x)[0]
  const figure = (a: Placed, b: Placed) => b.text !== '' && endsInDigit(a.text) && startsWithDigit(b.text)
  // A label's rest never begins with a numbering: text below that does is a row of its own (`2、其他…`).
  if (label && under(label).some((b) => startsWithNumbering(fold(b.text)))) return
  const rest = below.every((b) => b.text === '' || over(b)?.text)
  if (label && rest && under(label).every((b) => b.text === '') && below.every((b) => over(b))) {
    joinBelow(placed, below, over)
    return
  }
  // Some cell of the row has nothing below the break: a row of its own would fill its cells (or mark them blank).
  const partly = above.filter((a) => a.text !== '' && (!label || a.x >= label.x)).some((a) => under(a).every((b) => b.text === ''))
  // A row of figures alone (table 四 prints its labels in its header), its rest pieces of cut figures under
  // figures: joined, the digits across the break unread but for the arithmetic (`１` / `２`).
  const wordless = above.every((c) => c.g0 !== last || !isLabel(c.text))
  if (!label && wordless && rest && partly && below.every((b) => over(b))) {
    joinBelow(placed, below, over)
    return
  }
  // A row whose label fills its cell to the last line (it may go on past the break) and whose cells do not all
  // go on: the rest of it, or a row of its own? Figures on both sides of the break are left unread.
  if (!label || !runsOn(label, placed, columns) || !partly) return
  // Its label goes on below, and nothing else does but under a cell with text: the label was cut with its row
  // (`3．危及"三安全一` / `稳定"`). Joined; digits on both sides of the break stay unread but as `joined`, for
  // the arithmetic to confirm. Were it two rows after all, their two labels in one cell read as neither
  // (src/locate/two-labels.ts).
  if (rest && under(label).some((b) => b.text !== '') && below.every((b) => over(b))) {
    joinBelow(placed, below, over)
    return
  }
  for (const b of below) {
    const a = over(b)
    if (a && figure(a, b)) a.text = b.text = UNPLACED
  }
}

/**
 * A label's text reaches the foot of its cell with no room left on its last line: it may go on past the break.
 * A label of one line is full where its two sides' gaps leave less than two glyphs beyond the cell's padding
 * (the least gap any text of its column keeps): a glyph that may not end a line takes the one before it along
 * (`处理` / `的，只计…`), and centred short text leaves much more.
 */
function runsOn(label: Placed, placed: readonly Placed[], columns: readonly number[]): boolean {
  if (label.fills) return true
  const left = columns[label.x]
  const rightEdge = columns[label.x + label.colspan]
  if (left === undefined || rightEdge === undefined) return false
  const gaps = (c: Placed) => [c.box.x - left, rightEdge - (c.box.x + c.box.w)] as const
  const column = placed.filter((c) => c.x === label.x && c.colspan === label.colspan && c.text !== '')
  const padding = Math.max(0, Math.min(...column.flatMap(gaps)))
  const glyph = Math.min(...column.map((c) => c.box.h))
  const [l, r] = gaps(label)
  return label.box.h < 1.5 * glyph && l + r < 1.9 * glyph + 2 * padding
}

/** The cells below the break go on in the cells over them. */
function joinBelow(placed: Placed[], below: readonly Placed[], over: (b: Placed) => Placed | undefined): void {
  for (const b of below) {
    const a = over(b) as Placed
    continueCell(a, b)
    a.g1 = Math.max(a.g1, b.g1)
    placed.splice(placed.indexOf(b), 1)
  }
}

function boxOf(items: readonly Item[], page: number): NonNullable<Cell['box']> {
  const x = Math.min(...items.map((i) => i.x))
  const y = Math.min(...items.map((i) => i.top))
  return { page, x, y, w: Math.max(...items.map(right)) - x, h: Math.max(...items.map(bottom)) - y }
}
