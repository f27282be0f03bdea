import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { app } from '../../../src/app.ts'
import { hugeLine, mutatedReport, randomBytes, randomHtml, type Body, type Seed } from './arbitraries.ts'
import { brokenInvariants, type Answer } from './invariants.ts'

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

async function answer(body: Body, url: string | null): Promise<Answer> {
  const init = { method: 'POST', body: body.bytes as Uint8Array<ArrayBuffer>, headers: body.contentType ? { 'content-type': body.contentType } : undefined }
  const res = url ? await fetch(`${url}/v1/convert`, init) : await app.fetch(new Request('http://xxgk.local/v1/convert', init), {})
  return { status: res.status, headers: res.headers, text: await res.text() }
}

export async function main(argv: string[], corpusDir: string): Promise<number> {
  const options = parseArgs(argv)
  const seeds = corpus(corpusDir)
  const statuses = new Map<number, number>()
  const kinds: [string, fc.Arbitrary<Body>, number][] = [
    ['random bytes', randomBytes, 0.2],
    ['tag soup', randomHtml, 0.3],
    ['mutated reports', mutatedReport(seeds), 0.499],
    ['lines of 5 MiB', hugeLine, 0.001],
  ]
  const target = options.url ?? 'the Worker fetch handler in Node'
  console.log(`fuzz: ${options.runs} cases against ${target}, seed ${options.seed}, ${seeds.length} corpus reports`)
  const started = performance.now()
  let done = 0
  for (const [name, arbitrary, share] of kinds) {
    const numRuns = Math.round(options.runs * share)
    const result = await fc.check(
      fc.asyncProperty(arbitrary, async (body) => {
        const got = await answer(body, options.url)
        statuses.set(got.status, (statuses.get(got.status) ?? 0) + 1)
        if (++done % 20_000 === 0) console.log(`  ${done} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`)
        const broken = brokenInvariants(got, body)
        if (broken.length > 0) throw new Error(`${body.shape} (${body.bytes.byteLength} bytes): ${broken.join('; ')}`)
      }),
      { numRuns, seed: options.seed, endOnFailure: false },
    )
    if (result.failed) {
      console.error(`FAILED on ${name}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`)
      // The body is generated, never a user's document: printing it is how a failure is understood.
      const body = result.counterexample?.[0]
      if (body) console.error(`body (${body.contentType}): ${JSON.stringify(new TextDecoder().decode(body.bytes))}`)
      console.error(`replay: npm run fuzz -- --runs ${options.runs} --seed ${result.seed} (path ${result.counterexamplePath ?? '-'})`)
      return 1
    }
  }
  const seconds = (performance.now() - started) / 1000
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ')
  const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0)
  console.log(`fuzz: ${done} cases in ${seconds.toFixed(0)} s; by status ${byStatus}; 5xx ${fivexx}; broken invariants 0`)
  return fivexx === 0 ? 0 : 1
}
