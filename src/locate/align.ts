import { keepShape } from '../keep-shape.ts'
import type { Token } from '../tokens/token.ts'
import type { Candidate } from './candidates.ts'
import type { Item } from './items.ts'

/**
 * The items of the format (headings, row labels) against the document's candidates: the chain of
 * candidates, in the items' order and the document's order, with the greatest total likeness. Inside a
 * table, text that explains nothing between two rows costs a little, so a table's rows are found together,
 * not scattered over the page. One pass over the candidates in document order, each looking back over
 * the items (never over all earlier candidates): linear in the candidates.
 *
 * Then each chosen candidate is tested for a rival — another text for the same item, or another item for
 * the same text, as likely and as well placed: where two readings remain, the item is left unplaced.
 */

/** A text this short (a numbering, one stacked character) explains itself. */
const SELF_EXPLAINED = 4
/** What an unexplained text between two rows of one table costs. */
const GAP = 0.04
/** Two likenesses this close are the same. */
const TIE = 1e-6

export interface Placed {
  item: number
  start: number
  end: number
  score: number
}

export interface Alignment {
  placed: Placed[]
  /** Items whose place two candidates dispute. */
  disputed: Set<number>
  total: number
}

/**
 * The state of one alignment: per candidate the best chain ending in it, and per item the best closed chain
 * ending in it, plain and with the gap potential added. Its steps are functions called per candidate: the
 * loops that call them stay small for the engine to compile (src/keep-shape.ts). Arrays, not typed arrays: a
 * typed array of a few hundred bytes is allocated outside the heap, and six of them cost more than the alignment.
 */
interface Chains {
  items: readonly Item[]
  /** Per item, its table as a number (-1: none), so that the look back compares numbers, not each item's fields. */
  tableOf: Int32Array
  candidates: readonly Candidate[]
  /** Unexplained texts before each token, for the gap cost. */
  unexplained: readonly number[]
  best: number[]
  from: number[]
  plain: number[]
  potential: number[]
  plainAt: number[]
  potentialAt: number[]
}

/** Per list of items (a format version's), each item's table as a number: made once per isolate. */
const TABLE_OF = new WeakMap<readonly Item[], Int32Array>()

function tableOf(items: readonly Item[]): Int32Array {
  let out = TABLE_OF.get(items)
  if (out) return out
  const tables = new Map<string, number>()
  out = new Int32Array(items.length).fill(-1)
  for (const [m, item] of items.entries()) {
    if (item.table === null) continue
    let id = tables.get(item.table)
    if (id === undefined) tables.set(item.table, (id = tables.size))
    out[m] = id
  }
  TABLE_OF.set(items, out)
  return out
}

function chainsOf(items: readonly Item[], candidates: readonly Candidate[], unexplained: readonly number[]): Chains {
  const M = items.length
  const n = candidates.length
  return {
    items,
    tableOf: tableOf(items),
    candidates,
    unexplained,
    best: new Array<number>(n).fill(0),
    from: new Array<number>(n).fill(-1),
    plain: new Array<number>(M).fill(-Infinity),
    potential: new Array<number>(M).fill(-Infinity),
    plainAt: new Array<number>(M).fill(-1),
    potentialAt: new Array<number>(M).fill(-1),
  }
}

// Made per alignment: kept so that V8 keeps its shape and the code compiled for it (src/keep-shape.ts).
keepShape(chainsOf([], [], [0]))

/** Candidate `d`'s chain is closed (a later candidate starts after it): it may now precede others. */
function close(s: Chains, d: number): void {
  const done = s.candidates[d] as Candidate
  const best = s.best[d] as number
  if (best > (s.plain[done.item] as number)) {
    s.plain[done.item] = best
    s.plainAt[done.item] = d
  }
  const withGap = best + GAP * (s.unexplained[done.end + 1] as number)
  if (withGap > (s.potential[done.item] as number)) {
    s.potential[done.item] = withGap
    s.potentialAt[done.item] = d
  }
}

/** The best chain ending in candidate `c`: its score after the best closed chain of an earlier item. */
function extend(s: Chains, c: number): void {
  const cand = s.candidates[c] as Candidate
  const item = s.items[cand.item] as Item
  const gap = GAP * (s.unexplained[cand.start] as number)
  // The earlier items of its own table (a heading has none): -2 matches no item.
  const table = item.kind === 'section' ? -2 : (s.tableOf[cand.item] as number)
  let value = 0
  let prev = -1
  for (let m = 0; m < cand.item; m++) {
    const sameTable = table >= 0 && s.tableOf[m] === table
    const v = sameTable ? (s.potential[m] as number) - gap : (s.plain[m] as number)
    if (v > value) {
      value = v
      prev = sameTable ? (s.potentialAt[m] as number) : (s.plainAt[m] as number)
    }
  }
  s.best[c] = cand.score + value
  s.from[c] = prev
}

export function align(tokens: readonly Token[], items: readonly Item[], candidates: readonly Candidate[], explained: readonly number[]): Alignment {
  const unexplained = new Array<number>(tokens.length + 1)
  unexplained[0] = 0
  // `explained`: the texts a candidate covers, and the format's furniture; a short text explains itself.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    unexplained[i + 1] = (unexplained[i] as number) + (t.kind === 'text' && explained[i] !== 1 && t.folded.length > SELF_EXPLAINED ? 1 : 0)
  }
  const n = candidates.length
  const s = chainsOf(items, candidates, unexplained)
  const byEnd = byEndOf(candidates, tokens.length)
  let closed = 0
  for (let c = 0; c < n; c++) {
    const start = (candidates[c] as Candidate).start
    while (closed < byEnd.length && (candidates[byEnd[closed] as number] as Candidate).end < start) close(s, byEnd[closed++] as number)
    extend(s, c)
  }
  const { best, from } = s
  let top = -1
  for (let c = 0; c < n; c++) if (top === -1 || best[c]! > best[top]!) top = c
  const placed: Placed[] = []
  for (let c = top; c !== -1; c = from[c]!) {
    const cand = candidates[c] as Candidate
    placed.push({ item: cand.item, start: cand.start, end: cand.end, score: cand.score })
  }
  placed.reverse()
  return { placed, disputed: disputes(tokens, placed, candidates), total: top === -1 ? 0 : best[top]! }
}

/** The candidates' indices by end, those of one end in their own order (a stable sort's): a count by end. */
function byEndOf(candidates: readonly Candidate[], tokens: number): number[] {
  const next = new Array<number>(tokens + 1).fill(0)
  for (const c of candidates) next[c.end + 1] = (next[c.end + 1] as number) + 1
  for (let i = 1; i <= tokens; i++) next[i] = (next[i] as number) + (next[i - 1] as number)
  const out = new Array<number>(candidates.length)
  for (let c = 0; c < candidates.length; c++) {
    const end = (candidates[c] as Candidate).end
    out[next[end] as number] = c
    next[end] = (next[end] as number) + 1
  }
  return out
}

/** Per token, where its run of copies starts (tokens with the same text, nothing between them): one pass. */
function runStarts(tokens: readonly Token[]): Int32Array {
  const starts = new Int32Array(tokens.length)
  for (let i = 1; i < tokens.length; i++) starts[i] = tokens[i]?.folded === tokens[i - 1]?.folded ? (starts[i - 1] as number) : i
  return starts
}

/**
 * A placed item is disputed when a rival would fit the same place in the chain as well: the same item
 * on another text between its neighbours, or another unplaced item, in order, on the same text.
 */
function disputes(tokens: readonly Token[], placed: readonly Placed[], candidates: readonly Candidate[]): Set<number> {
  // The same text again on the same line, or again and again with nothing between (one cell a line), is one
  // label written out over the columns it spans (a flat grid): whichever copy is placed, the table is the same.
  // The runs only where a rival asks (rarely): a pass over every token's text otherwise spent for nothing.
  let runs: Int32Array | null = null
  const sameRun = (a: number, b: number) => (runs ??= runStarts(tokens))[a] === runs[b]
  const repeat = (c: Candidate, p: Placed) => c.start === c.end && p.start === p.end && tokens[c.start]?.folded === tokens[p.start]?.folded && (tokens[c.start]?.line === tokens[p.start]?.line || sameRun(c.start, p.start))
  const disputed = new Set<number>()
  // Marks by item number, not a Set: read once per rival.
  const placedItems = new Uint8Array(placed.reduce((top, p) => Math.max(top, p.item + 1), 0))
  for (const p of placed) placedItems[p.item] = 1
  placed.forEach((p, k) => {
    const before = placed[k - 1]
    const after = placed[k + 1]
    const lo = before ? before.end : -1
    const hi = after ? after.start : Infinity
    // Only the candidates between the neighbours: they are in order of start (candidates.ts), and none that
    // starts at `hi` or later ends before it.
    for (let at = firstAfter(candidates, lo); at < candidates.length; at++) {
      const c = candidates[at] as Candidate
      if (c.start >= hi) break
      if (c.end >= hi || Math.abs(c.score - p.score) > TIE) continue
      const sameItemElsewhere = c.item === p.item && (c.start !== p.start || c.end !== p.end) && (c.end < p.start || c.start > p.end) && !repeat(c, p)
      const otherItemHere = c.item !== p.item && placedItems[c.item] !== 1 && c.start === p.start && c.end === p.end && (before?.item ?? -1) < c.item && c.item < (after?.item ?? Infinity)
      if (sameItemElsewhere || otherItemHere) disputed.add(p.item)
    }
  })
  return disputed
}

/** The first candidate that starts after token `lo` (candidates in order of start): a halving search. */
function firstAfter(candidates: readonly Candidate[], lo: number): number {
  let a = 0
  let b = candidates.length
  while (a < b) {
    const m = (a + b) >> 1
    if ((candidates[m] as Candidate).start <= lo) a = m + 1
    else b = m
  }
  return a
}
