import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * examples/clients against the Worker as `npm start` serves it (wrangler dev, workerd), on a port of its own
 * (XXGK_TEST_PORT, default 8793) so that a developer's own `npm start` on 8787 is left alone.
 */
const root = new URL('../../', import.meta.url).pathname
const port = Number(process.env.XXGK_TEST_PORT ?? 8793)
const url = `http://127.0.0.1:${port}`
const env = { ...process.env, XXGK_URL: url }
const STARTUP_MS = 90_000

/** Starts `wrangler dev` with the given configs on our port; resolves once it answers, to a stop function. */
async function startWrangler(configs: string[], probe: string): Promise<() => void> {
  if (await listening()) throw new Error(`something already listens on ${url}; set XXGK_TEST_PORT to a free port`)
  const wrangler = join(root, 'node_modules/wrangler/bin/wrangler.js')
  const args = [wrangler, 'dev', ...configs.flatMap((c) => ['-c', c]), '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', '0', '--log-level', 'warn']
  const server: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  server.stdout?.on('data', (d) => (log += d))
  server.stderr?.on('data', (d) => (log += d))
  // The whole process group: wrangler and the workerd it started.
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
  }
  const deadline = Date.now() + STARTUP_MS
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited ${server.exitCode}:\n${log}`)
    try {
      await fetch(url + probe)
      return stop
    } catch {
      await new Promise((r) => setTimeout(r, 250)) // not listening yet
    }
  }
  stop()
  throw new Error(`wrangler dev did not answer on ${url} within ${STARTUP_MS} ms:\n${log}`)
}

async function listening(): Promise<boolean> {
  try {
    await fetch(`${url}/healthz`)
    return true
  } catch {
    return false
  }
}

/** Waits until the port is free again, so that the next server can take it. */
async function released(): Promise<void> {
  for (let i = 0; i < 80 && (await listening()); i++) await new Promise((r) => setTimeout(r, 250))
}

describe('examples/clients against wrangler dev', () => {
  let stop = () => {}
  beforeAll(async () => {
    stop = await startWrangler(['wrangler.toml'], '/healthz')
  }, STARTUP_MS + 10_000)
  afterAll(async () => {
    stop()
    await released()
  }, 30_000)

  it('curl.sh: JSON, CSV and a form upload', () => {
    const out = execFileSync('sh', [join(root, 'examples/clients/curl.sh')], { env, encoding: 'utf8' })
    const [, json = ''] = out.split('# a pasted text report → JSON\n')
    expect(JSON.parse(json.split('\n# a saved page')[0] ?? '').report.organ).toBe('广州市南沙区人民政府')
    expect(out).toContain('\uFEFFreport.title,report.organ,report.year')
    expect(out).toMatch(/平潭综合实验区2024年度政府信息公开工作年度报告,平潭综合实验区,2024,/)
    expect(out).toContain('"schemaVersion":"1"')
  })

  it('node.mjs: one report and a batch with a bad document', () => {
    const out = execFileSync(process.execPath, [join(root, 'examples/clients/node.mjs')], { env, encoding: 'utf8' })
    const stored = JSON.parse(readFileSync(join(root, 'examples/pingtan-2024-article.json'), 'utf8'))
    expect(out).toContain(`平潭综合实验区 2024: ${stored.applications.rows.newlyReceived.total} new applications, ${stored.checks.length} checks`)
    expect(out).toContain('nansha-2020: 广州市南沙区人民政府 2020')
    expect(out).toContain('not-a-report: not_a_report')
    expect(out).toContain('batch: 2 converted, 1 failed, 0 cross-year checks')
  })

  it('python.py (standard library only): one report and a batch as CSV', () => {
    const out = execFileSync('python3', [join(root, 'examples/clients/python.py')], { env, encoding: 'utf8' })
    const stored = JSON.parse(readFileSync(join(root, 'examples/nansha-2020-mirror.json'), 'utf8'))
    const rows = stored.applications.rows
    expect(out).toContain(`广州市南沙区人民政府 2020: ${rows.newlyReceived.total} new applications, ${rows.results.total.total} handled`)
    expect(out).toContain(`nansha-2020: 广州市南沙区人民政府 2020, disclosed to natural persons: ${rows.results.disclosed.naturalPerson}`)
    expect(out).toContain('pingtan-2024: 平潭综合实验区 2024')
  })

})

describe('examples/service-binding under wrangler dev, beside our Worker', () => {
  let stop = () => {}
  beforeAll(async () => {
    stop = await startWrangler(['examples/service-binding/wrangler.toml', 'wrangler.toml'], '/')
  }, STARTUP_MS + 10_000)
  afterAll(async () => {
    stop()
    await released()
  }, 30_000)

  it('converts through the binding, as the README says to run it', async () => {
    const res = await fetch(`${url}/`, { method: 'POST', body: readFileSync(join(root, 'examples/nansha-2020-mirror.txt')) })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ organ: '广州市南沙区人民政府', year: 2020, formatVersion: '2019' })
  })

  it('binds to our Converter entrypoint by the name of our Worker', () => {
    const config = readFileSync(join(root, 'examples/service-binding/wrangler.toml'), 'utf8')
    const ours = /^name\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'wrangler.toml'), 'utf8'))?.[1]
    expect(config).toMatch(new RegExp(`service\\s*=\\s*"${ours}"`))
    expect(config).toMatch(/entrypoint\s*=\s*"Converter"/)
    expect(config).toMatch(/binding\s*=\s*"XXGK"/)
  })
})
