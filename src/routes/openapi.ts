import { Hono } from 'hono'
import { renderDocsPage } from '../openapi/docs-page.ts'
import { openApiDocument } from '../openapi/document.ts'
import type { AppEnv } from './env.ts'

let page: string | undefined

/** GET /openapi.json and GET /docs: built on first use, then kept for the isolate's life. */
export const openApiRoute = new Hono<AppEnv>().get('/openapi.json', (c) => c.json(openApiDocument()))

export const docsRoute = new Hono<AppEnv>().get('/', (c) => c.html((page ??= renderDocsPage(openApiDocument()))))
