import { ConverterFactory } from 'opencc-js/core'
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs'
import TSCharacters from 'opencc-js/dict/TSCharacters'
import TSPhrases from 'opencc-js/dict/TSPhrases'
import STCharacters from 'opencc-js/dict/STCharacters'

/**
 * Traditional → Simplified with OpenCC's own dictionaries (the `t2s` chain: compatibility ideographs
 * normalised, then phrases before characters). Built once per isolate at module scope: building the
 * tries is the expensive part, converting a few thousand characters is not (docs/performance-baseline.md).
 */
const compatibility = ConverterFactory([CJKCompatibility])
const traditionalToSimplified = ConverterFactory([TSPhrases, TSCharacters])

/**
 * The t2s chain for one text, each of its two steps run only where a unit of the text starts one of its keys: a step
 * with no key starting anywhere in a text gives the text back as it is, and most cells are figures or plain words.
 */
export function toSimplifiedText(text: string): string {
  const normalised = startsKey(COMPATIBILITY_STARTS, text) ? compatibility(text) : text
  return startsKey(TS_STARTS, normalised) ? traditionalToSimplified(normalised) : normalised
}

/**
 * Characters that exist only in Traditional text (区 is never written 區 in Simplified), and only in
 * Simplified text: OpenCC's character tables in both directions, without the characters that either
 * table maps to themselves (制, 系, 范 are good Traditional too).
 */
const TRADITIONAL_ONLY = onlyIn(TSCharacters)
const SIMPLIFIED_ONLY = onlyIn(STCharacters)

function onlyIn(table: string): Set<string> {
  const set = new Set<string>()
  for (const entry of table.split('|')) {
    const [from = '', ...to] = entry.split(' ')
    if (!to.includes(from)) set.add(from)
  }
  return set
}

export type Script = 'simplified' | 'traditional' | 'mixed'

/** Below this share of the minority script a text counts as written in the majority one (a 台 or 着 here and there is normal). */
const MIXED_SHARE = 0.1

export interface ScriptCount {
  traditional: number
  simplified: number
}

/**
 * The same two sets as one flag per BMP code unit (1 Traditional only, 2 Simplified only), read by index:
 * counting runs over every cell's text, and a Set lookup per character was a tenth of a conversion
 * (`npm run bench`). Characters beyond the BMP (a few rare ones) are still looked up in the sets.
 */
const BMP_FLAGS = flags()

function flags(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (const ch of TRADITIONAL_ONLY) if (ch.length === 1) table[ch.charCodeAt(0)] = 1
  for (const ch of SIMPLIFIED_ONLY) if (ch.length === 1 && table[ch.charCodeAt(0)] === 0) table[ch.charCodeAt(0)] = 2
  return table
}

export function countScript(text: string): ScriptCount {
  return addScript({ traditional: 0, simplified: 0 }, text)
}

/** countScript added into `count` (returned): a report's cells are counted into one total, no object per cell. */
export function addScript(count: ScriptCount, text: string): ScriptCount {
  let traditional = 0
  let simplified = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x3400) continue
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0
    if (low >= 0xdc00 && low <= 0xdfff) {
      const ch = text.slice(i, i + 2)
      i++
      if (TRADITIONAL_ONLY.has(ch)) traditional++
      else if (SIMPLIFIED_ONLY.has(ch)) simplified++
      continue
    }
    const flag = BMP_FLAGS[code]
    if (flag === 1) traditional++
    else if (flag === 2) simplified++
  }
  count.traditional += traditional
  count.simplified += simplified
  return count
}

export function classifyScript({ traditional, simplified }: ScriptCount): Script {
  const all = traditional + simplified
  if (traditional === 0 || traditional < all * MIXED_SHARE) return 'simplified'
  if (simplified < all * MIXED_SHARE) return 'traditional'
  return 'mixed'
}

/**
 * Each text converted alone. Joining them for one call needs a separator, and any separator is a character
 * a page can hold: a U+001F inside a cell once moved every later cell's text to its neighbour. Alone, a
 * phrase never reaches across two cells either. It costs no more: 0.26 ms against 0.25–0.28 ms joined for
 * the 311 cells of the Traditional seed report, and half the time of a join for 5 MiB of Traditional text.
 */
export function toSimplified(texts: readonly string[]): string[] {
  return texts.map(toSimplifiedText)
}

/** Units that start a key of the dictionaries (a surrogate: any character beyond the BMP). */
const COMPATIBILITY_STARTS = keyStarts([CJKCompatibility])
const TS_STARTS = keyStarts([TSPhrases, TSCharacters])

function keyStarts(dictionaries: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (const dictionary of dictionaries) for (const entry of dictionary.split('|')) table[entry.charCodeAt(0)] = 1
  table.fill(1, 0xd800, 0xe000)
  return table
}

function startsKey(starts: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (starts[text.charCodeAt(i)] === 1) return true
  return false
}
