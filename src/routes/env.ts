import type { RequestIdVariables } from 'hono/request-id'

/** The Worker's bindings (wrangler.toml `[vars]`, secrets) and the per-request variables the middleware sets. */
export interface Bindings {
  /** Largest accepted body in bytes; default 5 MiB (SPEC §4). */
  MAX_BODY_BYTES?: string
  /** Bounds on a document's shape (src/limits/options.ts): cells, element depth, line length, digits in a number. */
  MAX_CELLS?: string
  MAX_DEPTH?: string
  MAX_LINE_LENGTH?: string
  MAX_NUMBER_DIGITS?: string
}

export interface AppEnv {
  Bindings: Bindings
  Variables: RequestIdVariables
}
