import { fileURLToPath } from 'node:url'
import { cloudflareTest } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

/**
 * The PDF and Word readers: the Worker loads them as a prebuilt module (src/load-readers.ts); tests run
 * their source.
 */
const readersAlias = [{ find: /^\.\/readers\/documents\.js$/, replacement: fileURLToPath(new URL('./src/extract/documents.ts', import.meta.url)) }]

/**
 * The example caller Worker of examples/service-binding, run beside ours: it reaches our `Converter`
 * entrypoint over RPC, as its wrangler.toml binds it (the runner of project `workers` stands for xxgk-json).
 */
const callerWorker = {
  name: 'xxgk-json-caller',
  modules: true,
  scriptPath: './examples/service-binding/src/index.js',
  compatibilityDate: '2026-04-01',
  serviceBindings: { XXGK: { name: 'vitest-pool-workers-runner-workers', entrypoint: 'Converter' } },
}

/**
 * Two projects. `workers`: the tests that matter run inside workerd, the Workers runtime itself, with
 * fixtures imported through Vite (no file system there). `node`: what needs a file system, a child
 * process or a browser (the CLI, the packed package, the page in Chromium).
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: readersAlias },
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { serviceBindings: { CALLER: 'xxgk-json-caller' }, workers: [callerWorker] },
          }),
        ],
        test: {
          name: 'workers',
          include: ['src/**/*.test.ts', 'test/workers/**/*.test.ts'],
          // The first request starts an isolate; on a busy 2-core machine that alone can take seconds.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias: readersAlias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.ts'],
          testTimeout: 60_000,
          // A browser context for the page's tests can take more than the default 10 s to open on a loaded 2-core host.
          hookTimeout: 30_000,
          // wrangler dev for the page's browser tests (started only where Chromium is installed).
          globalSetup: ['test/support/page-server.ts'],
        },
      },
    ],
  },
})
