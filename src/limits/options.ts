/**
 * The bounds every conversion runs within, whoever calls it: the Worker's routes and its RPC entrypoint (from
 * wrangler.toml `[vars]`), the library (from its options) and the CLI (from its flags), each else these
 * defaults. A real report sits far inside each of them; they exist so that a hostile or broken body costs
 * bounded time and memory and is answered with an error that names the bound, never with a crash.
 */
export interface Limits {
  /** Largest input in bytes (UTF-8 bytes for a string): `payload_too_large` past it (SPEC §4). */
  maxBytes: number
  /**
   * Largest batch in bytes: the body of POST /v1/convert/batch (`payload_too_large`), or, for the RPC
   * entrypoint and the library, the documents' bytes together (the documents past it fail alone).
   */
  maxBatchBytes: number
  /** Most cells one document may hold (table cells plus prose paragraphs): `too_many_cells`. */
  maxCells: number
  /** Deepest nesting of HTML elements: `too_deeply_nested`. */
  maxDepth: number
  /** Longest line of text, or text of one HTML cell or paragraph, in characters: `line_too_long`. */
  maxLineLength: number
  /**
   * Longest run of digits read from one cell, as one number or as a row's cells glued into one run.
   * Past it the cell is unreadable: `null` with a `number_too_long` warning, never an error of the request.
   */
  maxNumberDigits: number
  /** Most pages of a PDF that are read: `too_many_pages` (a report has 5–20 pages). */
  maxPdfPages: number
}

/**
 * Defaults, with the room they leave: a report has about 300 table cells and 100 paragraphs (a portal page
 * around it a few hundred more); its pages nest 20–40 elements deep (an unclosed `<font>` per run in old
 * CMS pages adds some); its longest paragraph is a few thousand characters, a whole report glued onto one
 * line by a crawler about 30,000; its counts have at most 7 digits and a row of seven of them glued together
 * rarely 20. A batch's bytes are what converts within a Worker isolate's memory (docs/measured/hostile.md).
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxBatchBytes: 10 * 1024 * 1024,
  maxCells: 20_000,
  maxDepth: 256,
  maxLineLength: 100_000,
  maxNumberDigits: 32,
  maxPdfPages: 50,
})

/**
 * Each bound by its name in wrangler.toml `[vars]` and on the CLI's command line: every face reads its
 * settings through this one table, so that none can miss a bound. The CLI has no batch bound: it reads and
 * converts one file at a time, so a run over thousands needs the memory of one.
 */
export const LIMIT_SETTINGS: readonly { key: keyof Limits; env: string; flag: string | null }[] = [
  { key: 'maxBytes', env: 'MAX_BODY_BYTES', flag: 'max-bytes' },
  { key: 'maxBatchBytes', env: 'MAX_BATCH_BODY_BYTES', flag: null },
  { key: 'maxCells', env: 'MAX_CELLS', flag: 'max-cells' },
  { key: 'maxDepth', env: 'MAX_DEPTH', flag: 'max-depth' },
  { key: 'maxLineLength', env: 'MAX_LINE_LENGTH', flag: 'max-line-length' },
  { key: 'maxNumberDigits', env: 'MAX_NUMBER_DIGITS', flag: 'max-number-digits' },
  { key: 'maxPdfPages', env: 'MAX_PDF_PAGES', flag: 'max-pdf-pages' },
]

/** A positive whole number, or undefined: a bad setting must never switch a bound off. */
export function positiveSetting(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : undefined
}

/** Partial, string or missing settings → a complete set of bounds (strings: wrangler.toml `[vars]` are strings). */
export function resolveLimits(partial: Partial<Record<keyof Limits, number | string | undefined>> = {}): Limits {
  const pick = (key: keyof Limits) => positiveSetting(partial[key]) ?? DEFAULT_LIMITS[key]
  // A literal, not a copy of the defaults: a copy's shape dies with the conversion at a major collection,
  // and with it what V8 learnt of every stage that reads a bound (src/keep-shape.ts). Every key is required.
  return {
    maxBytes: pick('maxBytes'),
    maxBatchBytes: pick('maxBatchBytes'),
    maxCells: pick('maxCells'),
    maxDepth: pick('maxDepth'),
    maxLineLength: pick('maxLineLength'),
    maxNumberDigits: pick('maxNumberDigits'),
    maxPdfPages: pick('maxPdfPages'),
  }
}

/** wrangler.toml `[vars]` (or any record keyed by their names) → the bounds; a missing or bad value keeps the default. */
export function limitsFromVars(vars: Readonly<Record<string, unknown>> | undefined): Limits {
  const partial: Partial<Record<keyof Limits, number | string | undefined>> = {}
  for (const { key, env } of LIMIT_SETTINGS) {
    const value = vars?.[env]
    if (typeof value === 'string' || typeof value === 'number') partial[key] = value
  }
  return resolveLimits(partial)
}
