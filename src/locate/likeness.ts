import { fold } from '../normalize/fold.ts'

/**
 * How much a printed text looks like a label: the F-measure of the character pairs (bigrams) they share.
 * A character dropped, added or swapped costs one or two pairs; spaces inside a label cost nothing (the
 * text is folded first); the numbering before a label (`（一）`, `1.`, `一、`) is left out of the pairs and
 * compared on its own. Pairs that belong to the format's other printed texts (group labels, headers) do not
 * count against a text: `三、本年度办理结果（一）予以公开` is the row 予以公开 beside its group's label.
 */

/** Leading numbering, in every form reports print it: （一） (1) 一、 1. 1． 1、 七、 — repeated (`三、（一）`). */
const NUMBERING = /^(?:[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]\s*[、.．,，]?|(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．,，]|\d{1,2}(?=[\u3400-\u9fff]))+/

/** The numeral of a numbering, as one form (`（一）` → 一, `1.` → 1), or '' when there is none. */
export function numeralOf(folded: string): string {
  const m = NUMBERING.exec(folded)
  if (!m) return ''
  const inner = /([一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）、.．,，]?\s*$/.exec(m[0])
  return inner?.[1] ?? ''
}

/** The text without its numbering, folded: what the bigrams are taken of. */
export function core(folded: string): string {
  return folded.replace(NUMBERING, '')
}

export type Bigrams = Map<number, number>

function key(a: number, b: number): number {
  return a * 65536 + b
}

export function bigramsOf(text: string): Bigrams {
  const out: Bigrams = new Map()
  for (let i = 0; i + 1 < text.length; i++) {
    const k = key(text.charCodeAt(i), text.charCodeAt(i + 1))
    out.set(k, (out.get(k) ?? 0) + 1)
  }
  return out
}

/** A label as the index keeps it. */
export interface Entry {
  id: number
  /** What the label stands for (a row, a section), to the caller. */
  owner: number
  numeral: string
  bigrams: Bigrams
  size: number
}

/** A text to be compared: its bigrams, their count, and its numbering. */
export interface Probe {
  bigrams: Bigrams
  size: number
  numeral: string
}

/**
 * Labels indexed by their bigrams: looking up a text touches only the labels it shares a pair with, so a
 * report's few hundred short cells are compared with a hundred labels in microseconds.
 */
export class LabelIndex {
  private readonly entries: Entry[] = []
  private readonly postings = new Map<number, number[]>()
  private readonly furniture = new Set<number>()

  add(owner: number, label: string, numbering = ''): void {
    // A note in brackets (部分公开（区分处理的，只计这一情形，不计其他情形）) is often left out: both forms count.
    const short = label.replace(/[（(][^（）()]{4,}[）)]/g, '')
    if (short !== label && short.length >= 2) this.addOne(owner, short, numbering)
    this.addOne(owner, label, numbering)
  }

  private addOne(owner: number, label: string, numbering: string): void {
    const text = core(fold(label))
    const bigrams = bigramsOf(text)
    const entry: Entry = { id: this.entries.length, owner, numeral: numeralOf(fold(numbering)), bigrams, size: Math.max(1, text.length - 1) }
    this.entries.push(entry)
    for (const k of bigrams.keys()) {
      const list = this.postings.get(k) ?? []
      list.push(entry.id)
      this.postings.set(k, list)
    }
  }

  /**
   * Texts the format prints that are not these labels (group labels, header cells): their pairs are
   * furniture, and the texts themselves decoys (owner -1) — `（六）其他处理` is the group's label, not the
   * row `3.其他` whose label it happens to contain.
   */
  addFurniture(text: string): void {
    for (const k of bigramsOf(core(fold(text))).keys()) this.furniture.add(k)
    this.add(DECOY, text, fold(text))
  }

  /** The share of a probe's pairs that are the format's furniture (a header cell, a group label). */
  furnitureShare(probe: Probe): number {
    if (probe.size === 0) return 0
    let n = 0
    for (const [k, count] of probe.bigrams) if (this.furniture.has(k)) n += count
    return n / probe.size
  }

  entry(id: number): Entry {
    return this.entries[id] as Entry
  }

  probe(folded: string): Probe {
    const text = core(folded)
    return { bigrams: bigramsOf(text), size: Math.max(0, text.length - 1), numeral: numeralOf(folded) }
  }

  /** Two probes read as one text (a label wrapped over lines): their pairs, and the pair across the seam. */
  join(a: Probe, b: Probe, seam: number): Probe {
    const bigrams: Bigrams = new Map(a.bigrams)
    for (const [k, n] of b.bigrams) bigrams.set(k, (bigrams.get(k) ?? 0) + n)
    if (seam >= 0) bigrams.set(seam, (bigrams.get(seam) ?? 0) + 1)
    return { bigrams, size: a.size + b.size + (seam >= 0 ? 1 : 0), numeral: a.numeral || b.numeral }
  }

  /** The pair across the seam of two texts (last character of one, first of the other), or -1. */
  seam(a: string, b: string): number {
    const left = core(a)
    const right = core(b)
    if (left.length === 0 || right.length === 0) return -1
    return key(left.charCodeAt(left.length - 1), right.charCodeAt(0))
  }

  /** The labels a probe shares pairs with, each with its likeness in (0, 1]. */
  match(probe: Probe, minimum: number): { entry: Entry; score: number }[] {
    const common = new Map<number, number>()
    for (const [k, n] of probe.bigrams) {
      const list = this.postings.get(k)
      if (!list) continue
      for (const id of list) {
        const inLabel = this.entries[id]?.bigrams.get(k) ?? 0
        common.set(id, (common.get(id) ?? 0) + Math.min(n, inLabel))
      }
    }
    const out: { entry: Entry; score: number }[] = []
    for (const [id, shared] of common) {
      const entry = this.entries[id] as Entry
      // Pairs of the probe that are neither the label's nor the format's furniture count against it.
      let extra = 0
      for (const [k, n] of probe.bigrams) {
        const over = n - (entry.bigrams.get(k) ?? 0)
        if (over > 0 && !this.furniture.has(k)) extra += over
      }
      const score = likeness(probe, entry, shared, extra)
      if (score >= minimum) out.push({ entry, score })
    }
    return out
  }
}

/** F-measure of shared pairs; a matching numeral adds a little, a different one takes a little away. */
function likeness(probe: Probe, entry: Entry, shared: number, extra: number): number {
  const recall = shared / entry.size
  const precision = shared / (shared + extra)
  let score = shared === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  if (entry.numeral && probe.numeral) score += entry.numeral === probe.numeral ? NUMERAL_BONUS : -NUMERAL_BONUS
  return Math.min(1 + NUMERAL_BONUS, score)
}

/** The owner of a furniture text in the index: a text that best matches one is not a label. */
export const DECOY = -1

/** What a matching numbering is worth: enough to tell 3.其他 from the header 其他, never enough alone. */
export const NUMERAL_BONUS = 0.1
