import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostileBody, HostileKind } from '../support/fuzz/hostile.ts'

/**
 * The worst legal bodies (test/support/fuzz/hostile.ts) at 100 KiB, 1 MiB and 5 MiB, and a batch at its byte
 * limit, each converted by the built library (dist/, as `npm ci` or `npm run build` made it) in a process of
 * its own with a 96 MB heap (SPEC §6), in CPU time bounded relative to a bare pass over the same bytes.
 *
 * The bounds are generous multiples of what `npm run bench:hostile` measured (docs/measured/hostile.md):
 * the worst body that converts within SPEC §6 took at most ~270× a bare pass at 100 KiB (20,000 cells of
 * five bytes: the cost per cell, not per byte, and the first runs still compiling), 36× at 1 MiB, 14× at
 * 5 MiB. A path quadratic in its input takes thousands of times a bare pass at 100 KiB and minutes beyond.
 */
const BOUND: Record<number, number> = { [100 * 1024]: 800, [1024 * 1024]: 150, [5 * 1024 * 1024]: 100 }
const HEAP_MB = 96
/** A child still running after this much wall time is stopped: its body is far past any bound. */
const WALL_MS = 60_000

const root = new URL('../../', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'xxgk-heap-'))
let bodies: { HOSTILE_KINDS: HostileKind[]; HOSTILE_SIZES: readonly number[]; hostileBatch(size: number, max: number, kind?: string): HostileBody; DEFAULT_LIMITS: { maxBatchBytes: number } }

beforeAll(async () => {
  // The bodies are TypeScript: bundled for this process (Node 20 runs no TypeScript).
  const out = join(dir, 'bodies.mjs')
  await build({
    stdin: { contents: "export * from './test/support/fuzz/hostile.ts'\nexport { DEFAULT_LIMITS } from './src/limits/options.ts'", resolveDir: root, loader: 'ts' },
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  })
  bodies = await import(out)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Outcome {
  outcome?: string
  cpuMs?: number
  bareMs?: number
  failed?: string
}

function run(body: HostileBody): Promise<Outcome> {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'body')
  writeFileSync(file, body.bytes)
  const kind = body.path.endsWith('batch') ? 'batch' : body.contentType.startsWith('text/html') ? 'html' : 'text'
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, join(root, 'test/node/support/heap-child.mjs'), file, kind], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (err = (err + c).slice(-2000)))
    const timer = setTimeout(() => child.kill('SIGKILL'), WALL_MS)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) return resolve(JSON.parse(out) as Outcome)
      const why = /heap out of memory/i.test(err) ? `out of memory (${HEAP_MB} MB heap)` : signal ? `stopped after ${WALL_MS / 1000} s` : `exit ${code}: ${err.split('\n').slice(-3).join(' ')}`
      resolve({ failed: why })
    })
  })
}

const SIZES = [100 * 1024, 1024 * 1024, 5 * 1024 * 1024]
const KINDS = ['table-section-runs', 'spaced-letters', 'traditional-spaced-digits', 'cell-per-line', 'deep-nesting', 'many-td', 'glued-digits', 'html-entities', 'ordinary-page', 'batch', 'batch:spaced-letters']

describe(`the worst bodies in a ${HEAP_MB} MB heap, in time bounded by a bare pass`, () => {
  const cases = KINDS.flatMap((kind) => SIZES.map((size) => [kind, size] as const))
  it.each(cases)('%s at %i bytes', { timeout: 2 * WALL_MS }, async (kind, size) => {
    const body = kind.startsWith('batch')
      ? bodies.hostileBatch(size, bodies.DEFAULT_LIMITS.maxBatchBytes, kind.split(':')[1] ?? 'ordinary-page')
      : bodies.HOSTILE_KINDS.find((k) => k.name === kind)?.make(size)
    if (!body) throw new Error(`no hostile kind ${kind}`)
    const outcome = await run(body)
    expect(outcome.failed).toBeUndefined()
    expect(outcome.outcome).not.toBe('internal')
    const bound = BOUND[size] ?? 100
    expect((outcome.cpuMs ?? Infinity) / (outcome.bareMs ?? 1), `${outcome.cpuMs} ms against a bare pass of ${outcome.bareMs} ms`).toBeLessThan(bound)
  })
})
