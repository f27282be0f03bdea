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
 * (labels first, figures after its region: a narrow print) keeps its labels.
 */
export function dropLateLabels(tokens: readonly Token[], events: Event[]): Event[] {
  // How often each row's label's first piece stands: a row labelled twice is left to the alignment to weigh.
  const firsts = new Map<number, number>()
  for (const e of events) if (e.type === 'label' && e.first) firsts.set(e.row, (firsts.get(e.row) ?? 0) + 1)
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
  if (trailing < 2 || before < 0 || [...late].some((r) => r <= before || firsts.get(r) !== 1)) return events
  return events.filter((e) => e.type !== 'label' || !late.has(e.row))
}
