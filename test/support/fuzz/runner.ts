import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { app } from '../../../src/app.ts'
import { hugeLine, mutatedReport, randomBytes, randomHtml, type Body, type Seed } from './arbitraries.ts'
import { misplacedNumbers, mutatedGenerated, type KnownBody } from './generated.ts'
import { HOSTILE_KINDS, HOSTILE_SIZES } from './hostile.ts'
import { brokenInvariants, type Answer } from './invariants.ts'
import { API_KEYS, batchBody, brokenBatchInvariants, brokenKeyInvariants, keyedRequest, multipartBody, type BatchBody, type KeyedRequest } from './requests.ts'

/**
 * `npm run fuzz` (scripts/fuzz.mjs bundles and runs this in Node): the properties of
 * test/workers/fuzz.test.ts, hundreds of thousands of times, against the Worker's fetch handler in this
 * process or, with `--url`, against a running server (`wrangler dev`). Prints progress and a summary;
 * exits 1 on the first broken invariant, with the seed and path that replay it.
 */
interface Options {
  runs: number
  url: string | null
  seed: number
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i === -1 ? undefined : argv[i + 1]
  }
  return {
    runs: Number(value('runs') ?? 300_000),
    url: value('url') ?? null,
    seed: Number(value('seed') ?? Date.now() % 2 ** 31),
  }
}

function corpus(dir: string): Seed[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .map((f) => ({ name: f, input: readFileSync(join(dir, f), 'utf8'), inputType: f.endsWith('.txt') ? ('text' as const) : ('html' as const) }))
}

async function answer(body: Body, url: string | null, path = '/v1/convert', env: Record<string, string> = {}, extra: Record<string, string> = {}): Promise<Answer> {
  const headers = { ...(body.contentType ? { 'content-type': body.contentType } : {}), ...extra }
  const init = { method: 'POST', body: body.bytes as Uint8Array<ArrayBuffer>, headers }
  const res = url ? await fetch(`${url}${path}`, init) : await app.fetch(new Request(`http://xxgk.local${path}`, init), env)
  return { status: res.status, headers: res.headers, text: await res.text() }
}

/** What each kind of case sends and what must hold of its answer; `local`: needs settings only this process has (API keys). */
interface Kind<T> {
  name: string
  arbitrary: fc.Arbitrary<T>
  share: number
  check(value: T, url: string | null): Promise<{ status: number; broken: string[]; about: string; size: number }>
  local?: boolean
}

const SEED_REPORT = (seeds: Seed[]) => seeds.find((s) => s.name.startsWith('nansha'))?.input ?? seeds[0]?.input ?? ''

function kinds(seeds: Seed[]): Kind<unknown>[] {
  const plain = (name: string, arbitrary: fc.Arbitrary<Body>, share: number): Kind<Body> => ({
    name,
    arbitrary,
    share,
    check: async (body, url) => {
      const got = await answer(body, url)
      return { status: got.status, broken: brokenInvariants(got, body), about: body.shape, size: body.bytes.byteLength }
    },
  })
  const generated: Kind<KnownBody> = {
    name: 'generated reports, mutated (every number in its own cell)',
    arbitrary: mutatedGenerated,
    share: 0.15,
    check: async (body, url) => {
      const got = await answer(body, url)
      const broken = brokenInvariants(got, body)
      if (got.status === 200) broken.push(...misplacedNumbers(body.rendered, JSON.parse(got.text) as Record<string, unknown>))
      return { status: got.status, broken, about: body.shape, size: body.bytes.byteLength }
    },
  }
  const batches: Kind<BatchBody> = {
    name: 'batch bodies',
    arbitrary: batchBody(seeds),
    share: 0.1,
    check: async (body, url) => {
      const got = await answer(body, url, '/v1/convert/batch')
      return { status: got.status, broken: brokenBatchInvariants(got, body), about: body.shape, size: body.bytes.byteLength }
    },
  }
  const seedBody = { bytes: new TextEncoder().encode(SEED_REPORT(seeds)), contentType: 'text/plain', shape: 'seed' }
  const keys: Kind<KeyedRequest> = {
    name: 'API keys',
    arbitrary: keyedRequest,
    share: 0.05,
    local: true,
    check: async (request, url) => {
      const got = await answer(seedBody, url, '/v1/convert', { API_KEYS: API_KEYS.join(',') }, request.authorization === null ? {} : { authorization: request.authorization })
      return { status: got.status, broken: [...brokenKeyInvariants(got, request), ...brokenInvariants(got, seedBody)], about: request.shape, size: seedBody.bytes.byteLength }
    },
  }
  // The worst bodies of issue 11 at every size: rare, since each costs up to a second.
  const hostile = fc.tuple(fc.constantFrom(...HOSTILE_KINDS), fc.constantFrom(...HOSTILE_SIZES)).map(([kind, size]) => ({ ...kind.make(size), shape: `${kind.name} at ${size} bytes` }))
  return [
    plain('random bytes', randomBytes, 0.1),
    plain('tag soup', randomHtml, 0.2),
    plain('mutated reports', mutatedReport(seeds), 0.299),
    generated,
    batches,
    plain('multipart bodies', multipartBody(seeds), 0.1),
    keys,
    plain('lines of 5 MiB', hugeLine, 0.0005),
    plain('the worst bodies of issue 11', hostile, 0.0005),
  ] as Kind<unknown>[]
}

/** Runs the properties; `onSummary` hears the run's one-line summary (scripts/fuzz.mjs writes it to docs/measured/fuzz.md). */
export async function main(argv: string[], corpusDir: string, onSummary?: (summary: string) => void): Promise<number> {
  const options = parseArgs(argv)
  const seeds = corpus(corpusDir)
  const statuses = new Map<number, number>()
  const target = options.url ?? 'the Worker fetch handler in Node'
  console.log(`fuzz: ${options.runs} cases against ${target}, seed ${options.seed}, ${seeds.length} corpus reports`)
  const started = performance.now()
  let done = 0
  const failed: string[] = []
  for (const kind of kinds(seeds)) {
    if (kind.local && options.url) {
      console.log(`  ${kind.name}: skipped (needs the server's API keys)`)
      continue
    }
    const numRuns = Math.max(1, Math.round(options.runs * kind.share))
    const result = await fc.check(
      fc.asyncProperty(kind.arbitrary, async (value) => {
        const got = await kind.check(value, options.url)
        statuses.set(got.status, (statuses.get(got.status) ?? 0) + 1)
        if (++done % 20_000 === 0) console.log(`  ${done} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`)
        if (got.broken.length > 0) throw new Error(`${got.about} (${got.size} bytes): ${got.broken.slice(0, 8).join('; ')}`)
      }),
      { numRuns, seed: options.seed, endOnFailure: true },
    )
    // Every kind runs, a failed one too: one broken invariant must not hide the others.
    if (result.failed) {
      failed.push(kind.name)
      console.error(`FAILED on ${kind.name}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`)
      console.error(`replay: npm run fuzz -- --runs ${options.runs} --seed ${result.seed} (path ${result.counterexamplePath ?? '-'})`)
    }
  }
  const seconds = (performance.now() - started) / 1000
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ')
  const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0)
  const broken = failed.length === 0 ? 'broken invariants 0' : `broken invariants in ${failed.join(', ')}`
  const summary = `fuzz: ${done} cases in ${seconds.toFixed(0)} s against ${target}, seed ${options.seed}; by status ${byStatus}; 5xx ${fivexx}; ${broken}`
  console.log(summary)
  onSummary?.(summary)
  return fivexx === 0 && failed.length === 0 ? 0 : 1
}
