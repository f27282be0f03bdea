import { MAX_HEADING_LENGTH, SECTION_KEYS, SECTIONS, type SectionKey } from '../templates/index.ts'
import type { Token } from './tokens.ts'

/** Where each section heading stands (token index), or -1. The first heading of each kind wins. */
export type SectionMap = Record<SectionKey, number>

export function findSections(tokens: readonly Token[]): SectionMap {
  const found = Object.fromEntries(SECTION_KEYS.map((k) => [k, -1])) as SectionMap
  tokens.forEach((token, i) => {
    if (token.folded.length > MAX_HEADING_LENGTH) return
    for (const key of SECTION_KEYS) {
      if (found[key] === -1 && SECTIONS[key].test(token.folded)) {
        found[key] = i
        return
      }
    }
  })
  return found
}

/** The tokens of a section: from after its heading to the next heading that follows it (or `end`). */
export function sectionRange(sections: SectionMap, key: SectionKey, end: number): { start: number; end: number } | null {
  const at = sections[key]
  if (at === -1) return null
  let stop = end
  for (const other of SECTION_KEYS) {
    const i = sections[other]
    if (i > at && i < stop) stop = i
  }
  return { start: at + 1, end: stop }
}
