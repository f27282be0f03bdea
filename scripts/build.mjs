// Bundles the library (dist/index.js) that the CLI and integrators import. Runs on `npm ci` (prepare),
// so the CLI works on a clean clone without a separate build step.
import { build } from 'esbuild'

await build({
  entryPoints: { index: 'src/lib.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  mainFields: ['module', 'main'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
})
