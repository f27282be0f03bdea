import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

/**
 * Two projects. `workers`: the tests that matter run inside workerd, the Workers runtime itself, with
 * fixtures imported through Vite (no file system there). `node`: what needs a file system, a child
 * process or a browser (the CLI, the packed package, the page in Chromium).
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: {
          name: 'workers',
          include: ['src/**/*.test.ts', 'test/workers/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          testTimeout: 60_000,
          // wrangler dev for the page's browser tests (started only where Chromium is installed).
          globalSetup: ['test/support/page-server.ts'],
        },
      },
    ],
  },
})
