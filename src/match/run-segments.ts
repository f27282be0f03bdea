import { isUnit } from '../normalize/numbers.ts'
import type { Token } from '../tokens/token.ts'
import { CUT } from './run-partition.ts'

/**
 * A counted run's span (counted-runs.ts) cut where the page's text breaks: at a page's edge (its footer and the next
 * page's header) and at a blank line, where pdftotext starts another block of the page. A viewer's blocks keep their
 * own text together but say nothing of their order across such a break — a page's right-hand columns stand past its
 * footer, out of the rows' order (seed 14457) — so each part is counted alone: the rows whose labels stand in it take
 * exactly its figures. A page's columns set apart leave the part of its rows short of figures and a part of figures
 * with no label; both leave the run unread.
 */
export interface Segment {
  /** Tokens strictly between `from` and `to`, as a run's span. */
  from: number
  to: number
  /** Its figures and blank marks, and figures cut at their separator (`21，`), in the text's order. */
  figures: number[]
  /** How many of those are cut at their separator. */
  cuts: number
}

/** A token that parts the span: a page's edge or a blank line. */
function parts(t: Token): boolean {
  return t.margin === true || t.kind === 'empty'
}

/**
 * The span's segments, in order, each non-empty of tokens; null where a token no count can weigh stands in it (a
 * glued run, a figure no reading trusts, a unit alone: a cell's wrapped end, which a viewer sets around its row's
 * lines in no kept order). With no break, one segment: the whole span.
 */
export function segmentsOf(tokens: readonly Token[], from: number, to: number): Segment[] | null {
  const out: Segment[] = []
  let open: Segment | null = null
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i] as Token
    if (parts(t)) {
      if (open) open.to = i
      open = null
      continue
    }
    if (t.kind === 'run' || (t.kind === 'bad' && !CUT.test(t.folded)) || (t.kind === 'text' && isUnit(t.folded))) return null
    if (!open) out.push((open = { from: i - 1, to, figures: [], cuts: 0 }))
    if (t.kind === 'number' || t.kind === 'mark') open.figures.push(i)
    else if (t.kind === 'bad') {
      open.figures.push(i)
      open.cuts++
    }
  }
  return out
}
