import type { TestProject } from 'vitest/node'
import { hasChromium } from './chromium.ts'
import { startWranglerDev } from './wrangler-dev.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the `wrangler dev` the page's browser tests run against; '' when Chromium is missing. */
    pageOrigin: string
  }
}

/**
 * Global setup of the `node` project: one `wrangler dev` (127.0.0.1, test/support/wrangler-dev.ts) for
 * every browser test file, started before them and stopped after. Without Chromium nothing is started.
 */
export default async function setup(project: TestProject) {
  if (!hasChromium) {
    project.provide('pageOrigin', '')
    return
  }
  const server = await startWranglerDev()
  project.provide('pageOrigin', server.origin)
  return () => server.stop()
}
