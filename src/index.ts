import { app } from './app.ts'

/** The Worker: Hono's fetch handler is the whole default export (Cloudflare's template shape). */
export default app

/** The service binding's entrypoint: `convert(input)` and `convertBatch(documents)` over RPC (src/rpc.ts). */
export { Converter } from './rpc.ts'
