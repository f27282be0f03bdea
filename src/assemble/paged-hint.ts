import { MODELS, type FormatVersion } from '../model/index.ts'
import type { Warning } from '../schema/report.ts'

/**
 * A hint for a user whose text came out of a paged document (a PDF viewer's copy, pdftotext) and lost rows of a
 * table: a viewer's reading order may set a page's right-hand columns after its text, its rows out of order, a
 * wrapped figure's digits apart — what the engine then leaves blank rather than guess. The PDF file itself keeps
 * every cell's place (its text is read with its layout), so the user is told to post it. Only a hint: no value
 * changes, and a table that lost fewer rows than ROWS gets none.
 */

/** Rows of one table left blank before the hint is worth giving: one or two are the engine's own doubt, not the copy's. */
const ROWS = 3

/** What says a row or table was left blank: the codes whose path is a row (or the table, which counts as all of its rows). */
const ROW_CODES: ReadonlySet<string> = new Set(['unreadable_row', 'missing_row', 'ambiguous_cells'])
const TABLE_CODES: ReadonlySet<string> = new Set(['missing_table', 'unreadable_table'])

/** One `paged_text` warning for each table of a paged text with ROWS rows or more left blank; none for other texts. */
export function pagedTextHints(paged: boolean, version: FormatVersion, warnings: readonly Warning[]): Warning[] {
  if (!paged) return []
  const hints: Warning[] = []
  for (const table of MODELS[version].tables) {
    let whole = false
    const rows = new Set<string>()
    for (const w of warnings) {
      if (w.path === table.key && TABLE_CODES.has(w.code)) whole = true
      else if (w.path !== undefined && w.path.startsWith(`${table.key}.`) && ROW_CODES.has(w.code)) rows.add(w.path)
    }
    if (!whole && rows.size < ROWS) continue
    const lost = whole ? 'was not read' : `lost ${rows.size} rows`
    hints.push({
      code: 'paged_text',
      message:
        `Table ${table.section} ${lost}. This text was parted into pages (form feeds, or a printed page's headers, footers or page numbers): it looks copied out of a PDF, ` +
        "whose viewer may set a table's columns apart from their rows. Post the PDF file itself (its layout is read with it) to read every cell.",
      path: table.key,
    })
  }
  return hints
}
