import type { RequestIdVariables } from 'hono/request-id'

/** The Worker's bindings (wrangler.toml `[vars]`, secrets) and the per-request variables the middleware sets. */
export interface Bindings {
  /** Largest accepted body in bytes; default in src/limits/options.ts. */
  MAX_BODY_BYTES?: string
  /** Largest accepted body of POST /v1/convert/batch in bytes (and of an RPC batch's documents together). */
  MAX_BATCH_BODY_BYTES?: string
  /** Origins allowed to call the API from a browser: `*`, or a comma-separated list; none when unset. */
  CORS_ORIGINS?: string
  /** A secret: comma-separated API keys. When set, /v1/convert and /v1/convert/batch need `Authorization: Bearer <key>`. */
  API_KEYS?: string
  /** The page's static files (wrangler.toml [assets], public/), served by src/routes/assets.ts. */
  ASSETS?: Fetcher
  /** Bounds on a document's shape (src/limits/options.ts): cells, element depth, line length, digits in a number. */
  MAX_CELLS?: string
  MAX_DEPTH?: string
  MAX_LINE_LENGTH?: string
  MAX_NUMBER_DIGITS?: string
  /** Most pages of a PDF that are read (too_many_pages past it). */
  MAX_PDF_PAGES?: string
}

export interface AppEnv {
  Bindings: Bindings
  Variables: RequestIdVariables
}
