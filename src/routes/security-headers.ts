import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'

/**
 * Headers on every response, errors and 404s included. The API answers JSON that no browser should
 * render, run or frame: its Content-Security-Policy allows nothing. A route that serves a page sets its
 * own policy, which is kept (an HTML answer without one gets a same-origin fallback, not the API's `'none'`,
 * which would break it). A response to a POST holds what a document said: no cache may keep it.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
/**
 * For an HTML answer whose route set no policy of its own: this origin's files only, no inline script or
 * style, nothing framed. The page (routes/page.ts) and the docs (routes/openapi.ts) set their own.
 */
export const PAGE_FALLBACK_CSP =
  "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (!c.res.headers.has('Content-Security-Policy')) {
    const html = (c.res.headers.get('Content-Type') ?? '').startsWith('text/html')
    c.header('Content-Security-Policy', html ? PAGE_FALLBACK_CSP : API_CSP)
  }
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Referrer-Policy', 'no-referrer')
  c.header('Cross-Origin-Resource-Policy', 'same-origin')
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') c.header('Cache-Control', 'no-store')
}
