import type { CleanText } from '../normalize/clean-text.ts'
import type { Warning } from '../schema/report.ts'
import type { Grid } from './grid.ts'

/** Text and HTML: the decoded input and the clean-up's deletions, which provenance names offsets in. */
export interface SourceInput {
  input: string
  clean: Pick<CleanText, 'text' | 'deletedAt' | 'deletedUpTo'>
}

/**
 * What extraction hands to the rest of the pipeline, whatever the input was: the grid and the facts about
 * the source that the response reports. PDF and Word readers (loaded on first use) produce the same shape.
 */
export interface Extracted {
  grid: Grid
  inputType: 'html' | 'text' | 'pdf' | 'docx'
  /** The browser title of an HTML page: the report's title where the page prints none of its own. */
  pageTitle?: string | null
  encoding: string
  /** Characters of the decoded input (for a PDF or Word file: of its text). */
  characters: number
  annotationsRemoved: number
  warnings: Warning[]
  /** Text and HTML: the decoded input and the clean-up's deletions, which provenance names offsets in. */
  source?: SourceInput
}
