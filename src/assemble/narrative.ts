import type { Located, NarrativeKey } from '../locate/locate.ts'
import { sectionText } from '../tokens/lines.ts'
import type { Token } from '../tokens/token.ts'

/**
 * Sections 一, 五 and 六 as clean text: one paragraph a line, white space collapsed, the report's own
 * punctuation kept.
 */

export type Narrative = Record<NarrativeKey, string | null>

export function assembleNarrative(tokens: readonly Token[], located: Located): Narrative {
  return {
    // Read once, by locate (its stated facts come from it).
    overview: located.overview,
    problems: sectionText(tokens, located.narrative.problems),
    other: sectionText(tokens, located.narrative.other),
  }
}
