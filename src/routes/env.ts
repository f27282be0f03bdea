import type { RequestIdVariables } from 'hono/request-id'

/** The Worker's bindings (wrangler.toml `[vars]`, secrets) and the per-request variables the middleware sets. */
export interface Bindings {
  /** Largest accepted body in bytes; default 5 MiB (SPEC §4). */
  MAX_BODY_BYTES?: string
  /** The page's static files (wrangler.toml [assets], public/); served before the Worker runs, so routes never need it. */
  ASSETS?: Fetcher
}

export interface AppEnv {
  Bindings: Bindings
  Variables: RequestIdVariables
}
