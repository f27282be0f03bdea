import type { Token } from '../tokens/token.ts'
import type { ItemModel } from './items.ts'
import { DECOY, type Probe } from './likeness.ts'

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

/** A text this like a label is that label whole: it starts no wrapped one. */
const WHOLE = 0.95

export interface Candidates {
  candidates: Candidate[]
  /** Tokens a candidate covers, or that are the format's furniture (a header cell, a group label). */
  explained: Uint8Array
}

type Match = ReturnType<ItemModel['index']['match']>[number]

export function findCandidates(tokens: readonly Token[], model: ItemModel): Candidates {
  const { index } = model
  const explained = new Uint8Array(tokens.length)
  // A text is compared with the labels once however often it is printed (a blank mark, 其他, a repeated
  // header), and two texts read as one once per pair: the probes, their joins and their matches are kept.
  const byText = new Map<string, Probe>()
  const probes: (Probe | undefined)[] = []
  const probeOf = (i: number) => {
    let probe = probes[i]
    if (probe) return probe
    const folded = tokens[i]?.folded ?? ''
    probe = byText.get(folded)
    if (!probe) byText.set(folded, (probe = index.probe(folded)))
    return (probes[i] = probe)
  }
  const joins = new Map<Probe, Map<Probe, Probe>>()
  const joined = (a: Probe, last: Probe, b: Probe) => {
    // `a` is `last` alone or a join ending in it: the pair (a, b) fixes the seam (last's end, b's start).
    let next = joins.get(a)
    if (!next) joins.set(a, (next = new Map()))
    let probe = next.get(b)
    if (!probe) next.set(b, (probe = index.join(a, b, index.seam(last, b))))
    return probe
  }
  const matched = new Map<Probe, Match[]>()
  const matchesOf = (probe: Probe) => {
    let matches = matched.get(probe)
    if (!matches) matched.set(probe, (matches = index.match(probe, MIN_LIKENESS)))
    return matches
  }
  const isLabelText = (t: Token | undefined) => t !== undefined && t.kind === 'text' && t.folded.length > 0 && t.folded.length <= MAX_LABEL
  // Per item, its best candidates so far: cut back to MAX_PER_ITEM whenever twice as many have gathered.
  const byItem = new Map<number, Candidate[]>()
  const keep = (list: Candidate[]) => list.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_PER_ITEM)
  /** Offers a span; returns how like its best label it is (0 for furniture). */
  const offer = (start: number, end: number, probe: Probe, pieces: number): number => {
    const matches = matchesOf(probe)
    const decoys = matches.filter((m) => m.entry.owner === DECOY)
    if (decoys.length > 0 && pieces === 1) explained[start] = 1
    let top = 0
    // One candidate per item of this span: the best of its labels (the first of equals).
    const mine: Candidate[] = []
    for (const match of matches) {
      const { entry } = match
      // A text more like a furniture text that holds this label (`（六）其他处理` holds 3.其他) is that text.
      if (entry.owner === DECOY || decoys.some((d) => d.score > match.score && d.entry.text.includes(entry.text))) continue
      // Of two readings as likely, the one of fewer pieces: a wrapped label is the exception, not the rule.
      const score = match.score - PIECE_COST * (pieces - 1)
      const had = mine.find((c) => c.item === entry.owner)
      if (!had) mine.push({ start, end, item: entry.owner, score })
      else if (had.score < score) had.score = score
      if (score > top) top = score
    }
    if (mine.length > 0) explained.fill(1, start, end + 1)
    for (const c of mine) {
      let list = byItem.get(c.item)
      if (!list) byItem.set(c.item, (list = []))
      list.push(c)
      if (list.length >= 2 * MAX_PER_ITEM) byItem.set(c.item, keep(list))
    }
    return top
  }
  // Each short text alone first: a text that is a label whole starts no wrapped one.
  const whole = new Uint8Array(tokens.length)
  const furniture = new Uint8Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    if (!isLabelText(tokens[i])) continue
    const top = offer(i, i, probeOf(i), 1)
    if (top >= WHOLE) whole[i] = 1
    // Like the format's furniture and like no label: a group's label, a header cell.
    else if (top === 0 && explained[i] === 1) furniture[i] = 1
  }
  for (let i = 0; i < tokens.length; i++) {
    // A wrapped label's pieces are a line's width: a longer text does not wrap into the next.
    if (!isLabelText(tokens[i]) || whole[i] || furniture[i] || (tokens[i]?.folded.length ?? 0) > MAX_PIECE || probeOf(i).ids.length === 0) continue
    // The next pieces of a wrapped label: text tokens after this one, figures between them allowed.
    let probe = probeOf(i)
    let last = i
    for (let pieces = 1, j = i + 1; pieces < MAX_PIECES && j < tokens.length && j - last <= MAX_BETWEEN; j++) {
      const t = tokens[j]
      if (!t || t.kind !== 'text') continue
      // A label does not wrap into a group's label or a header cell: those are the format's furniture.
      if (!isLabelText(t) || furniture[j] || t.folded.length > MAX_PIECE) break
      probe = joined(probe, probeOf(last), probeOf(j))
      last = j
      pieces++
      offer(i, j, probe, pieces)
    }
  }
  const out: Candidate[] = []
  for (const list of byItem.values()) out.push(...keep(list))
  return { candidates: out.sort((a, b) => a.start - b.start || a.end - b.end || a.item - b.item), explained }
}
