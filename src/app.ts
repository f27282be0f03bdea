import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { errorBody } from './routes/envelope.ts'
import type { AppEnv } from './routes/env.ts'
import { convertRoute } from './routes/convert.ts'
import { healthRoute } from './routes/health.ts'
import { onError } from './routes/on-error.ts'
import { schemaRoute } from './routes/schema.ts'
import { securityHeaders } from './routes/security-headers.ts'

/** The HTTP face. Routes live in src/routes, one concern a file; the converter itself knows no HTTP. */
export const app = new Hono<AppEnv>()
  .use(requestId())
  .use(securityHeaders)
  .route('/v1/convert', convertRoute)
  .route('/v1/schema', schemaRoute)
  .route('/healthz', healthRoute)
  .notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`, c.get('requestId')), 404))
  .onError(onError)

export type App = typeof app
