import { app } from './app.ts'
import { prime } from './prime.ts'

// Runs the pipeline once on tiny samples while the isolate starts: the first user's request then costs
// what every later one does (src/prime.ts; docs/performance.md).
prime()

/** The Worker: Hono's fetch handler is the whole default export (Cloudflare's template shape). */
export default app

/** The service binding's entrypoint: `convert(input)` and `convertBatch(documents)` over RPC (src/rpc.ts). */
export { Converter } from './rpc.ts'
