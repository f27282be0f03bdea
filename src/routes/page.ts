import { Hono } from 'hono'
import type { AppEnv } from './env.ts'
import { PAGE_HTML } from './page-html.ts'

/**
 * Only the Worker's own files may run or style the page: no inline script or style, nothing from
 * elsewhere. connect-src 'self' lets the script call POST /v1/convert; form-action 'self' keeps the
 * no-script form posting here only.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * GET / — the page (SPEC §5). The markup comes from the Worker so that its Content-Security-Policy is a
 * response header set here, the same under wrangler dev, the vitest pool and a deploy; its script and
 * style are static assets (wrangler.toml [assets], the public/ folder).
 */
export const pageRoute = new Hono<AppEnv>().get('/', (c) => {
  c.header('Content-Security-Policy', PAGE_CSP)
  c.header('Cache-Control', 'no-cache')
  return c.html(PAGE_HTML)
})
