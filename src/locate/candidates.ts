import type { Token } from '../tokens/token.ts'
import type { ItemModel } from './items.ts'
import { keepShape } from '../keep-shape.ts'
import { LabelMemo } from './label-memo.ts'
import { DECOY, LabelIndex, type Entry, type Probe } from './likeness.ts'
import { twoLabels } from './two-labels.ts'
import { fold } from '../normalize/fold.ts'
import { numeralOf } from '../normalize/numbering.ts'

/**
 * Where each item might stand: a short text token, or two or three of them read as one (a label wrapped
 * over lines, with figures printed between its pieces), whose likeness to one of the item's labels passes
 * the threshold. Each is a candidate; the alignment (align.ts) chooses among them by order.
 */
export interface Candidate {
  /** First and last token of the span (both text tokens). */
  start: number
  end: number
  item: number
  score: number
}

/** Below this likeness a text is not taken for a label at all. */
export const MIN_LIKENESS = 0.6
/** A label cell is short; a longer text is prose that may mention a label, not the label. */
const MAX_LABEL = 60
/** Pieces one label may be wrapped into, and how many figures may stand between two of them. */
const MAX_PIECES = 3
const MAX_BETWEEN = 16
/** The longest piece of a wrapped label (a cell's line, or a PDF table's column width). */
const MAX_PIECE = 24
/** What each piece beyond the first takes from a wrapped label's likeness. */
const PIECE_COST = 0.01
/** Candidates kept per item (the best): a body of ten thousand 规章 must not cost ten thousand squared. */
const MAX_PER_ITEM = 48

export interface Candidates {
  candidates: Candidate[]
  /** Tokens a candidate covers, or that are the format's furniture (a header cell, a group label): 1, else 0. */
  explained: number[]
}

/** What a text's likeness to the labels gives, whatever span it stands for: per item its best score. */
interface Reading {
  /** It is like a furniture text (a header cell, a group label). */
  decoy: boolean
  items: { item: number; score: number }[]
}

/**
 * The state of one search. Its steps are methods, not closures made per call: V8 compiles them once per
 * isolate, where it compiled a closure's callers again in each conversion (their code held the closure).
 */
class Finder {
  // Marks by token in arrays, not typed arrays: a typed array past 64 bytes is allocated outside the heap (~0.5 µs).
  readonly explained: number[]
  /** Texts like the format's furniture only. */
  private readonly furniture: number[]
  /** Per item (by its number), its best candidates so far: cut back to MAX_PER_ITEM whenever twice as many have gathered. */
  readonly byItem: (Candidate[] | undefined)[] = []
  // A text is compared with the labels once however often it is printed (a blank mark, 其他, a repeated
  // header); the template's own texts once per isolate (label-memo.ts), the document's own here.
  private readonly probes: (Probe | undefined)[]
  private readonly byText = new Map<string, Probe>()
  private readonly joins = new Map<Probe, Map<Probe, Probe>>()
  private readonly readings = new Map<Probe, Reading>()

  constructor(
    private readonly tokens: readonly Token[],
    private readonly memo: LabelMemo<Reading>,
  ) {
    this.explained = new Array<number>(tokens.length).fill(0)
    this.furniture = new Array<number>(tokens.length).fill(0)
    this.probes = new Array<Probe | undefined>(tokens.length)
  }

  probeOf(i: number): Probe {
    let probe = this.probes[i]
    if (!probe) this.probes[i] = probe = this.memo.probe(labelPart(this.tokens[i]), this.byText)
    return probe
  }

  /** `a` is `last` alone or a join ending in it: the pair (a, b) fixes the seam (last's end, b's start). */
  joined(a: Probe, last: Probe, b: Probe): Probe {
    return this.memo.joined(a, last, b, this.joins)
  }

  /** Token `i` alone, where it is a short text: a label whole, the format's furniture, or maybe a wrapped label's start. */
  alone(i: number): void {
    if (!isLabelText(this.tokens[i])) return
    const top = this.offer(i, i, this.probeOf(i), 1)
    // Like the format's furniture and like no label: a group's label, a header cell.
    if (top === 0 && this.explained[i] === 1) this.furniture[i] = 1
  }

  /**
   * Token `i` and the next pieces of a wrapped label: text tokens after it, figures between them allowed. A text
   * that is a label nearly whole wraps too: LibreOffice sets `量` of `…申请数量` two lines under the rest, its
   * figures between; the join is taken only where it is likelier than the text alone (offer's PIECE_COST).
   */
  wrapped(i: number): void {
    const { tokens, furniture } = this
    // A wrapped label's pieces are a line's width: a longer text does not wrap into the next.
    if (!isLabelText(tokens[i]) || furniture[i] || (tokens[i]?.folded.length ?? 0) > MAX_PIECE || this.probeOf(i).ids.length === 0) return
    let probe = this.probeOf(i)
    let last = i
    for (let pieces = 1, j = i + 1; pieces < MAX_PIECES && j < tokens.length && j - last <= MAX_BETWEEN; j++) {
      const t = tokens[j]
      if (!t || t.kind !== 'text') continue
      // A group's label wrapped in its own column, left of this label's next piece on one line (`四、无 （2）没有现成信息需`
      // over `法提供 另行制作`): the text keeps the columns apart, so the piece after it may go on this label.
      if (furniture[j] && groupColumn(t, tokens[j + 1])) continue
      // A label does not wrap into a group's label or a header cell: those are the format's furniture. Nor into a
      // text that starts with its own numbering (`数量` then `二、上年结转…申请` `数量`: 二、 starts a label).
      if (!isLabelText(t) || furniture[j] || t.folded.length > MAX_PIECE || this.probeOf(j).numeral !== '') break
      probe = this.joined(probe, this.probeOf(last), this.probeOf(j))
      last = j
      pieces++
      this.offer(i, j, probe, pieces)
    }
  }

  /** Offers a span; returns how like its best label it is (0 for furniture). */
  offer(start: number, end: number, probe: Probe, pieces: number): number {
    const { decoy, items } = this.memo.reading(probe, this.readings)
    if (decoy && pieces === 1) this.explained[start] = 1
    if (items.length > 0) this.explained.fill(1, start, end + 1)
    let top = 0
    for (const { item, score: likeness } of items) {
      // Of two readings as likely, the one of fewer pieces: a wrapped label is the exception, not the rule.
      const score = likeness - PIECE_COST * (pieces - 1)
      if (score > top) top = score
      let list = this.byItem[item]
      if (!list) this.byItem[item] = list = []
      list.push({ start, end, item, score })
      if (list.length >= 2 * MAX_PER_ITEM) this.byItem[item] = best(list)
    }
    return top
  }
}

/** What a text reads as: whether it is like a furniture text, and per item its best likeness. Pure, so kept. */
function readingOf(index: LabelIndex, probe: Probe): Reading {
  const held: Entry[] = []
  const matches = index.match(probe, MIN_LIKENESS, held)
  const decoys = matches.filter((m) => m.entry.owner === DECOY)
  const reading: Reading = { decoy: decoys.length > 0, items: [] }
  for (const match of matches) {
    const { entry } = match
    // A text more like a furniture text that holds this label (`（六）其他处理` holds 3.其他) is that text.
    if (entry.owner === DECOY || decoys.some((d) => d.score > match.score && d.entry.text.includes(entry.text))) continue
    // One per item: the best of its labels (the first of equals).
    const had = reading.items.find((c) => c.item === entry.owner)
    if (!had) reading.items.push({ item: entry.owner, score: match.score })
    else if (had.score < match.score) had.score = match.score
  }
  // Two rows' labels side by side: read as both alike, so that neither is placed (two-labels.ts).
  const two = reading.items.length > 0 ? twoLabels(probe, held) : null
  if (two) {
    const score = Math.max(...reading.items.map((c) => c.score))
    reading.items = reading.items.filter((c) => c.item !== two[0].owner && c.item !== two[1].owner)
    reading.items.push({ item: two[0].owner, score }, { item: two[1].owner, score })
  }
  return reading
}

/** One memo per label index (one per format version), for the isolate's lifetime. */
const MEMOS = new Map<LabelIndex, LabelMemo<Reading>>()

export function memoOf(index: LabelIndex): LabelMemo<Reading> {
  let memo = MEMOS.get(index)
  if (!memo) MEMOS.set(index, (memo = new LabelMemo(index, readingOf)))
  return memo
}

// Made per search: kept so that V8 keeps its shape and the code compiled for it (src/keep-shape.ts).
keepShape(new Finder([], new LabelMemo(new LabelIndex(), readingOf)))

function best(list: Candidate[]): Candidate[] {
  return list.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_PER_ITEM)
}

/**
 * Where the text keeps columns, a group's label and a row's label share a line, one space apart where their columns
 * touch (`(六)其他处 1．申请人无正当理`): the row's label is the numbered text after the space, and is read alone.
 */
function labelPart(t: Token | undefined): string {
  if (!t) return ''
  const k = t.col === undefined ? -1 : t.text.lastIndexOf(' ')
  if (k <= 0) return t.folded
  const rest = t.folded.slice(fold(t.text.slice(0, k)).length)
  return numeralOf(rest) !== '' && rest.length < t.folded.length ? rest : t.folded
}

/** A text set left of the next text on its line, where the text keeps columns: the two stand in columns of their own. */
function groupColumn(t: Token, next: Token | undefined): boolean {
  return t.col !== undefined && next !== undefined && next.kind === 'text' && next.line === t.line && (next.col ?? 0) > (t.colEnd ?? t.col)
}

function isLabelText(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'text' && t.folded.length > 0 && t.folded.length <= MAX_LABEL
}

/**
 * Candidates in document order: by start, then end, then item. No two share all three (a span is offered once,
 * each item once in its reading), so any sort gives this one order; a count by start, then a few moves each.
 */
function inOrder(list: readonly Candidate[], tokens: number): Candidate[] {
  // Where each start's block begins, then each candidate moved into its block past the ones it follows.
  const begin = new Array<number>(tokens + 1).fill(0)
  for (const c of list) begin[c.start + 1] = (begin[c.start + 1] as number) + 1
  for (let i = 1; i <= tokens; i++) begin[i] = (begin[i] as number) + (begin[i - 1] as number)
  const next = begin.slice()
  const out = new Array<Candidate>(list.length)
  for (const c of list) {
    const first = begin[c.start] as number
    let k = next[c.start] as number
    next[c.start] = k + 1
    for (; k > first && follows(out[k - 1] as Candidate, c); k--) out[k] = out[k - 1] as Candidate
    out[k] = c
  }
  return out
}

/** `a` comes after `b` of the same start. */
const follows = (a: Candidate, b: Candidate) => a.end > b.end || (a.end === b.end && a.item > b.item)

export function findCandidates(tokens: readonly Token[], model: ItemModel): Candidates {
  const finder = new Finder(tokens, memoOf(model.index))
  // Each short text alone first (furniture is known before any label wraps into it), then the wrapped ones.
  // The work per token is a method: this loop stays small for the engine to compile (src/keep-shape.ts).
  for (let i = 0; i < tokens.length; i++) finder.alone(i)
  for (let i = 0; i < tokens.length; i++) finder.wrapped(i)
  const out: Candidate[] = []
  // An item's list is cut to its best only where it holds more: the order is the document's in the end anyway.
  for (const list of finder.byItem) if (list) for (const c of list.length > MAX_PER_ITEM ? best(list) : list) out.push(c)
  return { candidates: inOrder(out, tokens.length), explained: finder.explained }
}
