import { Hono } from 'hono'
import { renderDocsPage } from '../openapi/docs-page.ts'
import { openApiDocument } from '../openapi/document.ts'
import type { AppEnv } from './env.ts'

let page: string | undefined

/** GET /openapi.json and GET /docs: built on first use, then kept for the isolate's life. */
export const openApiRoute = new Hono<AppEnv>().get('/openapi.json', (c) => c.json(openApiDocument()))

/** The docs page runs no script at all; its one inline style block is its whole design. */
const DOCS_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

export const docsRoute = new Hono<AppEnv>().get('/', (c) => {
  c.header('Content-Security-Policy', DOCS_CSP)
  return c.html((page ??= renderDocsPage(openApiDocument())))
})
