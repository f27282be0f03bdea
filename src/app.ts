import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { errorBody } from './routes/envelope.ts'
import type { AppEnv } from './routes/env.ts'
import { requireApiKey } from './routes/auth.ts'
import { assetsRoute } from './routes/assets.ts'
import { batchRoute } from './routes/batch.ts'
import { corsFromConfig } from './routes/cors.ts'
import { docsRoute, openApiRoute } from './routes/openapi.ts'
import { convertRoute } from './routes/convert.ts'
import { healthRoute } from './routes/health.ts'
import { onError } from './routes/on-error.ts'
import { pageRoute } from './routes/page.ts'
import { schemaRoute } from './routes/schema.ts'
import { securityHeaders } from './routes/security-headers.ts'

/** The HTTP face. Routes live in src/routes, one concern a file; the converter itself knows no HTTP. */
export const app = new Hono<AppEnv>()
  .use(requestId())
  .use(securityHeaders)
  .use(corsFromConfig)
  // `/v1/convert/*` covers /v1/convert itself and /v1/convert/batch.
  .use('/v1/convert/*', requireApiKey)
  .route('/v1/convert/batch', batchRoute)
  .route('/v1/convert', convertRoute)
  .route('/v1/schema', schemaRoute)
  .route('/healthz', healthRoute)
  .route('/', openApiRoute)
  .route('/docs', docsRoute)
  .route('/', pageRoute)
  .route('/page', assetsRoute)
  .notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`, c.get('requestId')), 404))
  .onError(onError)

export type App = typeof app
