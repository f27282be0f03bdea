import { app } from './app.ts'

/** The Worker: Hono's fetch handler is the whole default export (Cloudflare's template shape). */
export default app
