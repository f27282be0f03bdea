import { Hono } from 'hono'
import type { AppEnv } from './env.ts'

/**
 * GET /page/* — the page's script, style and icon, from the static assets (wrangler.toml [assets]).
 * The Worker runs first for every request (`run_worker_first`), so these answers get the same security
 * headers and request id as every other; only this folder is served, never the rest of public/.
 */
export const assetsRoute = new Hono<AppEnv>().get('/*', async (c) => {
  if (!c.env.ASSETS) return c.notFound()
  const res = await c.env.ASSETS.fetch(c.req.raw)
  if (res.status === 404) return c.notFound()
  // A copy whose headers the middleware may extend.
  return new Response(res.body, res)
})
