import { fold } from '../normalize/fold.ts'
import type { TableModel } from '../model/index.ts'
import type { Token } from '../tokens/token.ts'
import type { Event } from './align-types.ts'

/**
 * A viewer's reading order may print the labels of a table's last rows after the table (their cells are taller,
 * and it reads them as a block of their own), while their figures stay in place after the rows above: in a real
 * report, `4.无正当理由大量反复申请` and then 49 figures, and only after them the labels of `5.要求行政机关确认…` and
 * of the three rows of `（六）其他处理`. Labels after the table's last figure, two or more, name rows whose figures
 * cannot follow them; taken as in place they put every row around them out of order. Where the label before the
 * figures names a row above all of theirs, they are dropped: their rows are unlabelled, and the alignment places
 * their cells by the rows' fixed order and counts alone — only where that is unique (the figures after that label
 * are exactly the cells of the rows from it on) is any of them read. A table with no label before its figures
 * (labels first, figures after its region: a narrow print) keeps its labels, and so does one where a row's label,
 * whole, stands among those figures though no label of the alignment (out of the model's order): the figures after
 * it may be that row's, so they are not one block of the rows from the label before them on (LibreOffice's reading
 * order in 21145: `行政强制 968 规范性文件 … 其他对外管理服务事项 … -１５ ５ -１５ ５ 22788 28`, then 收费's and 采购's
 * labels — the count fitted with 968 and two figures cut over lines taken for cells).
 */
export function dropLateLabels(tokens: readonly Token[], events: Event[], table?: TableModel): Event[] {
  // The run of labels after the last figure, and the last label before that figure.
  const late = new Set<number>()
  let trailing = 0
  let j = events.length - 1
  for (; j >= 0; j--) {
    const e = events[j] as Event
    if (e.type === 'value' && tokens[e.token]?.kind !== 'empty') break
    if (e.type === 'label' && e.first) {
      trailing++
      late.add(e.row)
    }
  }
  let before = -1
  for (; j >= 0 && before < 0; j--) {
    const e = events[j] as Event
    if (e.type === 'label' && e.first) before = e.row
  }
  if (trailing < 2 || before < 0) return events
  // How often each row's label's first piece stands: a row labelled twice is left to the alignment to weigh (counted
  // only here, where labels trail the figures: most tables end in a figure).
  const firsts = new Map<number, number>()
  for (const e of events) if (e.type === 'label' && e.first) firsts.set(e.row, (firsts.get(e.row) ?? 0) + 1)
  if ([...late].some((r) => r <= before || firsts.get(r) !== 1)) return events
  if (table && labelAmong(tokens, table, events, events[j + 1]?.token ?? 0, lastFigure(tokens, events), before)) return events
  if (table && !countFits(tokens, table, events, j + 1, before)) return events
  return events.filter((e) => e.type !== 'label' || !late.has(e.row))
}

/** The token of the last figure among the events (not a blank line). */
function lastFigure(tokens: readonly Token[], events: readonly Event[]): number {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k] as Event
    if (e.type === 'value' && tokens[e.token]?.kind !== 'empty') return e.token
  }
  return -1
}

/** Each table's row labels and their variants, folded, with their rows, made once per isolate (they depend on the model alone). */
const LABELS = new WeakMap<TableModel, [string, number][]>()

/**
 * Whether a token between `from` and `to` that is no label of the alignment holds some row's label whole (of four
 * characters at least: `其他` is a heading too), out of its place: the figures between `from` and it are not exactly
 * the cells of the rows from `before` up to that row. Where they are, the label stands where the rows' fixed order and
 * counts put it, as a block of those rows reads (huaian-2024's `（七）总计` among its last rows' 49 figures).
 */
function labelAmong(tokens: readonly Token[], table: TableModel, events: readonly Event[], from: number, to: number, before: number): boolean {
  let labels = LABELS.get(table)
  if (!labels) {
    labels = table.rows.flatMap((row, r) => [row.label, ...row.variants].map((l) => [fold(l), r] as [string, number])).filter(([l]) => l.length >= 4)
    LABELS.set(table, labels)
  }
  const placed = new Set<number>()
  for (const e of events) if (e.type === 'label') placed.add(e.token)
  let figures = 0
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]
    if (t && t.kind !== 'text' && t.kind !== 'empty') figures++
    if (t?.kind !== 'text' || placed.has(i)) continue
    const row = labels.find(([l]) => t.folded.includes(l))?.[1]
    if (row === undefined) continue
    let cells = 0
    for (const r of table.rows.slice(before, row)) cells += r.columns.length
    if (row <= before || figures !== cells) return true
  }
  return false
}

/**
 * The figures after the label before them (event `at`, of row `before`) are exactly the cells of the rows from it on —
 * blank lines not counted: in reading order a blank line parts blocks as often as it is a blank cell, and counted as
 * cells they fit rows that have no figures there (20135: `行政强制` `` `0` `` `` for 强制, 收费 and 采购's seven cells).
 */
function countFits(tokens: readonly Token[], table: TableModel, events: readonly Event[], at: number, before: number): boolean {
  let figures = 0
  for (let k = at + 1; k < events.length; k++) {
    const e = events[k] as Event
    if (e.type === 'value' && tokens[e.token]?.kind !== 'empty') figures++
  }
  let cells = 0
  for (const row of table.rows.slice(before)) cells += row.columns.length
  return figures === cells
}
