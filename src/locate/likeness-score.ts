/**
 * The scores the label index gives a text against one label: the F-measure of the pairs they share, and for a
 * short label the characters they share (a swap breaks two pairs of a short label but none of its characters).
 */

/** A label as the index keeps it: its pairs as the index's own pair numbers, with their counts. */
export interface Entry {
  id: number
  /** What the label stands for (a row, a section), to the caller. */
  owner: number
  /** The label's text, folded, without its numbering. */
  text: string
  /** 1 for the format's own wording, a little less for another. */
  weight: number
  numeral: string
  size: number
}

/**
 * A text to be compared: its pairs the index knows (numbered, with counts), how many it does not know,
 * how many of the known ones are not furniture, and its numbering.
 */
export interface Probe {
  ids: number[]
  counts: number[]
  /** Pairs no label or furniture text holds (kept for joining two probes). */
  unknownKeys: number[]
  unknown: number
  plain: number
  /** Pairs that belong to the format's furniture (the edge pairs never do). */
  furniture: number
  size: number
  numeral: string
  /** The text itself (folded, without numbering), for the character count of a short label. */
  text: string
}

/** What a matching numbering is worth: enough to tell 3.其他 from the header 其他, never enough alone. */
export const NUMERAL_BONUS = 0.1
/** What another wording than the format's own is worth against it. */
export const VARIANT_WEIGHT = 0.98

/** F-measure of shared pairs; a matching numeral adds a little, a different one takes a little away. */
export function likeness(probe: Probe, entry: Entry, shared: number, extra: number): number {
  const recall = shared / entry.size
  const precision = shared / (shared + extra)
  let score = shared === 0 ? 0 : (entry.weight * 2 * precision * recall) / (precision + recall)
  if (entry.numeral && probe.numeral) score += entry.numeral === probe.numeral ? NUMERAL_BONUS : -NUMERAL_BONUS
  return Math.min(1 + NUMERAL_BONUS, score)
}

/** Labels this short are also compared character by character (at a discount: order is evidence too). */
export const SHORT_LABEL = 8
export const CHARACTER_WEIGHT = 0.8

/** The most characterLikeness could give (every character of the shorter text shared): lengths alone rule most pairs out. */
export function characterBound(probe: Probe, entry: Entry): number {
  const a = probe.text.length
  const b = entry.text.length
  if (a === 0 || b === 0) return 0
  return CHARACTER_WEIGHT * ((entry.weight * 2 * Math.min(a, b)) / (a + b) + NUMERAL_BONUS)
}

/**
 * The most any label could score against `probe` (likeness or, for a label of SHORT_LABEL characters or fewer,
 * characterLikeness), from the probe's counts alone. Pairs: F = 2s/(size + s + extra) ≤ 2s/(s + unknown + plain)
 * for s shared pairs, at most the known ones. Characters: of the probe's, only those some short label holds
 * (`shortCharacters`, that many) can be shared; F = 2·shared/(a + b) is greatest where the label is made of them.
 */
export function ceiling(probe: Probe, shortCharacters: number): number {
  const known = probe.plain + probe.furniture
  const bonus = probe.numeral === '' ? 0 : NUMERAL_BONUS
  const pairs = known === 0 ? 0 : (2 * known) / (known + probe.unknown + probe.plain) + bonus
  const a = probe.text.length
  const c = Math.min(shortCharacters, SHORT_LABEL)
  const characters = a === 0 || a > 2 * SHORT_LABEL || c === 0 ? 0 : CHARACTER_WEIGHT * ((2 * c) / (a + c) + bonus)
  return Math.max(pairs, characters)
}

/**
 * Per character, how often the text being compared holds it: a scratch table for the isolate, filled for one probe
 * and emptied after it (countCharacters), so that the characters a label shares are counted in one pass over the
 * label, where each of the text's characters searched the label. Only texts characterLikeness reads are counted.
 */
const held = new Uint8Array(0x10000)
const taken = new Uint8Array(0x10000)

/** Counts `text`'s characters into (1) or out of (-1) the table characterLikeness reads. */
export function countCharacters(text: string, sign: 1 | -1): void {
  if (text.length > 2 * SHORT_LABEL) return
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    held[c] = (held[c] as number) + sign
  }
}

/** The likeness of a probe's characters to a short label's; the probe's text counted first (countCharacters). */
export function characterLikeness(probe: Probe, entry: Entry): number {
  const a = probe.text
  const b = entry.text
  if (a.length === 0 || a.length > 2 * SHORT_LABEL || b.length === 0) return 0
  // Each character shared as often as both hold it (each of the label's used once): what pairing each of the
  // text's characters with the label's first unused same character gave.
  let shared = 0
  for (let k = 0; k < b.length; k++) {
    const c = b.charCodeAt(k)
    if ((taken[c] as number) < (held[c] as number)) {
      taken[c] = (taken[c] as number) + 1
      shared++
    }
  }
  for (let k = 0; k < b.length; k++) taken[b.charCodeAt(k)] = 0
  if (shared === 0) return 0
  const recall = shared / b.length
  const precision = shared / a.length
  let score = (entry.weight * 2 * precision * recall) / (precision + recall)
  if (entry.numeral && probe.numeral) score += entry.numeral === probe.numeral ? NUMERAL_BONUS : -NUMERAL_BONUS
  return score
}
