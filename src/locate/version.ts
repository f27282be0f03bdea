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
/** A label may come in pieces on its line (`其他` `对外管理服务事项`, cut where a typo broke the word): up to three. */
const MAX_PIECES = 3

function bestCue(folded: string): number {
  let best = -1
  let score = 0
  for (const m of CUES.match(CUES.probe(folded), CUE_LIKENESS)) {
    if (m.score > score) {
      score = m.score
      best = m.entry.owner
    }
  }
  // No contained cue is shorter than MIN_CONTAINED_CUE: a shorter text (most cells) holds none.
  if (best >= 0 || folded.length < MIN_CONTAINED_CUE) return best
  for (const cue of CONTAINED) if (folded.includes(cue.text)) return cue.owner
  return -1
}

/**
 * The texts the format prints (folded, without numbering; a numbering alone is ''): a line made only of these,
 * whole or joined, is the template's, and its cue is kept for the isolate. Nothing else of a document is.
 */
const OWN = new Set(['', ...printed('2019', true), ...printed('2021', true), ...SECTIONS.flatMap((s) => [s.title, ...s.variants].map((t) => core(fold(t))))])
const isOwn = (folded: string) => OWN.has(core(folded))
/** bestCue of the template's own texts, kept for the isolate; forgotten all at once past MAX_KEPT (label-memo.ts). */
let kept = new Map<string, number>()

/** bestCue per text: the template's own once per isolate, a document's own once per document (in `local`). */
function cueOf(local: Map<string, number>, folded: string, own: boolean): number {
  let cue = kept.get(folded) ?? local.get(folded)
  if (cue !== undefined) return cue
  cue = bestCue(folded)
  if (!own) local.set(folded, cue)
  else {
    if (kept.size >= MAX_KEPT) kept = new Map()
    kept.set(folded, cue)
  }
  return cue
}

export function detectVersion(tokens: readonly Token[]): FormatVersion | null {
  const hits = [0, 0]
  const local = new Map<string, number>()
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind !== 'text' || token.folded.length > MAX_CUE_TEXT) continue
    // Whether the line so far is the template's own: worked out only where the isolate has not kept the text.
    let best = kept.get(token.folded) ?? -2
    let own = best !== -2 || isOwn(token.folded)
    if (best === -2) best = cueOf(local, token.folded, own)
    // Pieces of one line read together, when the first alone names no version.
    let joined = token.folded
    for (let j = i + 1; best < 0 && j < i + MAX_PIECES && j < tokens.length; j++) {
      const next = tokens[j] as Token
      if (next.kind !== 'text' || next.line !== token.line || joined.length + next.folded.length > MAX_CUE_TEXT) break
      joined += next.folded
      own &&= isOwn(next.folded)
      best = cueOf(local, joined, own)
    }
    if (best >= 0) hits[best] = (hits[best] ?? 0) + 1
  }
  const [v2019 = 0, v2021 = 0] = hits
  if (v2019 === v2021) return null
  return v2021 > v2019 ? '2021' : '2019'
}

/** The texts whose cue the isolate keeps now (for tests: only the template's own, alone or joined). */
export function keptCues(): string[] {
  return [...kept.keys()]
}
