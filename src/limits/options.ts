/**
 * The bounds every conversion runs within, whoever calls it: the Worker (from wrangler.toml `[vars]`),
 * the library and the CLI (from `convertReport`'s options, else these defaults). A real report sits far
 * inside each of them; they exist so that a hostile or broken body costs bounded time and memory and is
 * answered with an error that names the bound, never with a crash.
 */
export interface Limits {
  /** Largest input in bytes (UTF-8 bytes for a string): 413 `payload_too_large`. SPEC §4: 5 MiB. */
  maxBytes: number
  /** Most cells one document may hold (table cells plus prose paragraphs): 413 `too_many_cells`. */
  maxCells: number
  /** Deepest nesting of HTML elements: 422 `too_deeply_nested`. */
  maxDepth: number
  /** Longest line of text, or text of one HTML cell or paragraph, in characters: 413 `line_too_long`. */
  maxLineLength: number
  /**
   * Longest run of digits read from one cell, as one number or as a row's cells glued into one run.
   * Past it the cell is unreadable: `null` with a `number_too_long` warning, never an error of the request.
   */
  maxNumberDigits: number
  /** Most pages of a PDF that are read: 413 `too_many_pages` (a report has 5–20 pages). */
  maxPdfPages: number
}

/**
 * Defaults, with the room they leave: a report has about 300 table cells and 100 paragraphs (a portal page
 * around it a few hundred more); its pages nest 20–40 elements deep (an unclosed `<font>` per run in old
 * CMS pages adds some); its longest paragraph is a few thousand characters, a whole report glued onto one
 * line by a crawler about 30,000; its counts have at most 7 digits and a row of seven of them glued together
 * rarely 20.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxCells: 20_000,
  maxDepth: 256,
  maxLineLength: 100_000,
  maxNumberDigits: 32,
  maxPdfPages: 50,
})

/** A positive whole number, or the default: a bad setting must never switch a bound off. */
function positive(value: unknown, fallback: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback
}

/** Partial, string or missing settings → a complete set of bounds (strings: wrangler.toml `[vars]` are strings). */
export function resolveLimits(partial: Partial<Record<keyof Limits, number | string | undefined>> = {}): Limits {
  return {
    maxBytes: positive(partial.maxBytes, DEFAULT_LIMITS.maxBytes),
    maxCells: positive(partial.maxCells, DEFAULT_LIMITS.maxCells),
    maxDepth: positive(partial.maxDepth, DEFAULT_LIMITS.maxDepth),
    maxLineLength: positive(partial.maxLineLength, DEFAULT_LIMITS.maxLineLength),
    maxNumberDigits: positive(partial.maxNumberDigits, DEFAULT_LIMITS.maxNumberDigits),
    maxPdfPages: positive(partial.maxPdfPages, DEFAULT_LIMITS.maxPdfPages),
  }
}
