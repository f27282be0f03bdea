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
          // A new isolate's first request compiles the Worker: seconds on a busy machine, not a failure.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
})
