import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env.ts'

/**
 * Headers on every response, errors and 404s included. The API answers JSON that no browser should
 * render, run or frame: its Content-Security-Policy allows nothing. A route that serves a page sets its
 * own policy, which is kept. A response to a POST holds what a document said: no cache may keep it.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', API_CSP)
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Referrer-Policy', 'no-referrer')
  c.header('Cross-Origin-Resource-Policy', 'same-origin')
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') c.header('Cache-Control', 'no-store')
}
