import { MODELS, SECTIONS, type FormatVersion } from '../model/index.ts'
import { fold } from '../normalize/fold.ts'
import type { Token } from '../tokens/token.ts'
import { MAX_KEPT } from './label-memo.ts'
import { core } from '../normalize/numbering.ts'
import { LabelIndex } from './likeness.ts'

/**
 * The format version, read from the labels themselves (SPEC §1), never from the year: the texts one
 * version prints and the other never does (本年制发件数 → 2021, 本年新制作数量 → 2019, the three
 * （六） sub-rows → 2021). A text counts for the version whose cue it resembles most, and closely.
 */
const CUE_LIKENESS = 0.85
const MAX_CUE_TEXT = 40

function printed(version: FormatVersion, withFurniture: boolean): Set<string> {
  const out = new Set<string>()
  for (const table of MODELS[version].tables) {
    for (const row of table.rows) {
      for (const label of [row.label, ...row.variants]) out.add(core(fold(label)))
      for (const c of row.columns) out.add(core(fold(c.label)))
    }
    // Compared without numbering: 2021's group label （六）其他处理 is 2019's row label 其他处理.
    if (withFurniture) for (const text of [...table.header, ...table.groups]) out.add(core(fold(text)))
  }
  return out
}

const VERSIONS: readonly FormatVersion[] = ['2019', '2021']
const CUES = new LabelIndex()
for (const [v, version] of VERSIONS.entries()) {
  const other = printed(VERSIONS[1 - v] as FormatVersion, true)
  for (const text of printed(version, false)) if (!other.has(text)) CUES.add(v, text)
}

/** Cue texts long enough to be told apart inside a longer line (a header row whose cells lost their separators). */
const MIN_CONTAINED_CUE = 5
const CONTAINED: { owner: number; text: string }[] = []
for (const [v, version] of VERSIONS.entries()) {
  const other = printed(VERSIONS[1 - v] as FormatVersion, true)
  // Not one that the other version's own texts hold (2019's 处理决定数量 inside 2021's 本年处理决定数量).
  const others = [...other]
  for (const text of printed(version, false)) {
    if (!other.has(text) && text.length >= MIN_CONTAINED_CUE && !others.some((o) => o.includes(text))) CONTAINED.push({ owner: v, text })
  }
}
/**
 * Per character, the contained cues (bits, in CONTAINED's order) it is the key of: each cue's character the
 * template's texts print least often. A text holds a cue only where it holds its key, so one look per character
 * leaves `includes` to the few cues whose key it holds. 64K entries, once per isolate.
 */
const KEYS = new Uint32Array(0x10000)
// A model with more contained cues than a mask's bits fails here, in every test, not in a document.
if (CONTAINED.length > 32) throw new Error(`${CONTAINED.length} contained cues: KEYS holds 32`)
{
  const counts = new Map<number, number>()
  for (const text of [...printed('2019', true), ...printed('2021', true)]) for (let i = 0; i < text.length; i++) counts.set(text.charCodeAt(i), (counts.get(text.charCodeAt(i)) ?? 0) + 1)
  CONTAINED.forEach(({ text }, k) => {
    let key = text.charCodeAt(0)
    for (let i = 1; i < text.length; i++) if ((counts.get(text.charCodeAt(i)) ?? 0) < (counts.get(key) ?? 0)) key = text.charCodeAt(i)
    KEYS[key] = (KEYS[key] as number) | (1 << k)
  })
}

/** The first contained cue (CONTAINED's order) that `folded` holds: its owner, or -1. */
function containedCue(folded: string): number {
  let mask = 0
  for (let i = 0; i < folded.length; i++) mask |= KEYS[folded.charCodeAt(i)] as number
  for (let k = 0; mask !== 0; k++, mask >>>= 1) {
    const cue = CONTAINED[k] as (typeof CONTAINED)[number]
    if ((mask & 1) !== 0 && folded.includes(cue.text)) return cue.owner
  }
  return -1
}

/** A label may come in pieces on its line (`其他` `对外管理服务事项`, cut where a typo broke the word): up to three. */
const MAX_PIECES = 3

/** `probe`: CUES's probe of `folded`, where the caller has made it. */
function bestCue(folded: string, probe = CUES.probe(folded)): number {
  let best = -1
  let score = 0
  for (const m of CUES.match(probe, CUE_LIKENESS)) {
    if (m.score > score) {
      score = m.score
      best = m.entry.owner
    }
  }
  // No contained cue is shorter than MIN_CONTAINED_CUE: a shorter text (most cells) holds none.
  if (best >= 0 || folded.length < MIN_CONTAINED_CUE) return best
  return containedCue(folded)
}

/**
 * The texts the format prints (folded, without numbering; a numbering alone is ''): a line made only of these,
 * whole or joined, is the template's, and its cue is kept for the isolate. Nothing else of a document is.
 */
const OWN = new Set(['', ...printed('2019', true), ...printed('2021', true), ...SECTIONS.flatMap((s) => [s.title, ...s.variants].map((t) => core(fold(t))))])
const isOwn = (folded: string) => OWN.has(core(folded))
/**
 * bestCue of the template's own texts, kept for the isolate: per text its cue, and under it the cues of it joined
 * with the next pieces of its line (a trie, so that no joined string is built to be looked up). Forgotten all at
 * once past MAX_KEPT (label-memo.ts). A document's own texts, alone or joined, are kept only in its `local` map.
 */
interface KeptCue {
  cue: number
  next: Map<string, KeptCue> | null
}
let kept = new Map<string, KeptCue>()
let keptCount = 0

/** `cue` kept for `piece`, alone (`at` undefined) or after the kept text `at`; undefined where the bound forgot all. */
function keep(at: KeptCue | undefined, piece: string, cue: number): KeptCue | undefined {
  if (++keptCount > MAX_KEPT) {
    kept = new Map()
    keptCount = 0
    return undefined
  }
  const node: KeptCue = { cue, next: null }
  if (at) (at.next ??= new Map()).set(piece, node)
  else kept.set(piece, node)
  return node
}

/** bestCue of a document's own text (or one the bound forgot), once per document. */
function localCue(local: Map<string, number>, text: string): number {
  let cue = local.get(text)
  if (cue === undefined) local.set(text, (cue = bestCue(text)))
  return cue
}

/** Pieces i..j (text tokens) as one text. */
function piecesOf(tokens: readonly Token[], i: number, j: number): string {
  let text = ''
  for (let k = i; k <= j; k++) text += (tokens[k] as Token).folded
  return text
}

export function detectVersion(tokens: readonly Token[]): FormatVersion | null {
  const hits = [0, 0]
  const local = new Map<string, number>()
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind !== 'text' || token.folded.length > MAX_CUE_TEXT) continue
    // `node`: the line so far is the template's own and its cue is kept; else the document's own (`local`).
    let node = kept.get(token.folded)
    let best = node?.cue ?? local.get(token.folded)
    if (best === undefined) {
      // The probe's text is the token's without its numbering: what isOwn would look up, read off once.
      const probe = CUES.probe(token.folded)
      best = bestCue(token.folded, probe)
      node = OWN.has(probe.text) ? keep(undefined, token.folded, best) : undefined
      if (!node) local.set(token.folded, best)
    }
    // Pieces of one line read together, when the first alone names no version.
    let length = token.folded.length
    for (let j = i + 1; best < 0 && j < i + MAX_PIECES && j < tokens.length; j++) {
      const next = tokens[j] as Token
      if (next.kind !== 'text' || next.line !== token.line || length + next.folded.length > MAX_CUE_TEXT) break
      length += next.folded.length
      const child = node?.next?.get(next.folded)
      if (child) {
        node = child
        best = child.cue
      } else if (node && isOwn(next.folded)) {
        best = bestCue(piecesOf(tokens, i, j))
        node = keep(node, next.folded, best)
      } else {
        node = undefined
        best = localCue(local, piecesOf(tokens, i, j))
      }
    }
    if (best >= 0) hits[best] = (hits[best] ?? 0) + 1
  }
  const [v2019 = 0, v2021 = 0] = hits
  if (v2019 === v2021) return null
  return v2021 > v2019 ? '2021' : '2019'
}

/** The texts whose cue the isolate keeps now (for tests: only the template's own, alone or joined). */
export function keptCues(): string[] {
  const out: string[] = []
  const walk = (under: Map<string, KeptCue>, before: string) => {
    for (const [piece, node] of under) {
      out.push(before + piece)
      if (node.next) walk(node.next, before + piece)
    }
  }
  walk(kept, '')
  return out
}
