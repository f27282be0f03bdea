import { z } from 'zod'

/**
 * Where a value of the response was read (SPEC §3 `provenance`), keyed by the dotted path the warnings use.
 * One of three forms, by what the input lets us name honestly:
 *   - text and HTML: `start`/`end`, UTF-16 offsets into the decoded input (end exclusive);
 *   - PDF: the box of the cell on its page (1-based page, PDF user-space units, y from the top);
 *   - .docx: the text only — the reader's offsets are into the text it built from word/document.xml, not
 *     into the input, so none are given.
 * `text` is always the source characters: for text and HTML exactly `input.slice(start, end)` (markup
 * included where the page splits a figure over elements, `1</span><span>777`).
 */
export const SourceSpan = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .strict()
  .meta({ title: 'SourceSpan', description: 'Offsets (UTF-16 code units, end exclusive) into the decoded input, and the characters between them.' })

export const SourceBox = z
  .object({
    page: z.number().int().positive(),
    x: z.number(),
    y: z.number(),
    w: z.number().nonnegative(),
    h: z.number().nonnegative(),
    text: z.string(),
  })
  .strict()
  .meta({ title: 'SourceBox', description: "A PDF cell's box on its page (1-based page, PDF user-space units, y from the top) and the text read there." })

export const SourceText = z
  .object({ text: z.string() })
  .strict()
  .meta({ title: 'SourceText', description: 'A .docx cell: the text it was read from (no offsets: the input is a zip, not text).' })

export const ProvenanceEntry = z.union([SourceSpan, SourceBox, SourceText])
export type ProvenanceEntry = z.infer<typeof ProvenanceEntry>

export const Provenance = z.record(z.string(), ProvenanceEntry).meta({
  title: 'Provenance',
  description:
    'For every number of the three tables that was read (not derived), and for report.title, report.year and report.publishedOn: where it was read. A value whose source cannot be named has no entry. Left out with ?provenance=false.',
})
export type Provenance = z.infer<typeof Provenance>
