import { fold } from '../normalize/fold.ts'
import { core, numeralOf, splitNumbering } from '../normalize/numbering.ts'
import { PairTable } from './pair-table.ts'
import { CHARACTER_WEIGHT, ceiling, characterBound, characterLikeness, countCharacters, likeness, NUMERAL_BONUS, SHORT_LABEL, VARIANT_WEIGHT, type Entry, type Probe } from './likeness-score.ts'

export type { Entry, Probe } from './likeness-score.ts'

/**
 * How much a printed text looks like a label: the F-measure of the character pairs (bigrams) they share.
 * A character dropped, added or swapped costs one or two pairs; spaces inside a label cost nothing (the
 * text is folded first); the numbering before a label (`（一）`, `1.`, `一、`) is left out of the pairs and
 * compared on its own. Pairs that belong to the format's other printed texts (group labels, headers) do not
 * count against a text: `三、本年度办理结果（一）予以公开` is the row 予以公开 beside its group's label.
 */

function key(a: number, b: number): number {
  return a * 65536 + b
}

/**
 * The pairs of a text, with its first and last character paired with the text's edges (`^总`, `况$`): a short
 * label keeps a pair or two when one of its characters is dropped or added (总体情况 → 总情况).
 */
const START = 0xfffe
const END = 0xffff

const isEnd = (k: number) => k % 65536 === END
const isStart = (k: number) => Math.floor(k / 65536) === START

function pairsOf(text: string): number[] {
  if (text.length === 0) return []
  const keys = [key(START, text.charCodeAt(0))]
  for (let i = 0; i + 1 < text.length; i++) keys.push(key(text.charCodeAt(i), text.charCodeAt(i + 1)))
  keys.push(key(text.charCodeAt(text.length - 1), END))
  return keys
}

/**
 * Labels indexed by their bigrams: looking up a text touches only the labels it shares a pair with, in
 * arrays reused from one lookup to the next, so a report's few hundred short cells are compared with a
 * few hundred labels in well under a millisecond.
 */
export class LabelIndex {
  private readonly entries: Entry[] = []
  /**
   * Per entry, what `match` weighs every label it touches by, in arrays of numbers: its pairs, whether it is a label
   * (not furniture), and for a label short enough to be compared character by character its length (else 0). Most
   * labels touched are bounded away by these alone, and their Entry objects are not read.
   */
  private readonly sizes: number[] = []
  private readonly isLabel: boolean[] = []
  private readonly shortLength: number[] = []
  /** The texts indexed (folded, without numbering): the template's own words. */
  private readonly texts = new Set<string>()
  /** Pair → its number; per number, the labels holding it (label id, count), and whether it is furniture. */
  private readonly pairs = new Map<number, number>()
  /** The same, looked up without boxing a key (pair-table.ts): probing a text looks up each of its pairs. */
  private readonly pairIds = new PairTable()
  private readonly postings: number[][] = []
  private readonly isFurniture: boolean[] = []
  /** The characters of the labels short enough to be compared character by character (a bit each), for `ceiling`. */
  private readonly shortCharacters = new Uint32Array(0x10000 / 32)
  /** Scratch for `match`: per label, the pairs a probe shares with it and of them not furniture (zero between calls); the labels touched. */
  private shared = new Int32Array(0)
  private sharedPlain = new Int32Array(0)
  private touched = new Int32Array(0)

  private pairId(k: number): number {
    let id = this.pairs.get(k)
    if (id === undefined) {
      id = this.postings.length
      this.pairs.set(k, id)
      this.pairIds.add(k, id)
      this.postings.push([])
      this.isFurniture.push(false)
    }
    return id
  }

  /**
   * `variant`: another wording than the format's own, a little less likely — so that a label wrapped over two
   * lines (`行政` / `规范性文件`) is read whole rather than as the shorter wording its second piece happens to be.
   */
  add(owner: number, label: string, numbering = '', variant = false): void {
    // A note in brackets (部分公开（区分处理的，只计这一情形，不计其他情形）) is often left out: both forms count.
    const short = label.replace(/[（(][^（）()]{4,}[）)]/g, '')
    if (short !== label && short.length >= 2) this.addOne(owner, short, numbering, true)
    this.addOne(owner, label, numbering, variant)
  }

  private addOne(owner: number, label: string, numbering: string, variant: boolean): void {
    const text = core(fold(label))
    const pairs = pairsOf(text)
    const entry: Entry = { id: this.entries.length, owner, text, numeral: numeralOf(fold(numbering)), size: Math.max(1, pairs.length), weight: variant ? VARIANT_WEIGHT : 1 }
    this.entries.push(entry)
    this.sizes.push(entry.size)
    this.isLabel.push(owner !== DECOY)
    this.shortLength.push(text.length <= SHORT_LABEL ? text.length : 0)
    this.texts.add(text)
    if (text.length <= SHORT_LABEL) for (let i = 0; i < text.length; i++) setBit(this.shortCharacters, text.charCodeAt(i))
    const counts = new Map<number, number>()
    for (const k of pairs) {
      const id = this.pairId(k)
      counts.set(id, (counts.get(id) ?? 0) + 1)
    }
    for (const [id, n] of counts) this.postings[id]?.push(entry.id, n)
  }

  /**
   * Texts the format prints that are not these labels (group labels, header cells): their pairs are
   * furniture, and the texts themselves decoys (owner -1) — `（六）其他处理` is the group's label, not the
   * row `3.其他` whose label it happens to contain.
   */
  addFurniture(text: string): void {
    for (const k of pairsOf(core(fold(text)))) if (k % 65536 !== END && Math.floor(k / 65536) !== START) this.isFurniture[this.pairId(k)] = true
    this.add(DECOY, text, fold(text))
  }

  /**
   * Whether a probe's text (folded, without numbering) is one the index holds: the template's own words, or none (a
   * numbering alone, `（3）` cut from its label: no document's words, and read as nothing whatever its numeral).
   */
  holds(probe: Probe): boolean {
    return probe.text === '' || this.texts.has(probe.text)
  }

  /** The share of a probe's pairs that are the format's furniture (a header cell, a group label). */
  furnitureShare(probe: Probe): number {
    const inner = probe.size - 2
    return inner <= 0 ? 0 : probe.furniture / inner
  }

  entry(id: number): Entry {
    return this.entries[id] as Entry
  }

  private stamp = new Int32Array(0)
  private slot = new Int32Array(0)
  private made = 0

  /** A new probe's number for the stamps (sized to the pairs known). */
  private nextStamp(): number {
    if (this.stamp.length < this.postings.length) {
      this.stamp = new Int32Array(this.postings.length)
      this.slot = new Int32Array(this.postings.length)
    }
    // 0 is never a stamp (the arrays start zeroed); after 2^31 probes the stamps start again from clean.
    if (this.made === 0x7fffffff) {
      this.stamp.fill(0)
      this.made = 0
    }
    return ++this.made
  }

  /** Known pair `id`, `n` times more, into `probe` (stamped `made`). */
  private addPair(probe: Probe, id: number, n: number, made: number): void {
    if (this.isFurniture[id]) probe.furniture += n
    else probe.plain += n
    // Where this probe holds the pair already: a slot per pair stamped with the probe's number, not a
    // search of the probe's own list (a long text has dozens of pairs).
    if (this.stamp[id] !== made) {
      this.stamp[id] = made
      this.slot[id] = probe.ids.length
      probe.ids.push(id)
      probe.counts.push(n)
    } else {
      const at = this.slot[id] as number
      probe.counts[at] = (probe.counts[at] ?? 0) + n
    }
  }

  probe(folded: string): Probe {
    const { text, numeral } = splitNumbering(folded)
    const made = this.nextStamp()
    // pairsOf's pairs, each looked up where it is formed: every text a report prints is probed, and no list is built.
    const size = text.length === 0 ? 0 : text.length + 1
    const probe: Probe = { ids: [], counts: [], unknownKeys: [], unknown: 0, plain: 0, furniture: 0, size, numeral, text }
    for (let n = 0; n < size; n++) {
      const k = key(n === 0 ? START : text.charCodeAt(n - 1), n === text.length ? END : text.charCodeAt(n))
      const id = this.pairIds.get(k)
      if (id < 0) probe.unknownKeys.push(k)
      else this.addPair(probe, id, 1, made)
    }
    probe.unknown = probe.unknownKeys.length
    return probe
  }

  /**
   * Two probes read as one text (a label wrapped over lines): their pairs, and the pair across the seam — the probe
   * `probe` would give for the pairs of both in that order, made from their pair numbers without looking each up again.
   */
  join(a: Probe, b: Probe, seam: number): Probe {
    // The seam replaces the first text's end and the second's start. Loops, not closures and filtered copies:
    // every short text is joined with the next two (a wrapped label's pieces).
    const made = this.nextStamp()
    const probe: Probe = { ids: [], counts: [], unknownKeys: [], unknown: 0, plain: 0, furniture: 0, size: 0, numeral: a.numeral || b.numeral, text: a.text + b.text }
    this.addPairs(probe, a, false, made)
    this.addPairs(probe, b, true, made)
    for (let k = 0; k < a.unknownKeys.length; k++) if (!isEnd(a.unknownKeys[k] as number)) probe.unknownKeys.push(a.unknownKeys[k] as number)
    for (let k = 0; k < b.unknownKeys.length; k++) if (!isStart(b.unknownKeys[k] as number)) probe.unknownKeys.push(b.unknownKeys[k] as number)
    probe.size += probe.unknownKeys.length
    if (seam >= 0) {
      const id = this.pairIds.get(seam)
      if (id < 0) probe.unknownKeys.push(seam)
      else this.addPair(probe, id, 1, made)
      probe.size++
    }
    probe.unknown = probe.unknownKeys.length
    return probe
  }

  /** A probe's known pairs into `probe`, each as often as it holds it, but its edge pair (its start, or else its end). */
  private addPairs(probe: Probe, p: Probe, dropStart: boolean, made: number): void {
    for (let k = 0; k < p.ids.length; k++) {
      const id = p.ids[k] as number
      const pair = this.keyOf(id)
      if (dropStart ? isStart(pair) : isEnd(pair)) continue
      const n = p.counts[k] ?? 0
      if (n === 0) continue
      this.addPair(probe, id, n, made)
      probe.size += n
    }
  }

  private keys: number[] | null = null
  private keyOf(id: number): number {
    if (!this.keys) {
      this.keys = []
      for (const [k, i] of this.pairs) this.keys[i] = k
    }
    return this.keys[id] ?? -1
  }

  /** How many of `text`'s characters (each as often as it holds it) some short label holds: none past 2 × SHORT_LABEL (none compared). */
  private shortCharactersIn(text: string): number {
    if (text.length > 2 * SHORT_LABEL) return 0
    let n = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      n += ((this.shortCharacters[c >>> 5] as number) >>> (c & 31)) & 1
    }
    return n
  }

  /** The pair across the seam of two probed texts (last character of one, first of the other), or -1. */
  seam(a: Probe, b: Probe): number {
    if (a.text.length === 0 || b.text.length === 0) return -1
    return key(a.text.charCodeAt(a.text.length - 1), b.text.charCodeAt(0))
  }

  /**
   * The labels a probe shares pairs with, each with its likeness in (0, 1.1]. `held` gathers the labels
   * (not furniture) whose pairs the probe holds nearly all of, whatever their likeness (src/locate/two-labels.ts).
   */
  match(probe: Probe, minimum: number, held?: Entry[]): { entry: Entry; score: number }[] {
    // Most texts of a document are like no label by their counts alone (a sentence, an organ's name): nothing is
    // compared, and `held` stays empty (its caller reads it only where something matched).
    if (ceiling(probe, this.shortCharactersIn(probe.text)) < minimum - 1e-9) return []
    if (this.shared.length < this.entries.length) {
      this.shared = new Int32Array(this.entries.length)
      this.sharedPlain = new Int32Array(this.entries.length)
      this.touched = new Int32Array(this.entries.length)
    }
    const { shared, sharedPlain, touched } = this
    let touches = 0
    for (let k = 0; k < probe.ids.length; k++) {
      const id = probe.ids[k] as number
      const n = probe.counts[k] as number
      const list = this.postings[id] as number[]
      const furniture = this.isFurniture[id]
      for (let p = 0; p < list.length; p += 2) {
        const e = list[p] as number
        const both = Math.min(n, list[p + 1] as number)
        if (shared[e] === 0) touched[touches++] = e
        shared[e] = (shared[e] as number) + both
        if (!furniture) sharedPlain[e] = (sharedPlain[e] as number) + both
      }
    }
    const out: { entry: Entry; score: number }[] = []
    // A label's pairs score below `minimum` where 2s / (size + s + extra) is below this (its weight is at most 1).
    const reach = minimum - (probe.numeral === '' ? 0 : NUMERAL_BONUS) - 1e-9
    // The probe's characters counted when it is first compared character by character, and out again after.
    let counted = false
    // A text longer than this is compared by its pairs only (characterLikeness gives it 0).
    const characters = probe.text.length <= 2 * SHORT_LABEL
    const { sizes, isLabel, shortLength } = this
    for (let t = 0; t < touches; t++) {
      const e = touched[t] as number
      const common = shared[e] as number
      // Pairs of the probe that are neither the label's nor the format's furniture count against it.
      const extra = probe.unknown + probe.plain - (sharedPlain[e] as number)
      shared[e] = 0
      sharedPlain[e] = 0
      const size = sizes[e] as number
      if (held && isLabel[e] && common >= HELD * size) held.push(this.entries[e] as Entry)
      // Most labels a text shares a pair with are far from it: their likeness is not worked out, only bounded.
      const near = 2 * common >= reach * (size + common + extra)
      const short = characters && shortLength[e] !== 0
      if (!near && !short) continue
      const entry = this.entries[e] as Entry
      let score = near ? likeness(probe, entry, common, extra) : 0
      // Two characters swapped break two pairs of a short label but none of its characters.
      if (score < minimum && short && characterBound(probe, entry) >= minimum - 1e-9) {
        if (!counted) countCharacters(probe.text, 1)
        counted = true
        score = Math.max(score, CHARACTER_WEIGHT * characterLikeness(probe, entry))
      }
      if (score >= minimum) out.push({ entry, score })
    }
    if (counted) countCharacters(probe.text, -1)
    return out
  }
}

/** Bit `c` of a 64K-bit set. */
function setBit(bits: Uint32Array, c: number): void {
  bits[c >>> 5] = (bits[c >>> 5] as number) | (1 << (c & 31))
}

/** A label whose pairs a text holds this share of is in that text whole, but for a character or so. */
export const HELD = 0.8

/** The owner of a furniture text in the index: a text that best matches one is not a label. */
export const DECOY = -1
